// Where a reply contains the query, and the excerpts the search page shows for it:
// the text as printed around each match, with the match marked. Pure: the page turns
// the pieces into text nodes and <mark> elements, never into HTML.
import { findInOriginal, mayContain, normalizeWithOffsets } from '../text/normalize.ts';
import type { SearchUnit } from '../text/search-units.ts';

export interface UnitHit {
  unit: SearchUnit;
  /** [start, end) ranges of unit.text that match, in order, overlaps merged. */
  ranges: [number, number][];
}

/** The units of a reply that contain the normalized query, in reading order. */
export function findHits(units: readonly SearchUnit[], normalizedQuery: string): UnitHit[] {
  if (!normalizedQuery) return [];
  return units
    .filter((unit) => mayContain(unit.text, normalizedQuery))
    .map((unit) => ({ unit, ranges: mergeRanges(findInOriginal(normalizeWithOffsets(unit.text), normalizedQuery)) }))
    .filter((hit) => hit.ranges.length > 0);
}

/** The units of a reply that contain any of the normalized needles (the names of one thing), every match marked. */
export function findHitsOfAny(units: readonly SearchUnit[], needles: readonly string[]): UnitHit[] {
  const wanted = needles.filter(Boolean);
  return units
    .filter((unit) => wanted.some((needle) => mayContain(unit.text, needle)))
    .map((unit) => {
      const normalized = normalizeWithOffsets(unit.text);
      const ranges = wanted
        .flatMap((needle) => findInOriginal(normalized, needle))
        .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      return { unit, ranges: mergeRanges(ranges) };
    })
    .filter((hit) => hit.ranges.length > 0);
}

/** The units that mention any of the names ("instrument:cwc"), the mentions marked: a name's forms the text does not spell (《修正案》). */
export function findMentionHits(units: readonly SearchUnit[], names: readonly string[]): UnitHit[] {
  return units.flatMap((unit) => {
    const ranges = (unit.mentions ?? [])
      .filter(([name]) => names.includes(name))
      .map(([, start, end]): [number, number] => [start, end]);
    return ranges.length > 0 ? [{ unit, ranges: mergeRanges(ranges.sort((a, b) => a[0] - b[0])) }] : [];
  });
}

/** Hits of two kinds in one list: each unit once, in reading order, its ranges merged. */
export function mergeHits(units: readonly SearchUnit[], ...lists: readonly UnitHit[][]): UnitHit[] {
  return units.flatMap((unit) => {
    const hits = lists.flatMap((list) => list.filter((hit) => hit.unit === unit));
    const ranges = hits.flatMap((hit) => hit.ranges).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    return hits.length > 0 ? [{ unit, ranges: mergeRanges(ranges) }] : [];
  });
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

export interface ExcerptPiece {
  text: string;
  marked: boolean;
}

/**
 * The text around the first match, `context` characters either side, "…" where the
 * text goes on, and every match inside marked.
 */
export function buildExcerpt(text: string, ranges: readonly [number, number][], context = 40): ExcerptPiece[] {
  const first = ranges[0];
  if (!first) return [{ text: clip(text, 0, context * 2), marked: false }];
  const from = snapToCharacter(text, Math.max(0, first[0] - context));
  const to = snapToCharacter(text, Math.min(text.length, first[1] + context));
  const pieces: ExcerptPiece[] = from > 0 ? [{ text: '…', marked: false }] : [];
  let at = from;
  for (const [start, end] of ranges) {
    const markFrom = Math.max(start, at);
    const markTo = Math.min(end, to);
    if (markFrom >= markTo) continue;
    if (markFrom > at) pieces.push({ text: text.slice(at, markFrom), marked: false });
    pieces.push({ text: text.slice(markFrom, markTo), marked: true });
    at = markTo;
  }
  if (at < to) pieces.push({ text: text.slice(at, to), marked: false });
  if (to < text.length) pieces.push({ text: '…', marked: false });
  return pieces;
}

function clip(text: string, from: number, to: number): string {
  const end = snapToCharacter(text, Math.min(text.length, to));
  return text.slice(from, end) + (end < text.length ? '…' : '');
}

/** Never cut a surrogate pair in two. */
function snapToCharacter(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return index > 0 && index < text.length && code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}
