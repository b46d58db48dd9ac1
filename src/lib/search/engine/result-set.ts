// The replies a search found, as files a researcher takes away: their citations in one
// RIS, BibTeX or CSL-JSON file (made from the per-reply files the site already has, so no
// citation library is shipped to the browser), and a CSV of the paragraphs that hold the
// query. The search URL reproduces the same list.
import type { ReplyCard } from '../files/cards.ts';
import type { SearchUnit } from '../text/search-units.ts';
import { csvText } from '../../csv.ts';

export type CitationFormat = 'ris' | 'bib' | 'json';

/** Per-reply citation files → one file of the same format. */
export function joinCitationFiles(format: CitationFormat, files: readonly string[]): string {
  if (format === 'json')
    return (
      JSON.stringify(
        files.flatMap((file) => JSON.parse(file) as unknown[]),
        null,
        2,
      ) + '\n'
    );
  const separator = format === 'ris' ? '\n' : '\n\n';
  return files.map((file) => file.trim()).join(separator) + '\n';
}

export const RESULT_COLUMNS = ['reply', 'respondent_zh', 'respondent_en', 'report', 'paragraph', 'permalink', 'text'];

/** "3", "小标题 1", "脚注 2": where a part stands in its reply, as the pages number it. */
function placeOf(unit: SearchUnit): string {
  if (unit.kind === 'title') return '标题';
  if (unit.kind === 'heading') return `小标题 ${unit.number}`;
  if (unit.kind === 'footnote') return `脚注 ${unit.number}`;
  return String(unit.number);
}

/** One row per paragraph that holds the query; `permalink` makes a part's absolute address. */
export function resultSetCsv(
  found: readonly { card: ReplyCard; units: readonly SearchUnit[] }[],
  permalink: (card: ReplyCard, unit: SearchUnit) => string,
): string {
  const rows = found.flatMap(({ card, units }) =>
    units.map((unit) => [
      card.id,
      card.name.zh,
      card.name.en,
      card.report,
      placeOf(unit),
      permalink(card, unit),
      unit.text,
    ]),
  );
  return csvText([RESULT_COLUMNS, ...rows]);
}
