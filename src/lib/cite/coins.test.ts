import { describe, expect, test } from 'vitest';
import { CUBA_REPLY, HOSTILE_NAMES, withRespondent } from '../../../test-support/citation-sources.ts';
import { coinsContextObject } from './coins.ts';
import { highwireTags } from './highwire-tags.ts';
import { readContextObject } from '../../../test-support/read-context-object.ts';

describe('coinsContextObject', () => {
  test('a reply: a report with the Highwire tags’ title (the report number after it), author, year, institution, language and address', () => {
    expect(
      readContextObject(
        coinsContextObject(highwireTags(CUBA_REPLY), '古巴的答复全文，载于秘书长报告 A/73/112（2018年）。'),
      ),
    ).toEqual([
      ['ctx_ver', 'Z39.88-2004'],
      ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:book'],
      ['rft.genre', 'report'],
      ['rft.btitle', '古巴的答复：防止恐怖分子获取大规模毁灭性武器的措施（A/73/112）'],
      ['rft.aucorp', '古巴'],
      ['rft.date', '2018'],
      ['rft.pub', '联合国'],
      ['rft.language', 'zh'],
      ['rft_id', 'https://example.org/wmd/states/cuba/a-73-112/'],
      ['rft.description', '古巴的答复全文，载于秘书长报告 A/73/112（2018年）。'],
    ]);
  });

  test('names with &, = and markup come back whole, as one author', () => {
    for (const name of HOSTILE_NAMES) {
      const tags = highwireTags(withRespondent(CUBA_REPLY, name));
      const fields = readContextObject(coinsContextObject(tags, name));
      expect(
        fields.filter(([key]) => key === 'rft.aucorp'),
        name,
      ).toEqual([['rft.aucorp', tags[1]!.content]]);
      expect(fields.at(-1), name).toEqual(['rft.description', name]);
    }
  });
});
