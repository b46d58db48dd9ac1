// A reply's blocks → its sections (the blocks under each sub-heading, and the opening before
// the first), and which sections of two replies correspond: the compare page pairs paragraphs
// by place only inside corresponding sections.
import type { Block } from '../schema.ts';

/** Blocks [start, end) of one reply: a sub-heading at start with the blocks under it, or the opening (no heading). */
export interface Section {
  start: number;
  end: number;
  /** Its heading's index (start); undefined for the opening. */
  heading?: number;
}

export function sectionsOf(blocks: readonly Pick<Block, 'type'>[]): Section[] {
  const sections: Section[] = [];
  blocks.forEach((block, index) => {
    if (block.type === 'heading') sections.push({ start: index, end: index + 1, heading: index });
    else if (sections.length === 0) sections.push({ start: index, end: index + 1 });
    else sections.at(-1)!.end = index + 1;
  });
  return sections;
}

/**
 * Sections that correspond: those whose headings pair (the same heading); where, between two
 * such pairs (or before the first, or after the last), each reply has exactly one section
 * left, those two (NATO's 2011 section 大规模毁灭性武器的扩散 and its 2018 opening, which has
 * no heading); and the two openings, which both say who replies and why.
 */
export function correspondingSections(
  earlier: readonly Section[],
  later: readonly Section[],
  headingPairs: readonly [number, number][],
): { earlier: Section; later: Section; sameHeading: boolean }[] {
  const sectionAt = (sections: readonly Section[], heading: number) =>
    sections.findIndex((section) => section.heading === heading);
  const anchors = [...headingPairs]
    .sort((a, b) => a[0] - b[0])
    .map(([e, l]) => [sectionAt(earlier, e), sectionAt(later, l)] as const);
  const pairs: { earlier: Section; later: Section; sameHeading: boolean }[] = [];
  const bounds = [[-1, -1] as const, ...anchors, [earlier.length, later.length] as const];
  for (let index = 0; index + 1 < bounds.length; index++) {
    const [fromEarlier, fromLater] = bounds[index]!;
    const [toEarlier, toLater] = bounds[index + 1]!;
    const leftEarlier = earlier.slice(fromEarlier + 1, toEarlier);
    const leftLater = later.slice(fromLater + 1, toLater);
    if (leftEarlier.length === 1 && leftLater.length === 1)
      pairs.push({ earlier: leftEarlier[0]!, later: leftLater[0]!, sameHeading: false });
    else {
      const openingEarlier = leftEarlier.find((section) => section.heading === undefined);
      const openingLater = leftLater.find((section) => section.heading === undefined);
      if (openingEarlier && openingLater)
        pairs.push({ earlier: openingEarlier, later: openingLater, sameHeading: false });
    }
    if (index + 1 < bounds.length - 1)
      pairs.push({ earlier: earlier[toEarlier]!, later: later[toLater]!, sameHeading: true });
  }
  return pairs;
}
