// "Any name finds all": the instruments, resolutions, states and organizations a query can
// name, built from corpus.json and the curated forms. A query that is one of a name's forms
// finds, besides the replies that contain it, every reply that names the same thing in other
// words (their facets carry the name). A name's forms are:
//   - the forms the texts print (an instrument's aliases, a respondent's names);
//   - the forms researchers use (content/data/name-forms.tsv: 核不扩散条约, 化武公约, {n}号决议);
//   - every label this site prints for it (its page's title, its short label, its symbol);
//   - its English names, acronym and ISO code.
// No form may name two things: the build stops, naming the form and where it comes from.
import type { Corpus, Instrument, Respondent } from '../../schema.ts';
import { instrumentPath, resolutionPath } from '../../urls.ts';
import {
  instrumentShortName,
  instrumentTitle,
  instrumentTitleEn,
  resolutionNumber,
  resolutionShortName,
  resolutionTitle,
} from '../../labels.ts';
import { normalizeForSearch } from '../text/normalize.ts';
import { normalizedUnitTexts } from '../text/search-units.ts';
import { nameKey, type NameLabels, type NameOfQuery } from '../../vocabulary/name-forms.ts';
import type { NameFormEntry } from '../../vocabulary/parse-vocabulary.ts';

/** A name with the replies that name it. */
export interface SearchName extends Omit<NameOfQuery, 'count'> {
  /** Replies that name it, in corpus order. */
  replies: string[];
}

/** Where a form came from: a line of the curated file, or the site's own data. */
export interface FormSource {
  form: string;
  from: string;
}

const unique = (values: readonly string[]) => [...new Set(values.filter(Boolean))];
const formOf = (text: string) => nameKey(normalizeForSearch(text));

/** A curated resolution form for one resolution: {n} its number, {year} its year (a form with {year} only for one that has it). */
function expandResolutionForm(form: string, symbol: string): string | undefined {
  const year = /\((\d{4})\)$/.exec(symbol)?.[1];
  if (form.includes('{year}') && !year) return undefined;
  return form.replaceAll('{n}', resolutionNumber(symbol)).replaceAll('{year}', year ?? '');
}

/** The curated forms of a name, with their lines. */
function curatedForms(
  entries: readonly NameFormEntry[],
  name: { instrument?: string; resolution?: string },
): FormSource[] {
  return entries.flatMap((entry) => {
    const from = `${entry.file}:${entry.line}`;
    if (entry.target.kind === 'instrument')
      return entry.target.id === name.instrument ? [{ form: formOf(entry.form), from }] : [];
    if (!name.resolution || !name.resolution.startsWith(`${entry.target.body}/RES/`)) return [];
    const form = expandResolutionForm(entry.form, name.resolution);
    return form ? [{ form: formOf(form), from }] : [];
  });
}

/**
 * The English forms a name can be asked for by (normalized): the UN's name, with and without
 * what it puts in parentheses ("… (Treaty of Tlatelolco)"), that alone, other usual forms, the acronym.
 */
export function englishForms(name: { en: string }, others: readonly (string | undefined)[] = []): string[] {
  const bracketed = /^(.*?)\s*\((.+)\)$/.exec(name.en);
  const forms = [
    name.en,
    ...(bracketed ? [bracketed[1]!, bracketed[2]!] : []),
    ...others.filter((each) => each !== undefined),
  ];
  return unique(forms.map(formOf));
}

/** Every label the site prints for an instrument: its page's title, its short label, with its acronym as the filters show it. */
function instrumentLabels(instrument: Instrument): string[] {
  const short = instrumentShortName(instrument);
  return [
    instrumentTitle(instrument),
    instrument.name.zh,
    instrumentTitleEn(instrument),
    instrument.acronym ? `${instrument.name.en} (${instrument.acronym})` : '',
    short,
    instrument.acronym ? `${short} ${instrument.acronym}` : '',
  ];
}

/** Every label the site prints for a resolution: its title in both languages, its short label, its symbol. */
function resolutionLabels(symbol: string): string[] {
  const title = resolutionTitle(symbol);
  return [title.zh, title.en, resolutionShortName(symbol), symbol];
}

/** Replies in which any of the marks occurs inside one part of the text (heading, paragraph or footnote). */
function repliesContaining(replies: readonly { id: string; units: string[] }[], marks: readonly string[]): string[] {
  return replies
    .filter((reply) => reply.units.some((unit) => marks.some((mark) => unit.includes(mark))))
    .map((reply) => reply.id);
}

