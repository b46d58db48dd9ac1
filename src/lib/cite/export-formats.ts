// Files for reference managers: BibTeX, RIS and CSL-JSON, made by citation-js
// from the same CSL item as the formatted citations.
import type { CitationItem, CslItem } from './csl-item.ts';
import { citationJs } from './setup-citation-js.ts';

const LATEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

function escapeLatex(text: string): string {
  return text.replace(/[\\{}$&%#_^~]/g, (char) => LATEX_ESCAPES[char] ?? char);
}

/** The fields BibTeX reads as LaTeX text; the key is ours and the URL is read verbatim (biblatex, url.sty). */
const LATEX_TEXT_FIELDS = [
  'title',
  'container-title',
  'collection-title',
  'number',
  'publisher',
  'publisher-place',
  'page',
  'note',
] as const;

/**
 * citation-js escapes LaTeX only together with dropping all non-ASCII text
 * (setup-citation-js.ts turns that off), so escape the text fields here.
 */
function escapeForBibtex(csl: CslItem): CslItem {
  const escaped: CslItem = { ...csl, author: [{ literal: escapeLatex(csl.author[0].literal) }] };
  for (const field of LATEX_TEXT_FIELDS) {
    const value = csl[field];
    if (value !== undefined) escaped[field] = escapeLatex(value);
  }
  return escaped;
}

/**
 * @techreport, which BibTeX and biblatex both read. citation-js braces the
 * institutional author ({{古巴}}) so it is never split into given and family names.
 */
export function toBibTeX(item: CitationItem): string {
  return String(citationJs().output.format('bibtex', [escapeForBibtex(item.csl)], { format: 'text' })).trim() + '\n';
}

/**
 * An AU line reads "Family, Given": RIS has no way to mark a name as an
 * institution's, so a comma in one would split it. The full-width comma reads
 * the same to a person and splits nothing.
 */
function risValue(tag: string, value: string): string {
  const oneLine = value.replace(/\s+/g, ' ');
  return tag === 'AU' ? oneLine.replaceAll(',', '，') : oneLine;
}

/**
 * TY  - RPRT with one AU line. citation-js's RIS writer breaks lines every 70
 * characters, which splits long permalinks; we take its tags and write one
 * line per tag.
 */
export function toRIS(item: CitationItem): string {
  const [entry] = citationJs().output.format('ris', [item.csl], { format: 'object' }) as Record<
    string,
    string | string[]
  >[];
  if (!entry) throw new Error(`citation-js made no RIS entry for ${item.csl.id}`);
  const { TY: type, ...tags } = entry;
  const lines = [`TY  - ${String(type)}`];
  for (const [tag, values] of Object.entries(tags)) {
    for (const value of [values].flat()) lines.push(`${tag}  - ${risValue(tag, String(value))}`);
  }
  lines.push('ER  - ');
  return lines.join('\n') + '\n';
}

/** A CSL-JSON array of one item, as Zotero and pandoc import it. */
export function toCslJson(item: CitationItem): string {
  const data = citationJs().output.format('data', [item.csl], { format: 'object' });
  return JSON.stringify(data, null, 2) + '\n';
}
