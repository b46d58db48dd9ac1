// Queries in the search's query language, generated from the corpus with a fixed seed: several
// terms (AND), alternatives (OR, |), exclusions, quoted phrases with spaces, traditional
// characters, English names of everything that has a page, and pasted quotations. Each
// carries what it asks (`ask`), so that the oracle (query-oracle.ts) need not parse it.
import * as OpenCC from 'opencc-js';
import type { Corpus } from '../src/lib/schema.ts';
import { normalizeForSearch } from '../src/lib/search/text/normalize.ts';
import { searchUnits } from '../src/lib/search/text/search-units.ts';
import type { SearchName } from '../src/lib/search/build/search-names.ts';
import { resolutionNumber } from '../src/lib/labels.ts';
import { typedWords, type Ask } from './query-oracle.ts';
import { seededRandom } from './seeded-random.ts';

export type LanguageKind = 'and' | 'or' | 'not' | 'phrase' | 'traditional' | 'english' | 'quote' | 'typed';

export interface LanguageQuery {
  query: string;
  kind: LanguageKind;
  /** What it asks; a plain query (English names, quotations) leaves it to the oracle's white-space rule. */
  ask?: Ask;
}

interface Draw {
  random: () => number;
  pick: <T>(items: readonly T[]) => T;
  replies: string[][];
  /** A substring of 2–6 characters of a text, with something to find, no white space and no name. */
  cut: (text: string) => string | undefined;
}

