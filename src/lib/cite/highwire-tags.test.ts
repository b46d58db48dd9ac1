import { describe, expect, test } from 'vitest';
import { highwireTags } from './highwire-tags.ts';
import { buildCitationItem } from './csl-item.ts';
import {
  CUBA_PARAGRAPH_5,
  CUBA_REPLY,
  HOSTILE_NAMES,
  TURKMENISTAN_2011_REPLY,
  withRespondent,
} from '../../../test-support/citation-sources.ts';

describe('highwireTags', () => {
  test('a reply: report tags only, in this order', () => {
    expect(highwireTags(CUBA_REPLY)).toEqual([
      { name: 'citation_title', content: '古巴的答复：防止恐怖分子获取大规模毁灭性武器的措施' },
      { name: 'citation_author', content: '古巴' },
      { name: 'citation_publication_date', content: '2018' },
      { name: 'citation_technical_report_institution', content: '联合国' },
      { name: 'citation_technical_report_number', content: 'A/73/112' },
      { name: 'citation_language', content: 'zh' },
      { name: 'citation_public_url', content: 'https://example.org/wmd/states/cuba/a-73-112/' },
    ]);
  });

  test('a paragraph: the downloads’ title, with whose paragraph and whose numbering; its permalink as the URL', () => {
    const tags = new Map(highwireTags(CUBA_PARAGRAPH_5).map((tag) => [tag.name, tag.content]));
    expect(tags.get('citation_title')).toBe(buildCitationItem(CUBA_PARAGRAPH_5).title);
    expect(tags.get('citation_title')).toBe(
      '古巴的答复：防止恐怖分子获取大规模毁灭性武器的措施，古巴答复第5段（本站编号）',
    );
    expect(tags.get('citation_public_url')).toBe('https://example.org/wmd/states/cuba/a-73-112/#a-73-112-p5');
  });

  test('a reply not reproduced: the Secretary-General’s note', () => {
    const tags = new Map(highwireTags(TURKMENISTAN_2011_REPLY).map((tag) => [tag.name, tag.content]));
    expect(tags.get('citation_author')).toBe('联合国秘书长');
    expect(tags.get('citation_title')).toBe('关于土库曼斯坦答复的说明：防止恐怖分子获取大规模毁灭性武器的措施');
  });

  test('never a journal, book, conference, publisher or PDF tag', () => {
    const names = highwireTags(CUBA_PARAGRAPH_5).map((tag) => tag.name);
    expect(
      names.filter((name) =>
        /journal|book|conference|inbook|publisher|pdf|issn|isbn|volume|issue|firstpage/.test(name),
      ),
    ).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
  });

  for (const name of HOSTILE_NAMES) {
    test(`one author, no comma, same text: ${JSON.stringify(name)}`, () => {
      const authors = highwireTags(withRespondent(CUBA_REPLY, name)).filter((tag) => tag.name === 'citation_author');
      expect(authors).toHaveLength(1);
      expect(authors[0]!.content).not.toContain(',');
      expect(authors[0]!.content).toBe(name.replace(/\s+/g, ' ').trim().replaceAll(',', '，'));
    });
  }
});
