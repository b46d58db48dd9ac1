// A respondent's two replies → the rows of its compare page: the blocks aligned, each
// with the passages of its text that the other reply repeats word for word.
import { alignBlocks, type AlignableBlock, type AlignedRow } from './align-blocks.ts';
import { findSharedPassages, mergeRanges, SHARED_CLAUSE_LENGTH, type SharedPassages } from './shared-passages.ts';

/**
 * The shortest passage, in characters, that marks a block alone: a clause (shared-passages.ts).
 * Such a block meets every block of the other reply, so names come up again and again.
 */
export const ALONE_MIN_SHARED_LENGTH = SHARED_CLAUSE_LENGTH;

export interface ComparedRow<B extends AlignableBlock = AlignableBlock> extends AlignedRow<B> {
  /** Ranges of earlier.text and of later.text to mark as repeated, in order, not overlapping; empty for a side without a block. */
  shared: SharedPassages;
}

/**
 * The aligned rows with their marks. In a row of two blocks a mark is a passage the
 * block beside repeats. A block alone is compared with every block of the other reply,
 * because a paragraph that was split, merged or rewritten around a kept sentence finds
 * no partner; its marks are clauses (ALONE_MIN_SHARED_LENGTH) repeated somewhere in the
 * other reply. The block holding such a clause is marked too if it is alone, but not if
 * it has a partner, so that every mark in a row of two has its counterpart beside it.
 */
export function compareReplies<B extends AlignableBlock>(earlier: readonly B[], later: readonly B[]): ComparedRow<B>[] {
  const rows = alignBlocks(earlier, later);
  const marks = rows.map((row): SharedPassages =>
    row.earlier && row.later ? findSharedPassages(row.earlier.text, row.later.text) : { earlier: [], later: [] },
  );
  rows.forEach((row, index) => {
    if (row.earlier && !row.later) markAloneEarlier(rows, marks, index, row.earlier.text);
    if (row.later && !row.earlier) markAloneLater(rows, marks, index, row.later.text);
  });
  return rows.map((row, index) => ({
    ...row,
    shared: { earlier: mergeRanges(marks[index]!.earlier), later: mergeRanges(marks[index]!.later) },
  }));
}

/** An earlier block alone against every later block; a later block alone gets its marks here too. */
function markAloneEarlier(rows: readonly AlignedRow[], marks: SharedPassages[], index: number, text: string): void {
  rows.forEach((other, otherIndex) => {
    if (!other.later) return;
    const passages = findSharedPassages(text, other.later.text, ALONE_MIN_SHARED_LENGTH);
    marks[index]!.earlier.push(...passages.earlier);
    if (!other.earlier) marks[otherIndex]!.later.push(...passages.later);
  });
}

/** A later block alone against every earlier block with a partner (those alone were met above). */
function markAloneLater(rows: readonly AlignedRow[], marks: SharedPassages[], index: number, text: string): void {
  for (const other of rows) {
    if (!other.earlier || !other.later) continue;
    marks[index]!.later.push(...findSharedPassages(other.earlier.text, text, ALONE_MIN_SHARED_LENGTH).later);
  }
}
