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
