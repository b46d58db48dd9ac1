// The search's results as files: every reply's citation in one RIS, BibTeX or CSL-JSON file,
// and a CSV of the paragraphs that hold the query. Made when asked, from the per-reply
// citation files and the result cards the site already has.
import {
  hitsOf,
  joinCitationFiles,
  resultSetCsv,
  type CitationFormat,
  type Outcome,
  type ReplyCard,
} from '../lib/search/engine/index.ts';
import { absoluteUrl, withBase } from '../lib/site/base-url.ts';
import { citationFilePath, withAnchor } from '../lib/urls.ts';

/** The site's own address (SITE_URL at build), which the permalinks in a download name. */
const SITE = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;

const TYPES: Record<CitationFormat | 'csv', string> = {
  ris: 'application/x-research-info-systems',
  bib: 'application/x-bibtex',
  json: 'application/vnd.citationstyles.csl+json',
  csv: 'text/csv',
};

function save(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function citationFile(cards: readonly ReplyCard[], format: CitationFormat): Promise<string> {
  const files = await Promise.all(
    cards.map(async (card) => {
      const response = await fetch(withBase(citationFilePath(card.id, undefined, format)));
      if (!response.ok) throw new Error(`${response.status} for the citation of ${card.id}`);
      return response.text();
    }),
  );
  return joinCitationFiles(format, files);
}

/** The file of one format for every result, and its name. */
export async function resultFile(
  outcome: Outcome,
  cards: readonly ReplyCard[],
  format: CitationFormat | 'csv',
): Promise<{ name: string; text: string; type: string }> {
  const name = `search-results.${format === 'bib' ? 'bib' : format}`;
  if (format !== 'csv') return { name, text: await citationFile(cards, format), type: TYPES[format] };
  const found = cards.map((card, index) => ({
    card,
    units: hitsOf(card, outcome, index >= outcome.exact).map((hit) => hit.unit),
  }));
  // The address the citation files name too: the site's own, not the one this page was opened at.
  const permalink = (card: ReplyCard, unit: { anchor: string }) =>
    absoluteUrl(withAnchor(card.page, unit.anchor), SITE);
  // A byte-order mark, so that spreadsheet programs read the Chinese.
  return { name, text: '\uFEFF' + resultSetCsv(found, permalink), type: TYPES.csv };
}

export { save };
