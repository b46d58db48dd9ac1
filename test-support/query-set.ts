// The yardstick for the search: queries generated from the corpus with a fixed seed,
// and the plain substring search over corpus.json that says which replies each must find.
import type { Corpus } from '../src/lib/schema.ts';
import { normalizeForSearch } from '../src/lib/search/normalize.ts';
import { normalizedUnitTexts, searchUnits } from '../src/lib/search/search-units.ts';
import { seededRandom } from './seeded-random.ts';

export type QueryKind = 'substring' | 'word' | 'number' | 'date' | 'latin' | 'width' | 'absent';

export interface TestQuery {
  query: string;
  kind: QueryKind;
  /** Starts or ends inside a number or a Latin word of the text it was cut from. */
  partialToken: boolean;
}

const normalizedReplies = new WeakMap<Corpus, { id: string; units: string[] }[]>();

/** A reply is a result if and only if one of its parts contains the query, both normalized: a plain substring search. */
export function referenceSearch(corpus: Corpus, query: string): string[] {
  const needle = normalizeForSearch(query);
  if (!needle) return [];
  let replies = normalizedReplies.get(corpus);
  if (!replies) {
    replies = corpus.submissions.map((submission) => ({
      id: submission.id,
      units: normalizedUnitTexts(submission),
    }));
    normalizedReplies.set(corpus, replies);
  }
  return replies.filter((reply) => reply.units.some((unit) => unit.includes(needle))).map((reply) => reply.id);
}

const NUMBER = /\d+(?:\s*[/.]\s*\d+)*(?:\s*\(\s*\d+\s*\))?/g;
const DATE = /\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?/g;
const LATIN = /[A-Za-z][A-Za-z-]*[A-Za-z]/g;
const DIGIT_OR_LATIN = /[0-9A-Za-z]/;

/** Inside a number or Latin word: the characters on both sides of the cut are digits, or both letters. */
function cutsToken(text: string, at: number): boolean {
  const before = text[at - 1];
  const after = text[at];
  if (!before || !after || !DIGIT_OR_LATIN.test(before) || !DIGIT_OR_LATIN.test(after)) return false;
  return /\d/.test(before) === /\d/.test(after);
}

/** ＡＢ１２（） for AB12(): the same query typed with full-width characters. */
export function toFullWidth(text: string): string {
  return text
    .replace(/[!-~]/g, (character) => String.fromCharCode(character.charCodeAt(0) + 0xfee0))
    .replace(/ /g, '\u3000');
}

/**
 * At least `size` distinct queries: random substrings of 2–8 characters (most cross
 * word boundaries), words, numbers, dates, Latin words, full-width forms, and
 * queries that occur nowhere (changed characters, strings across two paragraphs).
 */
export function generateQuerySet(corpus: Corpus, seed = 20181112, size = 240): TestQuery[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const units = corpus.submissions.flatMap((submission) => searchUnits(submission).map((unit) => unit.text));
  const text = units.join('\n');
  const characters = [...new Set(text.replace(/\s/g, ''))];
  const queries = new Map<string, TestQuery>();
  // Distinct as typed: "2017 年" and "2017年" are both worth asking.
  const add = (query: string, kind: QueryKind, partialToken = false) => {
    if (normalizeForSearch(query) && !queries.has(query)) queries.set(query, { query, kind, partialToken });
  };
  const cut = (unit: string, length: number): TestQuery | undefined => {
    if (unit.length < length) return undefined;
    const start = Math.floor(random() * (unit.length - length + 1));
    const query = unit.slice(start, start + length);
    if (query.trim() !== query || normalizeForSearch(query).length < 2) return undefined;
    return { query, kind: 'substring', partialToken: cutsToken(unit, start) || cutsToken(unit, start + length) };
  };

  const quota = (share: number) => Math.ceil(size * share);
  for (let tries = 0; queries.size < quota(0.45) && tries < 10_000; tries++) {
    const found = cut(pick(units), 2 + Math.floor(random() * 7));
    if (found) add(found.query, 'substring', found.partialToken);
  }
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const words = [
    ...new Set(
      units.flatMap((unit) =>
        [...segmenter.segment(unit)]
          .filter((segment) => segment.isWordLike && segment.segment.length >= 2)
          .map((segment) => segment.segment),
      ),
    ),
  ];
  for (let count = 0; count < quota(0.12); count++) add(pick(words), 'word');
  const numbers = [...new Set(text.match(NUMBER) ?? [])];
  for (const number of [
    '1540',
    '72/42',
    '1540(2004)',
    '1540 (2004)',
    ...Array.from({ length: quota(0.08) }, () => pick(numbers)),
  ])
    add(number, 'number');
  const dates = [...new Set(text.match(DATE) ?? [])];
  for (const date of ['2017 年', '2018年4月', ...Array.from({ length: quota(0.06) }, () => pick(dates))]) {
    add(date, 'date');
    add(date.replace(/\s/g, ''), 'date');
  }
  const latin = [...new Set(text.match(LATIN) ?? [])];
  for (const word of ['CFSP', ...Array.from({ length: quota(0.05) }, () => pick(latin))]) {
    add(word, 'latin');
    add(word.toLowerCase(), 'latin');
  }
  for (const query of [
    '１５４０（２００４）',
    'ＣＦＳＰ',
    ...Array.from({ length: 4 }, () => toFullWidth(pick(numbers))),
  ])
    add(query, 'width');

  // Queries that occur nowhere: one character changed, two paragraphs joined, or known absent.
  add('核安保', 'absent');
  for (
    let tries = 0;
    tries < 2000 && [...queries.values()].filter((query) => query.kind === 'absent').length < quota(0.12);
    tries++
  ) {
    const found = cut(pick(units), 3 + Math.floor(random() * 6));
    if (!found) continue;
    const chars = [...found.query];
    chars[1 + Math.floor(random() * (chars.length - 2))] = pick(characters);
    const changed = chars.join('');
    if (referenceSearch(corpus, changed).length === 0) add(changed, 'absent');
  }
  for (let index = 0; index + 1 < units.length && index < 400; index += 37) {
    const joined = `${units[index]!.slice(-3)}${units[index + 1]!.slice(0, 3)}`;
    if (referenceSearch(corpus, joined).length === 0) add(joined, 'absent');
  }
  // Top up with substrings if the corpus was too small for the shares above.
  for (let tries = 0; queries.size < size && tries < 10_000; tries++) {
    const found = cut(pick(units), 2 + Math.floor(random() * 7));
    if (found) add(found.query, 'substring', found.partialToken);
  }
  return [...queries.values()];
}
