// Citation sources shared by the tests in this folder: Cuba's reply in A/73/112 and its third paragraph.
import type { CitationSource } from '../src/lib/cite/csl-item.ts';

export const CUBA_REPLY: CitationSource = {
  report: {
    symbol: 'A/73/112',
    year: 2018,
    title: '防止恐怖分子获取大规模毁灭性武器的措施',
    officialUrl: 'https://undocs.org/zh/A/73/112',
  },
  respondent: { name: { zh: '古巴', en: 'Cuba' } },
  submission: { id: 'a-73-112-cuba', received: '2018-04-05' },
  permalink: 'https://example.org/wmd/states/cuba/a-73-112/',
  accessed: '2026-11-23',
};

export const CUBA_PARAGRAPH_3: CitationSource = {
  ...CUBA_REPLY,
  paragraph: { number: 3 },
  permalink: 'https://example.org/wmd/cite/a-73-112-cuba/a-73-112-p3/',
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
