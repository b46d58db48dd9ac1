import { describe, expect, test } from 'vitest';
import { buildCitationItem, citationKey, itemTitle } from './csl-item.ts';
import {
  CUBA_PARAGRAPH_5,
  CUBA_REPLY,
  NATO_2011_REPLY,
  TURKMENISTAN_2011_REPLY,
  withRespondent,
} from '../../../test-support/citation-sources.ts';

describe('buildCitationItem', () => {
  test('a reply: a report with its number, the respondent its author', () => {
    expect(buildCitationItem(CUBA_REPLY)).toEqual({
      id: 'a-73-112-cuba',
      'citation-key': 'a-73-112-cuba',
      type: 'report',
      author: [{ literal: '古巴' }],
      title: '古巴的答复：防止恐怖分子获取大规模毁灭性武器的措施',
      number: 'A/73/112',
      publisher: '联合国',
      'publisher-place': '纽约',
      issued: { 'date-parts': [[2018]] },
      submitted: { 'date-parts': [[2018, 4, 5]] },
      accessed: { 'date-parts': [[2026, 11, 23]] },
      URL: 'https://example.org/wmd/states/cuba/a-73-112/',
      note: '联合国正式文件：https://undocs.org/zh/A/73/112',
      language: 'zh-CN',
    });
  });

  test('a paragraph: the locator in the title and the note, never in the pages', () => {
    const item = buildCitationItem(CUBA_PARAGRAPH_5);
    expect(item).toMatchObject({
      id: 'a-73-112-cuba-p5',
      title: '古巴的答复：防止恐怖分子获取大规模毁灭性武器的措施，古巴答复第5段（本站编号）',
      note: '古巴答复第5段（本站编号）。联合国正式文件：https://undocs.org/zh/A/73/112',
      URL: 'https://example.org/wmd/states/cuba/a-73-112/#a-73-112-p5',
    });
    expect(item.page).toBeUndefined();
  });

  test('a printed page proven by the furniture is the one thing in the pages', () => {
    const item = buildCitationItem({ ...CUBA_PARAGRAPH_5, paragraph: { number: 5, page: 15 } });
    expect(item.page).toBe('15');
    expect(item.note).toBe('第15页，古巴答复第5段（本站编号）。联合国正式文件：https://undocs.org/zh/A/73/112');
  });

  test('flags in the note; a summary in the title', () => {
    expect(buildCitationItem(NATO_2011_REPLY)).toMatchObject({
      title: '北大西洋公约组织的答复（摘要）：防止恐怖分子获取大规模毁灭性武器的措施',
      note: '报告只收录了这份答复的摘要。联合国正式文件：https://undocs.org/zh/A/66/115',
    });
  });

  test('a reply not reproduced is the Secretary-General’s note', () => {
    expect(buildCitationItem(TURKMENISTAN_2011_REPLY)).toMatchObject({
      author: [{ literal: '联合国秘书长' }],
      title: '关于土库曼斯坦答复的说明：防止恐怖分子获取大规模毁灭性武器的措施',
      note: '报告没有转载这份答复，所引为秘书长关于该答复的说明。联合国正式文件：https://undocs.org/zh/A/66/115',
    });
  });
});

describe('buildCitationItem, on bad input', () => {
  test('names are one line, so no RIS tag can be forged', () => {
    expect(buildCitationItem(withRespondent(CUBA_REPLY, ' 古\n巴\t')).author).toEqual([{ literal: '古 巴' }]);
  });

  test('a malformed date is an error that says what was expected', () => {
    expect(() => buildCitationItem({ ...CUBA_REPLY, accessed: '23/11/2026' })).toThrow(
      'expected a date like "2018-04-05", got "23/11/2026"',
    );
  });
});

test('itemTitle with a page', () => {
  expect(itemTitle({ ...CUBA_PARAGRAPH_5, paragraph: { number: 5, page: 15 } })).toBe(
    '古巴的答复：防止恐怖分子获取大规模毁灭性武器的措施，第15页，古巴答复第5段（本站编号）',
  );
});

test('citationKey', () => {
  expect(citationKey(CUBA_REPLY)).toBe('a-73-112-cuba');
  expect(citationKey(CUBA_PARAGRAPH_5)).toBe('a-73-112-cuba-p5');
});
