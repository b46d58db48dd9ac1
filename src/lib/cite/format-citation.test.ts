import { describe, expect, test } from 'vitest';
import { buildCitationItem } from './csl-item.ts';
import { formatCitation, formatInTextCitation } from './format-citation.ts';
import { CUBA_PARAGRAPH_3, CUBA_REPLY, HOSTILE_NAMES, withRespondent } from '../../../test-support/citation-sources.ts';

const PARAGRAPH_URL = 'https://example.org/wmd/cite/a-73-112-cuba/a-73-112-p3/';

describe('GB/T 7714-2015', () => {
  test('a paragraph: respondent, symbol, [R/OL], paragraph, access date, permalink', () => {
    expect(formatCitation(buildCitationItem(CUBA_PARAGRAPH_3, 'zh'), 'gb-t-7714')).toBe(
      `古巴. 防止恐怖分子获取大规模毁灭性武器的措施: 古巴的答复: A/73/112[R/OL]. 纽约: 联合国, 2018: 第3段[2026-11-23]. ${PARAGRAPH_URL}.`,
    );
  });

  test('a reply has no paragraph and no list number', () => {
    const text = formatCitation(buildCitationItem(CUBA_REPLY, 'zh'), 'gb-t-7714');
    expect(text).toBe(
      '古巴. 防止恐怖分子获取大规模毁灭性武器的措施: 古巴的答复: A/73/112[R/OL]. 纽约: 联合国, 2018[2026-11-23]. https://example.org/wmd/states/cuba/a-73-112/.',
    );
  });
});

describe('Chicago author-date', () => {
  const item = buildCitationItem(CUBA_PARAGRAPH_3, 'en');

  test('the reference entry names respondent, symbol, report and permalink, and no page', () => {
    expect(formatCitation(item, 'chicago')).toBe(
      `Cuba. 2018. “Reply of Cuba.” A/73/112. Measures to prevent terrorists from acquiring weapons of mass destruction: Report of the Secretary-General. New York: United Nations. ${PARAGRAPH_URL}.`,
    );
  });

  test('the paragraph goes in the text', () => {
    expect(formatInTextCitation(item, 'chicago')).toBe('(Cuba 2018, para. 3)');
    expect(formatInTextCitation(buildCitationItem(CUBA_REPLY, 'en'), 'chicago')).toBe('(Cuba 2018)');
  });
});

describe('APA 7', () => {
  const item = buildCitationItem(CUBA_PARAGRAPH_3, 'en');

  test('the reference entry names respondent, symbol, report and permalink, and no page', () => {
    expect(formatCitation(item, 'apa')).toBe(
      `Cuba. (2018). Reply of Cuba. In Measures to prevent terrorists from acquiring weapons of mass destruction: Report of the Secretary-General (No. A/73/112). United Nations. ${PARAGRAPH_URL}`,
    );
  });

  test('the paragraph goes in the text', () => {
    expect(formatInTextCitation(item, 'apa')).toBe('(Cuba, 2018, para. 3)');
  });
});

test('the zh-CN locale is registered: APA with Chinese terms', () => {
  expect(formatInTextCitation(buildCitationItem(CUBA_PARAGRAPH_3, 'zh'), 'apa', 'zh-CN')).toBe('(古巴, 2018, 段 3)');
});

describe('hostile names stay text', () => {
  for (const name of HOSTILE_NAMES) {
    test(JSON.stringify(name), () => {
      const flat = name.replace(/\s+/g, ' ');
      for (const style of ['gb-t-7714', 'chicago', 'apa'] as const) {
        const text = formatCitation(
          buildCitationItem(withRespondent(CUBA_PARAGRAPH_3, name), style === 'gb-t-7714' ? 'zh' : 'en'),
          style,
        );
        // GB/T 7714 writes Latin names in capitals.
        expect(text.toUpperCase()).toContain(flat.toUpperCase());
        expect(text).toContain('A/73/112');
      }
    });
  }
});