function startDraw(corpus: Corpus, names: readonly SearchName[], seed: number): Draw {
  const random = seededRandom(seed);
  const forms = new Set(names.flatMap((name) => name.forms));
  const cut = (text: string) => {
    const length = 2 + Math.floor(random() * 5);
    if (text.length < length) return undefined;
    const start = Math.floor(random() * (text.length - length + 1));
    const piece = text.slice(start, start + length);
    const normalized = normalizeForSearch(piece);
    // Nothing the query language reads as syntax, nor an end the search drops (…, ？).
    const usable =
      !/[\s"“”「」『』|｜\-－]|^[+＋]|^(?:…|\.\.|[?？])|(?:…|\.\.|[?？])$/.test(piece) &&
      normalized.length >= 2 &&
      !['OR', 'AND', 'NOT'].includes(piece);
    return usable && !forms.has(normalized) ? piece : undefined;
  };
  return {
    random,
    pick: (items) => items[Math.floor(random() * items.length)]!,
    replies: corpus.submissions.map((submission) => searchUnits(submission).map((unit) => unit.text)),
    cut,
  };
}

/** Whether two words typed apart are read as one (README: the query forms), as the oracle reads them. */
const readAsOne = (a: string, b: string) => typedWords(`${a} ${b}`).length === 1;

/** Two terms from one reply (so that some reply has both), or from two (so that often none does). */
function drawTwo(draw: Draw, sameReply: boolean): [string, string] | undefined {
  const first = draw.pick(draw.replies);
  const second = sameReply ? first : draw.pick(draw.replies);
  const a = draw.cut(draw.pick(first));
  const b = draw.cut(draw.pick(second));
  return a && b && normalizeForSearch(a) !== normalizeForSearch(b) && !readAsOne(a, b) ? [a, b] : undefined;
}

/**
 * The forms people type: AND, NOT and +term; a word's characters typed apart; a number typed
 * apart from its date or counting characters (as the texts print dates); an ellipsis or a
 * question mark at an end. Each asks what its words mean.
 */
function drawTyped(draw: Draw, text: string, count: number): LanguageQuery[] {
  const queries: LanguageQuery[] = [];
  const dates = [...new Set(text.match(/\d{4}\s*年\s*\d{1,2}\s*月/g) ?? [])];
  for (const date of dates.slice(0, 4)) {
    const parts = date.replace(/\s+/g, '').match(/\d+|\D+/g)!;
    queries.push({ query: parts.join(' '), kind: 'typed', ask: { all: [[parts.join('')]], without: [] } });
  }
  for (let tries = 0; queries.length < count && tries < 2000; tries++) {
    const pair = drawTwo(draw, true);
    if (!pair) continue;
    const [a, b] = pair;
    const form = queries.length % 5;
    if (form === 0) queries.push({ query: `${a} AND ${b}`, kind: 'typed', ask: { all: [[a], [b]], without: [] } });
    if (form === 1) queries.push({ query: `${a} NOT ${b}`, kind: 'typed', ask: { all: [[a]], without: [b] } });
    if (form === 2) queries.push({ query: `+${a} ${b}`, kind: 'typed', ask: { all: [[a], [b]], without: [] } });
    if (form === 3 && /^\p{Script=Han}{2,}$/u.test(a))
      queries.push({ query: [...a].join(' '), kind: 'typed', ask: { all: [[a]], without: [] } });
    if (form === 4) queries.push({ query: `${a}……`, kind: 'typed', ask: { all: [[a]], without: [] } });
  }
  return queries;
}

function drawTerms(draw: Draw, count: number): LanguageQuery[] {
  const queries: LanguageQuery[] = [];
  for (let tries = 0; queries.length < count && tries < 2000; tries++) {
    const pair = drawTwo(draw, queries.length % 3 !== 2);
    if (!pair) continue;
    const [a, b] = pair;
    const form = queries.length % 4;
    if (form === 0) queries.push({ query: `${a} ${b}`, kind: 'and', ask: { all: [[a], [b]], without: [] } });
    if (form === 1) queries.push({ query: `${a} OR ${b}`, kind: 'or', ask: { all: [[a, b]], without: [] } });
    if (form === 2) queries.push({ query: `${a} | ${b}`, kind: 'or', ask: { all: [[a, b]], without: [] } });
    if (form === 3) queries.push({ query: `${a} -${b}`, kind: 'not', ask: { all: [[a]], without: [b] } });
  }
  return queries;
}

/** Quoted phrases with white space in them: Latin words as the text has them, and Chinese with a space typed in. */
function drawPhrases(draw: Draw, text: string, count: number): LanguageQuery[] {
  const latin = [...new Set(text.match(/[A-Za-z]{3,} [A-Za-z]{2,}/g) ?? [])];
  const queries: LanguageQuery[] = latin.slice(0, count / 2).map((phrase) => ({
    query: `"${phrase}"`,
    kind: 'phrase',
    ask: { all: [[phrase]], without: [] },
  }));
  for (let tries = 0; queries.length < count && tries < 500; tries++) {
    const piece = draw.cut(draw.pick(draw.pick(draw.replies)));
    if (!piece || piece.length < 4) continue;
    const at = 1 + Math.floor(draw.random() * (piece.length - 2));
    const spaced = `${piece.slice(0, at)} ${piece.slice(at)}`;
    queries.push({ query: `“${spaced}”`, kind: 'phrase', ask: { all: [[piece]], without: [] } });
  }
  return queries;
}

/** Terms typed in traditional characters (converted with opencc-js, Taiwan forms): they ask what their simplified form asks. */
function drawTraditional(draw: Draw, count: number): LanguageQuery[] {
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const queries: LanguageQuery[] = [];
  for (let tries = 0; queries.length < count && tries < 2000; tries++) {
    const piece = draw.cut(draw.pick(draw.pick(draw.replies)));
    if (!piece || piece.length < 3) continue;
    const traditional = toTraditional(piece);
    if (traditional !== piece)
      queries.push({ query: traditional, kind: 'traditional', ask: { all: [[piece]], without: [] } });
  }
  return queries;
}

/** Every respondent's and instrument's English names, acronyms and ISO codes, and the usual English forms of resolutions. */
function englishNames(corpus: Corpus): LanguageQuery[] {
  const respondents = corpus.respondents.flatMap((respondent) => [
    respondent.name.en,
    respondent.name.en.toUpperCase(),
    ...[respondent.acronym, respondent.iso3, ...(respondent.aliasesEn ?? [])].filter((each) => each !== undefined),
  ]);
  const cited = new Set(corpus.submissions.flatMap((submission) => submission.citations.instruments));
  const instruments = corpus.instruments
    .filter((instrument) => cited.has(instrument.id))
    .flatMap((instrument) => [
      instrument.name.en.toLowerCase(),
      ...(instrument.acronym ? [instrument.acronym] : []),
      ...(instrument.aliasesEn ?? []),
    ]);
  const resolutions = [
    ...new Set(corpus.submissions.flatMap((submission) => submission.citations.resolutions)),
  ].flatMap((symbol) => {
    const number = resolutionNumber(symbol);
    const year = /\((\d{4})\)$/.exec(symbol)?.[1];
    return symbol.startsWith('S/')
      ? [`UNSCR ${number}`, `resolution ${number} (${year})`, `S/RES/${number} (${year})`]
      : [`resolution ${number}`, symbol];
  });
  return [...new Set([...respondents, ...instruments, ...resolutions])].map((query) => ({ query, kind: 'english' }));
}

/** Pasted passages: whole paragraphs, pieces with line breaks and spaces put in, and pieces with an ellipsis in the middle. */
function drawQuotes(draw: Draw, count: number): LanguageQuery[] {
  const long = draw.replies.flat().filter((text) => text.length >= 30 && !/[|]|(^|\s)[-－]|\sOR\s/.test(text));
  const queries: LanguageQuery[] = [];
  for (let index = 0; queries.length < count; index++) {
    const text = draw.pick(long);
    const start = Math.floor(draw.random() * (text.length - 24));
    const piece = text.slice(start, start + 24);
    const form = index % 3;
    if (form === 0) queries.push({ query: `“${text}”`, kind: 'quote' });
    if (form === 1)
      queries.push({ query: `${piece.slice(0, 9)}\n${piece.slice(9, 15)} ${piece.slice(15)}。`, kind: 'quote' });
    if (form === 2) queries.push({ query: `${piece.slice(0, 8)}……${piece.slice(16)}`, kind: 'quote' });
  }
  return queries;
}

/** Two terms that occur in one reply, as a reader types them ("核安全 出口管制"): the benchmark's two-term queries. */
export function generateTermPairs(
  corpus: Corpus,
  names: readonly SearchName[],
  count: number,
  seed = 20261202,
): string[] {
  const draw = startDraw(corpus, names, seed);
  const pairs = new Set<string>();
  for (let tries = 0; pairs.size < count && tries < 10 * count; tries++) {
    const pair = drawTwo(draw, true);
    if (pair) pairs.add(pair.join(' '));
  }
  return [...pairs];
}

/**
 * Passages pasted from a paragraph, 16 to 40 characters (a clause or a sentence), in the forms
 * readers paste them: as they are, in quotation marks, or broken by a line end: the benchmark's quoted queries.
 */
export function generatePassages(
  corpus: Corpus,
  names: readonly SearchName[],
  count: number,
  seed = 20261203,
): string[] {
  const draw = startDraw(corpus, names, seed);
  const long = draw.replies.flat().filter((text) => text.length >= 40 && !/[|"“”「」]|(^|\s)[-－]|\sOR\s/.test(text));
  const passages: string[] = [];
  for (let index = 0; passages.length < count; index++) {
    const text = draw.pick(long);
    const length = 16 + Math.floor(draw.random() * 25);
    const start = Math.floor(draw.random() * (text.length - length + 1));
    const piece = text.slice(start, start + length).trim();
    const form = index % 3;
    passages.push(form === 0 ? piece : form === 1 ? `“${piece}”` : `${piece.slice(0, 10)}\n${piece.slice(10)}`);
  }
  return passages;
}

/** The language queries of the seeded test, the same on every run. */
export function generateLanguageQueries(
  corpus: Corpus,
  names: readonly SearchName[],
  seed = 20261201,
): LanguageQuery[] {
  const draw = startDraw(corpus, names, seed);
  const text = draw.replies.flat().join('\n');
  return [
    ...drawTerms(draw, 48),
    ...drawPhrases(draw, text, 12),
    ...drawTraditional(draw, 20),
    ...englishNames(corpus),
    ...drawQuotes(draw, 24),
    ...drawTyped(draw, text, 30),
  ];
}
