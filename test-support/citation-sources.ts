// Citation sources shared by the tests: Cuba's reply in A/73/112 and its fifth
// paragraph, NATO's reply in A/66/115 (a summary), Turkmenistan's (not reproduced).
import type { CitationSource } from '../src/lib/cite/citation-source.ts';

const A_73_112 = {
  symbol: 'A/73/112',
  year: 2018,
  title: '防止恐怖分子获取大规模毁灭性武器的措施',
  officialUrl: 'https://undocs.org/zh/A/73/112',
};

const A_66_115 = { ...A_73_112, symbol: 'A/66/115', year: 2011, officialUrl: 'https://undocs.org/zh/A/66/115' };

export const CUBA_REPLY: CitationSource = {
  report: A_73_112,
  respondent: { name: { zh: '古巴', en: 'Cuba' } },
  submission: { id: 'a-73-112-cuba', received: '2018-04-05', flags: [] },
  permalink: 'https://example.org/wmd/states/cuba/a-73-112/',
  accessed: '2026-11-23',
};

export const CUBA_PARAGRAPH_5: CitationSource = {
  ...CUBA_REPLY,
  paragraph: { number: 5 },
  permalink: 'https://example.org/wmd/states/cuba/a-73-112/#a-73-112-p5',
};

export const NATO_2011_REPLY: CitationSource = {
  report: A_66_115,
  respondent: { name: { zh: '北大西洋公约组织', en: 'North Atlantic Treaty Organization' }, article: 'the' },
  submission: { id: 'a-66-115-nato', received: '2011-05-31', flags: ['summary'] },
  permalink: 'https://example.org/wmd/organizations/nato/a-66-115/',
  accessed: '2026-11-23',
};

export const TURKMENISTAN_2011_REPLY: CitationSource = {
  report: A_66_115,
  respondent: { name: { zh: '土库曼斯坦', en: 'Turkmenistan' } },
  submission: { id: 'a-66-115-turkmenistan', received: '2011-04-27', flags: ['not-reproduced'] },
  permalink: 'https://example.org/wmd/states/turkmenistan/a-66-115/',
  accessed: '2026-11-23',
};

/** Markup and LaTeX/RIS syntax where a name should be. */
export const HOSTILE_NAMES = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'A {b}} 100% & #1 $x_y\\ ^~',
  'Line\nTY  - JOUR',
  'Family, Given',
];

export function withRespondent(source: CitationSource, name: string): CitationSource {
  return { ...source, respondent: { name: { zh: name, en: name } } };
}

/** Three paragraphs the report labels itself (content/entries/submissions/): a numbered item, a lettered one, a numbered paragraph. */
export const QATAR_ITEM_3: CitationSource = {
  report: A_73_112,
  respondent: { name: { zh: '卡塔尔', en: 'Qatar' } },
  submission: { id: 'a-73-112-qatar', received: '2018-04-10', flags: [] },
  // a-73-112-p20: printed "3." on page 10, in a list under a dash under a bullet.
  paragraph: { number: 20, page: 10, printed: '3' },
  permalink: 'https://example.org/wmd/states/qatar/a-73-112/#a-73-112-p20',
  accessed: '2026-11-23',
};

export const INTERPOL_ITEM_A: CitationSource = {
  report: A_73_112,
  respondent: { name: { zh: '国际刑事警察组织', en: 'International Criminal Police Organization' }, article: 'the' },
  submission: { id: 'a-73-112-interpol', received: '2018-05-10', flags: [] },
  // a-73-112-p12: printed "(a)" on page 17.
  paragraph: { number: 12, page: 17, printed: '(a)' },
  permalink: 'https://example.org/wmd/organizations/interpol/a-73-112/#a-73-112-p12',
  accessed: '2026-11-23',
};

export const EL_SALVADOR_2011_PARAGRAPH_1: CitationSource = {
  report: A_66_115,
  respondent: { name: { zh: '萨尔瓦多', en: 'El Salvador' } },
  submission: { id: 'a-66-115-el-salvador', received: '2011-05-23', flags: [] },
  // a-66-115-p9: the paragraph printed "1." that opens the Special Law's considerations; page unknown.
  paragraph: { number: 9, printed: '1' },
  permalink: 'https://example.org/wmd/states/el-salvador/a-66-115/#a-66-115-p9',
  accessed: '2026-11-23',
};
