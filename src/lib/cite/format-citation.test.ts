// Hand-written expectations, checked by hand against the rules, not copied
// from the output: GB/T 7714-2015 §4.2 (a contribution in a larger work,
// 析出文献), Chicago author-date (a chapter "In" a book "by" its author) and
// APA 7 (a part "In" a report with its number); see content/pages/how-to-cite.md.
import { describe, expect, test } from 'vitest';
import { formatCitation, formatInTextCitation } from './format-citation.ts';
import {
  CUBA_PARAGRAPH_5,
  EL_SALVADOR_2011_PARAGRAPH_1,
  HOSTILE_NAMES,
  INTERPOL_ITEM_A,
  NATO_2011_REPLY,
  QATAR_ITEM_3,
  TURKMENISTAN_2011_REPLY,
  withRespondent,
} from '../../../test-support/citation-sources.ts';

const CUBA_URL = 'https://example.org/wmd/states/cuba/a-73-112/#a-73-112-p5';
const NATO_URL = 'https://example.org/wmd/organizations/nato/a-66-115/';
const TURKMENISTAN_URL = 'https://example.org/wmd/states/turkmenistan/a-66-115/';
const REPORT_EN =
  'Measures to Prevent Terrorists from Acquiring Weapons of Mass Destruction: Report of the Secretary-General';
const REPORT_EN_SENTENCE =
  'Measures to prevent terrorists from acquiring weapons of mass destruction: Report of the Secretary-General';

describe('GB/T 7714-2015, 析出文献: 析出责任者. 析出题名[R/OL]//专著责任者. 专著题名: 其他题名信息. 出版地: 出版者, 出版年: 页码[引用日期]. URL.', () => {
  test('Cuba 2018, paragraph 5: the locator stands where a part’s pages go, saying whose paragraph and whose numbering', () => {
    expect(formatCitation(CUBA_PARAGRAPH_5, 'gb-t-7714')).toBe(
      `古巴. 古巴的答复[R/OL]//联合国秘书长. 防止恐怖分子获取大规模毁灭性武器的措施: A/73/112. 纽约: 联合国, 2018: 古巴答复第5段（本站编号）[2026-11-23]. ${CUBA_URL}. 联合国正式文件: https://undocs.org/zh/A/73/112.`,
    );
  });

  test('NATO 2011, whole reply, a summary: no locator, the summary in the title', () => {
    expect(formatCitation(NATO_2011_REPLY, 'gb-t-7714')).toBe(
      `北大西洋公约组织. 北大西洋公约组织的答复（摘要）[R/OL]//联合国秘书长. 防止恐怖分子获取大规模毁灭性武器的措施: A/66/115. 纽约: 联合国, 2011[2026-11-23]. ${NATO_URL}. 联合国正式文件: https://undocs.org/zh/A/66/115.`,
    );
  });

  test('Turkmenistan 2011, not reproduced: the Secretary-General’s note', () => {
    expect(formatCitation(TURKMENISTAN_2011_REPLY, 'gb-t-7714')).toBe(
      `联合国秘书长. 关于土库曼斯坦答复的说明[R/OL]//联合国秘书长. 防止恐怖分子获取大规模毁灭性武器的措施: A/66/115. 纽约: 联合国, 2011[2026-11-23]. ${TURKMENISTAN_URL}. 联合国正式文件: https://undocs.org/zh/A/66/115.`,
    );
  });

  test('a printed page proven by the page furniture comes first', () => {
    const withPage = { ...CUBA_PARAGRAPH_5, paragraph: { number: 5, page: 15 } };
    expect(formatCitation(withPage, 'gb-t-7714')).toContain('2018: 第15页，古巴答复第5段（本站编号）[2026-11-23]');
  });
});

