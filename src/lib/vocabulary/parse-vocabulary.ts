// The curated vocabulary's files → entries, each with the line it comes from. One entry a line,
// tab-separated, so that a review reads a diff line by line; `#` starts a comment line.
//   content/data/name-forms.tsv   target  form  where the form is used
//   content/data/variants.tsv     forms (" / " between)  where each is used
// Bad lines are ParseErrors with FILE:LINE, all of them collected.
import { ParseError } from '../parse/parse-error.ts';

/** What a curated form names: one instrument, or every resolution of a body (a pattern with {n} and {year}). */
export type FormTarget = { kind: 'instrument'; id: string } | { kind: 'resolution'; body: 'S' | 'A' };

export interface NameFormEntry {
  target: FormTarget;
  /** As researchers write it, without 《》; for resolutions, with {n} (the number) and {year}. */
  form: string;
  /** Where the form is used: a publication, a URL. */
  where: string;
  file: string;
  line: number;
}

export interface VariantEntry {
  /** The forms, most common first. */
  forms: string[];
  /** Where each is used, with counts in the texts. */
  evidence: string;
  file: string;
  line: number;
}

const TARGET = /^(?:instrument:([a-z0-9-]+)|resolution:(S|A)\/RES\/\*)$/;
const PLACEHOLDER = /\{(\w+)\}/g;

/** The lines that hold entries: not empty, not a comment; each with its 1-based number. */
function entryLines(text: string): { line: number; text: string }[] {
  return text
    .split(/\r?\n/)
    .map((line, index) => ({ line: index + 1, text: line }))
    .filter((each) => each.text.trim() !== '' && !each.text.startsWith('#'));
}

function fieldsOf(line: { line: number; text: string }, file: string, count: number, expected: string): string[] {
  const fields = line.text.split('\t');
  if (fields.length !== count || fields.some((field) => field.trim() === ''))
    throw new ParseError(file, line.line, `expected ${count} tab-separated fields: ${expected}`, line.text);
  return fields.map((field) => field.trim());
}

function nameFormEntry(line: { line: number; text: string }, file: string): NameFormEntry {
  const [target, form, where] = fieldsOf(line, file, 3, 'target, form, where the form is used');
  const match = TARGET.exec(target!);
  if (!match)
    throw new ParseError(
      file,
      line.line,
      `unknown target "${target}": expected instrument:<id>, resolution:S/RES/* or resolution:A/RES/*`,
      line.text,
    );
  const placeholders = [...form!.matchAll(PLACEHOLDER)].map((each) => each[1]);
  if (match[1] && placeholders.length > 0)
    throw new ParseError(file, line.line, `an instrument's form has no placeholders: "${form}"`, line.text);
  if (match[2] && (!placeholders.includes('n') || placeholders.some((name) => name !== 'n' && name !== 'year')))
    throw new ParseError(
      file,
      line.line,
      `a resolution's form needs {n} and may have {year}, nothing else: "${form}"`,
      line.text,
    );
  if (/[《》〈〉]/.test(form!))
    throw new ParseError(
      file,
      line.line,
      `write the form without 《》〈〉 (the search ignores them): "${form}"`,
      line.text,
    );
  const targetOf: FormTarget = match[1]
    ? { kind: 'instrument', id: match[1] }
    : { kind: 'resolution', body: match[2] as 'S' | 'A' };
  return { target: targetOf, form: form!, where: where!, file, line: line.line };
}

function variantEntry(line: { line: number; text: string }, file: string): VariantEntry {
  const [forms, evidence] = fieldsOf(line, file, 2, 'forms separated by " / ", where each is used');
  const list = forms!.split(' / ').map((form) => form.trim());
  if (list.length < 2 || list.some((form) => form === ''))
    throw new ParseError(file, line.line, 'a group needs two forms or more, separated by " / "', line.text);
  return { forms: list, evidence: evidence!, file, line: line.line };
}

/** Every entry of a file, or every bad line as one AggregateError of ParseErrors. */
function parseLines<Entry>(
  text: string,
  file: string,
  entry: (line: { line: number; text: string }, file: string) => Entry,
): Entry[] {
  const entries: Entry[] = [];
  const errors: ParseError[] = [];
  for (const line of entryLines(text)) {
    try {
      entries.push(entry(line, file));
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      errors.push(error);
    }
  }
  if (errors.length > 0) throw new AggregateError(errors, `${file}: ${errors.length} bad lines`);
  return entries;
}

export function parseNameForms(text: string, file: string): NameFormEntry[] {
  return parseLines(text, file, nameFormEntry);
}

export function parseVariants(text: string, file: string): VariantEntry[] {
  return parseLines(text, file, variantEntry);
}
