// Two texts → the stretches of each that the other repeats word for word, and a text cut
// into pieces at those stretches for a page to mark. The matching is the `diff` package's
// character diff (Myers' algorithm): common runs of its edit script are in both texts,
// in the same order, character for character.
import { diffChars } from 'diff';

/** [start, end) in UTF-16 units, as String.prototype.slice takes them. */
export type TextRange = [start: number, end: number];

export interface SharedPassages {
  /** Ranges of the earlier text repeated in the later one, in order, not overlapping. */
  earlier: TextRange[];
  /** The same passages in the later text, one for one. */
  later: TextRange[];
}

/**
 * The shortest run, in characters, that counts as repeated. Chinese needs no spaces, so
 * any two texts on one subject share runs of terms and names. In the paired paragraphs of
 * the six respondents that replied twice, runs of 10 to 13 characters are mostly clauses
 * NATO kept from 2011 (的决策者、高级官员和, 有关的民间科学和技术合作。), besides a name
 * (联合国毒品和犯罪问题办公室, 13) and words of the report's title (分子获取大规模毁灭性
 * 武器, 12), which are repeated too; shorter runs are mostly terms and names (化学、生物、
 * 6, 大规模毁灭性武器 8, 集体安全条约组织 8), rarely a clause (来自北约和伙伴国, 8).
 */
export const MIN_SHARED_LENGTH = 10;

/**
 * Twenty characters make a clause: what the two replies of one respondent share in runs of
 * 10 to 16 characters outside their paired paragraphs is names, terms and references
 * (毒品和犯罪问题办公室, 北约应对大规模毁灭性武器, 安全理事会第 1540) or chance
 * (国际刑警组织协助成员国). A paragraph that repeats a clause is paired with it
 * (align-blocks.ts), and a paragraph alone is marked only for clauses (compare-replies.ts).
 */
export const SHARED_CLAUSE_LENGTH = 20;

/**
 * The runs of at least `minLength` characters (or the whole of two identical texts) that
 * the character diff of the two texts keeps in common, each grown outward while both
 * texts go on alike. Growing matters with common characters: where 的 or 和 both starts
 * a shared passage and stands a little earlier, the diff may match the earlier one and
 * start the run a character or two late.
 */
export function findSharedPassages(earlier: string, later: string, minLength = MIN_SHARED_LENGTH): SharedPassages {
  const passages: SharedPassages = { earlier: [], later: [] };
  let floor: Run = { earlierStart: 0, laterStart: 0, length: 0 };
  for (const run of commonRuns(earlier, later)) {
    const grown = growRun(earlier, later, run, floor);
    if (!grown || !countsAsRepeated(earlier, later, grown, minLength)) continue;
    passages.earlier.push([grown.earlierStart, runEnd(grown).earlier]);
    passages.later.push([grown.laterStart, runEnd(grown).later]);
    floor = grown;
  }
  return passages;
}

/** Long enough, or both texts entire: an unchanged heading (与伙伴的合作) is repeated, however short. */
function countsAsRepeated(earlier: string, later: string, run: Run, minLength: number): boolean {
  if (run.length === earlier.length && run.length === later.length) return true;
  return countCharacters(earlier.slice(run.earlierStart, runEnd(run).earlier)) >= minLength;
}

/** A stretch that the two texts have in common, as offsets in each. */
interface Run {
  earlierStart: number;
  laterStart: number;
  length: number;
}

function runEnd(run: Run): { earlier: number; later: number } {
  return { earlier: run.earlierStart + run.length, later: run.laterStart + run.length };
}

/** The common runs of the diff's edit script, in order. */
function commonRuns(earlier: string, later: string): Run[] {
  const runs: Run[] = [];
  let earlierAt = 0;
  let laterAt = 0;
  for (const change of diffChars(earlier, later)) {
    const length = change.value.length;
    if (!change.added && !change.removed) runs.push({ earlierStart: earlierAt, laterStart: laterAt, length });
    if (!change.added) earlierAt += length;
    if (!change.removed) laterAt += length;
  }
  return runs;
}

/**
 * The run grown outward while the characters on both sides are equal, never back into
 * the passage kept before it (`floor`), so passages stay in order and apart; undefined
 * if that passage already covers it.
 */
function growRun(earlier: string, later: string, run: Run, floor: Run): Run | undefined {
  const floorEnd = runEnd(floor);
  const cut = Math.max(0, floorEnd.earlier - run.earlierStart, floorEnd.later - run.laterStart);
  let earlierStart = run.earlierStart + cut;
  let laterStart = run.laterStart + cut;
  let length = run.length - cut;
  if (length <= 0) return undefined;
  while (
    earlierStart > floorEnd.earlier &&
    laterStart > floorEnd.later &&
    earlier[earlierStart - 1] === later[laterStart - 1]
  ) {
    earlierStart--;
    laterStart--;
    length++;
  }
  while (earlier[earlierStart + length] !== undefined && earlier[earlierStart + length] === later[laterStart + length])
    length++;
  return snapToCharacters(earlier, { earlierStart, laterStart, length });
}

/** Never start or end a passage inside a surrogate pair: growing compares UTF-16 units. */
function snapToCharacters(text: string, run: Run): Run | undefined {
  const isLow = (index: number) => {
    const code = text.charCodeAt(index);
    return code >= 0xdc00 && code <= 0xdfff;
  };
  const skip = isLow(run.earlierStart) ? 1 : 0;
  const trim = isLow(run.earlierStart + run.length) ? 1 : 0;
  const length = run.length - skip - trim;
  if (length <= 0) return undefined;
  return { earlierStart: run.earlierStart + skip, laterStart: run.laterStart + skip, length };
}

function countCharacters(text: string): number {
  let count = 0;
  for (const _character of text) count++;
  return count;
}

/** The ranges sorted, overlapping ones joined; touching ones stay apart, as passages of their own. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const merged: TextRange[] = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1])) {
    const last = merged.at(-1);
    if (last && start < last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

export interface SharedPiece {
  text: string;
  /** Repeated word for word in the other reply: the page marks it. */
  shared: boolean;
}

/** The text cut at the ranges into pieces that together are the text, the ranges marked shared. */
export function cutAtRanges(text: string, ranges: readonly TextRange[]): SharedPiece[] {
  const pieces: SharedPiece[] = [];
  let at = 0;
  for (const [start, end] of mergeRanges(ranges)) {
    const from = Math.max(start, at);
    const to = Math.min(end, text.length);
    if (from >= to) continue;
    if (from > at) pieces.push({ text: text.slice(at, from), shared: false });
    pieces.push({ text: text.slice(from, to), shared: true });
    at = to;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), shared: false });
  return pieces;
}
