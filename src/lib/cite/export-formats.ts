// Files for reference managers: BibTeX, RIS and CSL-JSON, made by citation-js
// from one CSL item (csl-item.ts).
import type { CslItem } from './csl-item.ts';
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
const LATEX_TEXT_FIELDS = ['title', 'number', 'publisher', 'publisher-place', 'page', 'note'] as const;

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

const pad = (value: number | undefined) => String(value ?? 1).padStart(2, '0');

/**
 * biblatex's fields that citation-js's BibTeX writer leaves out: the access
 * date (urldate, ISO) and the language for hyphenation and quotes (langid,
 * a babel/polyglossia name). Classic BibTeX ignores both.
 */
function biblatexExtras(csl: CslItem): Record<string, string> {
  const [year, month, day] = csl.accessed['date-parts'][0];
  return { urldate: `${year}-${pad(month)}-${pad(day)}`, langid: 'chinese' };
}

/**
 * @techreport, which BibTeX and biblatex both read. The institutional author
 * is braced ({{古巴}}) so it is never split into given and family names.
 */
export function toBibTeX(csl: CslItem): string {
  const [entry] = citationJs().output.format('bibtex', [escapeForBibtex(csl)], { format: 'object' }) as {
    type: string;
    label: string;
    properties: Record<string, string>;
  }[];
  if (!entry) throw new Error(`citation-js made no BibTeX entry for ${csl.id}`);
  const fields = { ...entry.properties, ...biblatexExtras(csl) };
  const lines = Object.entries(fields).map(([name, value]) => `\t${name} = {${value}},`);
  return `@${entry.type}{${entry.label},\n${lines.join('\n')}\n}\n`;
}

/**
 * An AU line reads "Family, Given": RIS has no way to mark a name as an
 * institution's, so a comma in one would split it. The full-width comma reads
 * the same to a person and splits nothing.
 */
function risValue(tag: string, value: string): string {
  const oneLine = value.replace(/\s+/g, ' ');
  if (tag === 'AU') return oneLine.replaceAll(',', '，');
  // citation-js writes "2026/1/5/"; RIS dates are YYYY/MM/DD/.
  return tag === 'Y2' ? oneLine.replace(/^(\d{4})\/(\d{1,2})\/(\d{1,2})\//, padRisDate) : oneLine;
}

function padRisDate(_: string, year: string, month: string, day: string): string {
  return `${year}/${month.padStart(2, '0')}/${day.padStart(2, '0')}/`;
}

/**
 * TY  - RPRT with one AU line. citation-js's RIS writer breaks lines every 70
 * characters, which splits long permalinks; we take its tags and write one
 * line per tag. Y2 is the access date, N1 the note.
 */
export function toRIS(csl: CslItem): string {
  const [entry] = citationJs().output.format('ris', [csl], { format: 'object' }) as Record<string, string | string[]>[];
  if (!entry) throw new Error(`citation-js made no RIS entry for ${csl.id}`);
  const { TY: type, ...tags } = entry;
  const lines = [`TY  - ${String(type)}`];
  for (const [tag, values] of Object.entries(tags)) {
    for (const value of [values].flat()) lines.push(`${tag}  - ${risValue(tag, String(value))}`);
  }
  lines.push('ER  - ');
  return lines.join('\n') + '\n';
}

/** A CSL-JSON array of one item, as Zotero and pandoc import it; each date's parts on one line. */
export function toCslJson(csl: CslItem): string {
  const data = citationJs().output.format('data', [csl], { format: 'object' });
  const json = JSON.stringify(data, null, 2).replace(
    /"date-parts": \[\s*\[([\d,\s]*)\]\s*\]/g,
    (_, parts: string) => `"date-parts": [[${parts.trim().split(/,\s*/).join(', ')}]]`,
  );
  return json + '\n';
}
