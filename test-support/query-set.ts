// The yardstick for the search: queries generated from the corpus with a fixed seed,
// and the plain substring search over corpus.json that says which replies each must find.
import type { Corpus } from '../src/lib/schema.ts';
import { normalizeForSearch } from '../src/lib/search/text/normalize.ts';
import { normalizedUnitTexts, searchUnits } from '../src/lib/search/text/search-units.ts';
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

/** What every kind of query is drawn from: the seeded generator, the corpus text, the set so far. */
interface Draw {
  random: () => number;
  pick: <T>(items: readonly T[]) => T;
  units: string[];
  text: string;
  queries: Map<string, TestQuery>;
  add: (query: string, kind: QueryKind, partialToken?: boolean) => void;
  /** A random substring of the unit, `length` characters long, that has something to find. */
  cut: (unit: string, length: number) => TestQuery | undefined;
  quota: (share: number) => number;
}

function startDraw(corpus: Corpus, seed: number, size: number): Draw {
  const random = seededRandom(seed);
  const units = corpus.submissions.flatMap((submission) => searchUnits(submission).map((unit) => unit.text));
  const queries = new Map<string, TestQuery>();
  return {
    random,
    pick: (items) => items[Math.floor(random() * items.length)]!,
    units,
    text: units.join('\n'),
    queries,
    // Distinct as typed: "2017 年" and "2017年" are both worth asking.
    add: (query, kind, partialToken = false) => {
      if (normalizeForSearch(query) && !queries.has(query)) queries.set(query, { query, kind, partialToken });
    },
    cut: (unit, length) => {
      if (unit.length < length) return undefined;
      const start = Math.floor(random() * (unit.length - length + 1));
      const query = unit.slice(start, start + length);
      if (query.trim() !== query || normalizeForSearch(query).length < 2) return undefined;
      return { query, kind: 'substring', partialToken: cutsToken(unit, start) || cutsToken(unit, start + length) };
    },
    quota: (share) => Math.ceil(size * share),
  };
}

/** Random substrings of 2–8 characters until the set holds `target` queries. */
function drawSubstrings(draw: Draw, target: number): void {
  for (let tries = 0; draw.queries.size < target && tries < 10_000; tries++) {
    const found = draw.cut(draw.pick(draw.units), 2 + Math.floor(draw.random() * 7));
    if (found) draw.add(found.query, 'substring', found.partialToken);
  }
}

/** Words, numbers, dates, Latin words and full-width forms, each as typed and, where it matters, without spaces or in lower case. */
function drawTokens(draw: Draw): void {
  const { pick, add, quota, text } = draw;
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const words = [
    ...new Set(
      draw.units.flatMap((unit) =>
        [...segmenter.segment(unit)]
          .filter((segment) => segment.isWordLike && segment.segment.length >= 2)
          .map((segment) => segment.segment),
      ),
    ),
  ];
  for (let count = 0; count < quota(0.12); count++) add(pick(words), 'word');
  const numbers = [...new Set(text.match(NUMBER) ?? [])];
  const someNumbers = Array.from({ length: quota(0.08) }, () => pick(numbers));
  for (const number of ['1540', '72/42', '1540(2004)', '1540 (2004)', ...someNumbers]) add(number, 'number');
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
  const fullWidth = Array.from({ length: 4 }, () => toFullWidth(pick(numbers)));
  for (const query of ['１５４０（２００４）', 'ＣＦＳＰ', ...fullWidth]) add(query, 'width');
}

/** Queries that occur nowhere: one character changed, two paragraphs joined, or known absent. */
function drawAbsent(draw: Draw, corpus: Corpus): void {
  const { units, pick, add } = draw;
  const characters = [...new Set(draw.text.replace(/\s/g, ''))];
  const absent = () => [...draw.queries.values()].filter((query) => query.kind === 'absent').length;
  add('核安保', 'absent');
  for (let tries = 0; tries < 2000 && absent() < draw.quota(0.12); tries++) {
    const found = draw.cut(pick(units), 3 + Math.floor(draw.random() * 6));
    if (!found) continue;
    const chars = [...found.query];
    chars[1 + Math.floor(draw.random() * (chars.length - 2))] = pick(characters);
    const changed = chars.join('');
    if (referenceSearch(corpus, changed).length === 0) add(changed, 'absent');
  }
  for (let index = 0; index + 1 < units.length && index < 400; index += 37) {
    const joined = `${units[index]!.slice(-3)}${units[index + 1]!.slice(0, 3)}`;
    if (referenceSearch(corpus, joined).length === 0) add(joined, 'absent');
  }
}

/**
 * At least `size` distinct queries: random substrings of 2–8 characters (most cross
 * word boundaries), words, numbers, dates, Latin words, full-width forms, and
 * queries that occur nowhere (changed characters, strings across two paragraphs).
 */
export function generateQuerySet(corpus: Corpus, seed = 20181112, size = 240): TestQuery[] {
  const draw = startDraw(corpus, seed, size);
  drawSubstrings(draw, draw.quota(0.45));
  drawTokens(draw);
  drawAbsent(draw, corpus);
  // Top up with substrings if the corpus was too small for the shares above.
  drawSubstrings(draw, size);
  return [...draw.queries.values()];
}