describe('Chicago author-date', () => {
  test('Cuba 2018, paragraph 5', () => {
    expect(formatCitation(CUBA_PARAGRAPH_5, 'chicago')).toBe(
      `Cuba. 2018. “Reply of Cuba.” In ${REPORT_EN}, by United Nations Secretary-General. A/73/112. New York: United Nations. ${CUBA_URL}. Official document: https://undocs.org/zh/A/73/112.`,
    );
    expect(formatInTextCitation(CUBA_PARAGRAPH_5, 'chicago')).toBe('(Cuba 2018, para. 5 [numbered on this site])');
  });

  test('NATO 2011: the article in the title, headline case', () => {
    expect(formatCitation(NATO_2011_REPLY, 'chicago')).toBe(
      `North Atlantic Treaty Organization. 2011. “Reply of the North Atlantic Treaty Organization (Summary).” In ${REPORT_EN}, by United Nations Secretary-General. A/66/115. New York: United Nations. ${NATO_URL}. Official document: https://undocs.org/zh/A/66/115.`,
    );
    expect(formatInTextCitation(NATO_2011_REPLY, 'chicago')).toBe('(North Atlantic Treaty Organization 2011)');
  });

  test('Turkmenistan 2011', () => {
    expect(formatCitation(TURKMENISTAN_2011_REPLY, 'chicago')).toBe(
      `United Nations Secretary-General. 2011. “Note on the Reply of Turkmenistan.” In ${REPORT_EN}, by United Nations Secretary-General. A/66/115. New York: United Nations. ${TURKMENISTAN_URL}. Official document: https://undocs.org/zh/A/66/115.`,
    );
  });

  test('a printed page comes before the paragraph, without "p." in Chicago', () => {
    const withPage = { ...CUBA_PARAGRAPH_5, paragraph: { number: 5, page: 15 } };
    expect(formatInTextCitation(withPage, 'chicago')).toBe('(Cuba 2018, 15, para. 5 [numbered on this site])');
  });
});

describe('APA 7', () => {
  test('Cuba 2018, paragraph 5', () => {
    expect(formatCitation(CUBA_PARAGRAPH_5, 'apa')).toBe(
      `Cuba. (2018). Reply of Cuba. In United Nations Secretary-General, ${REPORT_EN_SENTENCE} (No. A/73/112). United Nations. ${CUBA_URL} (Official document: https://undocs.org/zh/A/73/112)`,
    );
    expect(formatInTextCitation(CUBA_PARAGRAPH_5, 'apa')).toBe('(Cuba, 2018, para. 5 [numbered on this site])');
  });

  test('NATO 2011: sentence case', () => {
    expect(formatCitation(NATO_2011_REPLY, 'apa')).toBe(
      `North Atlantic Treaty Organization. (2011). Reply of the North Atlantic Treaty Organization (summary). In United Nations Secretary-General, ${REPORT_EN_SENTENCE} (No. A/66/115). United Nations. ${NATO_URL} (Official document: https://undocs.org/zh/A/66/115)`,
    );
  });

  test('Turkmenistan 2011', () => {
    expect(formatCitation(TURKMENISTAN_2011_REPLY, 'apa')).toBe(
      `United Nations Secretary-General. (2011). Note on the reply of Turkmenistan. In United Nations Secretary-General, ${REPORT_EN_SENTENCE} (No. A/66/115). United Nations. ${TURKMENISTAN_URL} (Official document: https://undocs.org/zh/A/66/115)`,
    );
    expect(formatInTextCitation(TURKMENISTAN_2011_REPLY, 'apa')).toBe('(United Nations Secretary-General, 2011)');
  });

  test('a printed page: "p." then the paragraph', () => {
    const withPage = { ...CUBA_PARAGRAPH_5, paragraph: { number: 5, page: 15 } };
    expect(formatInTextCitation(withPage, 'apa')).toBe('(Cuba, 2018, p. 15, para. 5 [numbered on this site])');
  });
});

test('no style puts a bare paragraph number after the report symbol', () => {
  for (const style of ['gb-t-7714', 'chicago', 'apa'] as const) {
    const text = formatCitation(CUBA_PARAGRAPH_5, style);
    expect(text).not.toMatch(/(: |, )(第5段|para\. 5)/);
  }
});