/** A state or organization as a name: its Chinese forms mark it in the texts; its English ones, its acronym and ISO code also find it. */
function respondentName(respondent: Respondent, texts: readonly { id: string; units: string[] }[]): SearchName {
  const marks = unique([respondent.name.zh, ...respondent.aliases].map(normalizeForSearch));
  const others = [respondent.acronym, respondent.iso3, ...(respondent.aliasesEn ?? [])];
  return {
    kind: respondent.kind,
    value: respondent.id,
    label: {
      zh: respondent.name.zh,
      en: respondent.acronym ? `${respondent.name.en} (${respondent.acronym})` : respondent.name.en,
    },
    page: respondent.url,
    forms: unique([...marks.map(nameKey), formOf(respondent.shortZh ?? ''), ...englishForms(respondent.name, others)]),
    marks,
    replies: repliesContaining(texts, marks),
  };
}

function instrumentName(instrument: Instrument, curated: readonly NameFormEntry[], replies: string[]): SearchName {
  const marks = unique(instrument.aliases.map(normalizeForSearch));
  return {
    kind: 'instrument',
    value: instrument.id,
    label: {
      zh: instrumentTitle(instrument),
      en: instrument.acronym ? `${instrument.name.en} (${instrument.acronym})` : instrument.name.en,
    },
    page: instrumentPath(instrument.id),
    forms: unique([
      ...marks.map(nameKey),
      ...curatedForms(curated, { instrument: instrument.id }).map((each) => each.form),
      ...instrumentLabels(instrument).map(formOf),
      ...englishForms(instrument.name, [instrument.acronym, ...(instrument.aliasesEn ?? [])]),
    ]),
    marks,
    replies,
  };
}

function resolutionName(symbol: string, curated: readonly NameFormEntry[], replies: string[]): SearchName {
  return {
    kind: 'resolution',
    value: symbol,
    label: resolutionTitle(symbol),
    page: resolutionPath(symbol),
    forms: unique([
      resolutionNumber(symbol),
      ...curatedForms(curated, { resolution: symbol }).map((each) => each.form),
      ...resolutionLabels(symbol).map(formOf),
    ]),
    marks: [resolutionNumber(symbol)],
    replies,
  };
}

/** Every name a query can find, with the replies that name it. `curated`: the lines of content/data/name-forms.tsv. */
export function searchNames(corpus: Corpus, curated: readonly NameFormEntry[]): SearchName[] {
  const citing = (key: 'instruments' | 'resolutions', ref: string) =>
    corpus.submissions
      .filter((submission) => submission.citations[key].includes(ref))
      .map((submission) => submission.id);
  const resolutions = unique(corpus.submissions.flatMap((submission) => submission.citations.resolutions)).sort(
    (a, b) => a.localeCompare(b, 'en', { numeric: true }),
  );
  const instruments = corpus.instruments.filter((instrument) => citing('instruments', instrument.id).length > 0);
  // Each reply's parts normalized once: every organization's marks are looked for in them.
  const texts = corpus.submissions.map((submission) => ({ id: submission.id, units: normalizedUnitTexts(submission) }));
  return [
    ...instruments.map((instrument) => instrumentName(instrument, curated, citing('instruments', instrument.id))),
    ...resolutions.map((symbol) => resolutionName(symbol, curated, citing('resolutions', symbol))),
    ...corpus.respondents
      .map((respondent) => respondentName(respondent, texts))
      .filter((name) => name.replies.length > 0),
  ];
}

/** Forms that belong to two names or more: each with the names it would name. */
export function sharedForms(names: readonly SearchName[]): { form: string; names: string[] }[] {
  const owners = new Map<string, string[]>();
  for (const name of names)
    for (const form of name.forms)
      owners.set(form, unique([...(owners.get(form) ?? []), `${name.kind}:${name.value}`]));
  return [...owners].filter(([, each]) => each.length > 1).map(([form, each]) => ({ form, names: each }));
}

/**
 * What the search page loads of the names for a query that is one: all but the replies, which it
 * finds by their facets (their number instead), and the forms, which the index file has.
 */
export function nameList(names: readonly SearchName[]): NameLabels[] {
  return names.map(({ replies, forms: _forms, ...name }) => ({ ...name, count: replies.length }));
}