describe('hostile names stay text', () => {
  for (const name of HOSTILE_NAMES) {
    test(JSON.stringify(name), () => {
      const flat = name.replace(/\s+/g, ' ');
      for (const style of ['gb-t-7714', 'chicago', 'apa'] as const) {
        const text = formatCitation(withRespondent(CUBA_PARAGRAPH_5, name), style);
        // GB/T 7714 writes Latin names in capitals; Chicago title-cases the reply's title.
        expect(text.toUpperCase()).toContain(flat.toUpperCase());
        expect(text).toContain('A/73/112');
      }
    });
  }
});

describe('the report’s own locators: the printed item label beside this site’s number, the page where proven', () => {
  const QATAR_URL = 'https://example.org/wmd/states/qatar/a-73-112/#a-73-112-p20';
  const INTERPOL_URL = 'https://example.org/wmd/organizations/interpol/a-73-112/#a-73-112-p12';
  const EL_SALVADOR_URL = 'https://example.org/wmd/states/el-salvador/a-66-115/#a-66-115-p9';

  test('Qatar 2018, the item printed "3." on page 10', () => {
    expect(formatCitation(QATAR_ITEM_3, 'gb-t-7714')).toBe(
      `卡塔尔. 卡塔尔的答复[R/OL]//联合国秘书长. 防止恐怖分子获取大规模毁灭性武器的措施: A/73/112. 纽约: 联合国, 2018: 第10页，卡塔尔答复第20段（本站编号），原文第3项[2026-11-23]. ${QATAR_URL}. 联合国正式文件: https://undocs.org/zh/A/73/112.`,
    );
    expect(formatInTextCitation(QATAR_ITEM_3, 'chicago')).toBe(
      '(Qatar 2018, 10, para. 20 [numbered on this site], item 3)',
    );
    expect(formatInTextCitation(QATAR_ITEM_3, 'apa')).toBe(
      '(Qatar, 2018, p. 10, para. 20 [numbered on this site], item 3)',
    );
  });

  test('INTERPOL 2018, the item printed "(a)" on page 17', () => {
    expect(formatCitation(INTERPOL_ITEM_A, 'gb-t-7714')).toBe(
      `国际刑事警察组织. 国际刑事警察组织的答复[R/OL]//联合国秘书长. 防止恐怖分子获取大规模毁灭性武器的措施: A/73/112. 纽约: 联合国, 2018: 第17页，国际刑事警察组织答复第12段（本站编号），原文第(a)项[2026-11-23]. ${INTERPOL_URL}. 联合国正式文件: https://undocs.org/zh/A/73/112.`,
    );
    expect(formatInTextCitation(INTERPOL_ITEM_A, 'chicago')).toBe(
      '(International Criminal Police Organization 2018, 17, para. 12 [numbered on this site], item (a))',
    );
    expect(formatInTextCitation(INTERPOL_ITEM_A, 'apa')).toBe(
      '(International Criminal Police Organization, 2018, p. 17, para. 12 [numbered on this site], item (a))',
    );
  });

  test('El Salvador 2011, the paragraph printed "1.", its page not proven', () => {
    expect(formatCitation(EL_SALVADOR_2011_PARAGRAPH_1, 'gb-t-7714')).toBe(
      `萨尔瓦多. 萨尔瓦多的答复[R/OL]//联合国秘书长. 防止恐怖分子获取大规模毁灭性武器的措施: A/66/115. 纽约: 联合国, 2011: 萨尔瓦多答复第9段（本站编号），原文第1项[2026-11-23]. ${EL_SALVADOR_URL}. 联合国正式文件: https://undocs.org/zh/A/66/115.`,
    );
    expect(formatInTextCitation(EL_SALVADOR_2011_PARAGRAPH_1, 'chicago')).toBe(
      '(El Salvador 2011, para. 9 [numbered on this site], item 1)',
    );
    expect(formatInTextCitation(EL_SALVADOR_2011_PARAGRAPH_1, 'apa')).toBe(
      '(El Salvador, 2011, para. 9 [numbered on this site], item 1)',
    );
  });
});
