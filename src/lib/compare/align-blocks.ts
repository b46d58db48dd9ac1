// Two replies' blocks → rows that set blocks a reader would read together side by side, with
// every block of both on exactly one row and each column reading as its reply reads: pairs
// never cross, so a paragraph stays under its own heading. A reader pairs by four things,
// tried in this order (each pair found may not cross one found before it):
//   1. the same heading: sub-headings that resemble each other;
//   2. the same wording: blocks that resemble each other, or repeat a clause word for word;
//   3. the same subject: under two paired headings, paragraphs that resemble each other less;
//   4. the same place: in corresponding sections (reply-sections.ts), the first paragraphs
//      after the same pair (or the section's start), the last before the same pair (or its
//      end), and list items at the same position in their lists, if they share some wording.
import type { Block } from '../schema.ts';
import { bigramSimilarity } from './bigram-similarity.ts';
import { correspondingSections, sectionsOf, type Section } from './reply-sections.ts';
import { findSharedPassages, SHARED_CLAUSE_LENGTH } from './shared-passages.ts';

export type AlignableBlock = Pick<Block, 'id' | 'type' | 'text'> & Partial<Pick<Block, 'level'>>;

/** Why two blocks stand on one row; see the rules above. */
export type PairedBy = 'heading' | 'wording' | 'subject' | 'place';

/** One row of the comparison: a pair of blocks, or a block of one reply alone. */
export interface AlignedRow<B extends AlignableBlock = AlignableBlock> {
  earlier?: B;
  later?: B;
  /** bigramSimilarity of the pair; 0 for a block alone. */
  similarity: number;
  /** Which rule paired them; absent for a block alone. */
  pairedBy?: PairedBy;
}

/**
 * Two blocks resemble each other from this bigram similarity up. Measured on the six
 * respondents that replied in both years (independent translations, often rewritten):
 * the pairs a reader would agree on score 0.31 (UNODC's opening paragraphs, both on the
 * legal instruments it promotes), 0.33 (NATO's headings 科技合作 / 科学合作) and more;
 * blocks that say different things score at most 0.27 (CSTO 2018 ¶1 beside 2011 ¶5),
 * headings 0.25 (与伙伴的合作 / 科学合作).
 */
export const PAIRING_THRESHOLD = 0.3;

/**
 * Under two paired headings the paragraphs speak of one subject, and a weaker likeness
 * tells which: NATO's paragraphs on its CBRN defence task force score 0.19 (the 2018 one
 * three times as long), the paragraphs that open its CBRN sections 0.22, while no two of
 * its paragraphs under different headings that a reader would keep apart score more than
 * 0.22 against each other (2011 ¶2 beside 2018 ¶5) — hence only under paired headings.
 */
export const SAME_SUBJECT_THRESHOLD = 0.15;

/**
 * Two paragraphs in the same place still need some wording in common: UNODC's closing
 * paragraphs share none (0: its 2011 legal tools, a 2018 workshop in Kyiv) and stay apart;
 * the place pairs read as counterparts among the six respondents score 0.08 (El Salvador's
 * last paragraphs, both on its national law) and more.
 */
export const SAME_PLACE_FLOOR = 0.05;

interface Pairing {
  earlierIndex: number;
  laterIndex: number;
  similarity: number;
  pairedBy: PairedBy;
}

export function alignBlocks<B extends AlignableBlock>(
  earlier: readonly B[],
  later: readonly B[],
  threshold = PAIRING_THRESHOLD,
): AlignedRow<B>[] {
  const pairings: Pairing[] = [];
  const add = (found: Pairing[]) => pairings.push(...found);
  add(
    pairAlike(earlier, later, pairings, 'heading', threshold, (e, l) => e.type === 'heading' && l.type === 'heading'),
  );
  add(pairAlike(earlier, later, pairings, 'wording', threshold, () => true));
  const sections = correspondingSections(
    sectionsOf(earlier),
    sectionsOf(later),
    pairings.filter((pairing) => pairing.pairedBy === 'heading').map((p) => [p.earlierIndex, p.laterIndex]),
  );
  for (const { earlier: inEarlier, later: inLater, sameHeading } of sections) {
    if (!sameHeading) continue;
    const within = (e: number, l: number) => inSection(inEarlier, e) && inSection(inLater, l);
    const subject = (e: number, l: number) =>
      within(e, l) && earlier[e]!.type !== 'heading' && later[l]!.type !== 'heading';
    add(pairAlike(earlier, later, pairings, 'subject', SAME_SUBJECT_THRESHOLD, (_a, _b, e, l) => subject(e, l)));
  }
  for (const section of sections) add(pairByPlace(earlier, later, pairings, section));
  return rowsOf(earlier, later, pairings);
}

const inSection = (section: Section, index: number) => index >= section.start && index < section.end;

/** True if a pair (e, l) would cross or share a block with one already made. */
function crosses(pairings: readonly Pairing[], e: number, l: number): boolean {
  return pairings.some((p) => p.earlierIndex === e || p.laterIndex === l || p.earlierIndex < e !== p.laterIndex < l);
}

/**
 * Pairs of blocks alike enough (or repeating a clause, for 'wording'), taken greedily from
 * the most similar down, each kept only if it crosses no pair made before: a block rarely
 * resembles two others well, and greedy keeps the rule easy to state. Headings meet
 * paragraphs only among the blocks left over; ties go to the pair whose places in their
 * replies are closest, so identical replies pair 1:1.
 */
function pairAlike<B extends AlignableBlock>(
  earlier: readonly B[],
  later: readonly B[],
  made: readonly Pairing[],
  pairedBy: PairedBy,
  threshold: number,
  allowed: (e: B, l: B, earlierIndex: number, laterIndex: number) => boolean,
): Pairing[] {
  const candidates: (Pairing & { sameKind: boolean; distance: number })[] = [];
  earlier.forEach((earlierBlock, earlierIndex) => {
    later.forEach((laterBlock, laterIndex) => {
      if (!allowed(earlierBlock, laterBlock, earlierIndex, laterIndex)) return;
      const similarity = bigramSimilarity(earlierBlock.text, laterBlock.text);
      const alike = similarity >= threshold || (pairedBy === 'wording' && sharesClause(earlierBlock, laterBlock));
      if (!alike) return;
      const sameKind = (earlierBlock.type === 'heading') === (laterBlock.type === 'heading');
      const distance = Math.abs(earlierIndex / earlier.length - laterIndex / later.length);
      candidates.push({ earlierIndex, laterIndex, similarity, pairedBy, sameKind, distance });
    });
  });
  candidates.sort(
    (a, b) =>
      Number(b.sameKind) - Number(a.sameKind) ||
      b.similarity - a.similarity ||
      a.distance - b.distance ||
      a.laterIndex - b.laterIndex ||
      a.earlierIndex - b.earlierIndex,
  );
  const taken = [...made];
  for (const { earlierIndex, laterIndex, similarity } of candidates) {
    if (crosses(taken, earlierIndex, laterIndex)) continue;
    taken.push({ earlierIndex, laterIndex, similarity, pairedBy });
  }
  return taken.slice(made.length);
}

/** A clause of SHARED_CLAUSE_LENGTH characters that both blocks print word for word. */
function sharesClause(earlier: AlignableBlock, later: AlignableBlock): boolean {
  return findSharedPassages(earlier.text, later.text, SHARED_CLAUSE_LENGTH).earlier.length > 0;
}

/**
 * Rule 4, in one pair of corresponding sections: between each two pairs made (or a
 * section's ends), the first paragraphs left on both sides pair, and the last ones; list
 * items left on both sides pair by their position, first with first, as far as both go.
 */
function pairByPlace<B extends AlignableBlock>(
  earlier: readonly B[],
  later: readonly B[],
  made: readonly Pairing[],
  sections: { earlier: Section; later: Section },
): Pairing[] {
  const inside = made
    .filter((p) => inSection(sections.earlier, p.earlierIndex) && inSection(sections.later, p.laterIndex))
    .sort((a, b) => a.earlierIndex - b.earlierIndex);
  const bounds = [
    [sections.earlier.start - 1, sections.later.start - 1],
    ...inside.map((p) => [p.earlierIndex, p.laterIndex]),
    [sections.earlier.end, sections.later.end],
  ];
  const pairedEarlier = new Set(made.map((p) => p.earlierIndex));
  const pairedLater = new Set(made.map((p) => p.laterIndex));
  /** Blocks of one type between two bounds that no pair holds yet. */
  const free = (blocks: readonly B[], paired: ReadonlySet<number>, from: number, to: number, type: Block['type']) =>
    range(from + 1, to).filter((at) => blocks[at]!.type === type && !paired.has(at));
  const found: Pairing[] = [];
  for (let index = 0; index + 1 < bounds.length; index++) {
    const [e0, l0] = bounds[index]! as [number, number];
    const [e1, l1] = bounds[index + 1]! as [number, number];
    const paragraphs = [
      free(earlier, pairedEarlier, e0, e1, 'paragraph'),
      free(later, pairedLater, l0, l1, 'paragraph'),
    ] as const;
    const items = [free(earlier, pairedEarlier, e0, e1, 'item'), free(later, pairedLater, l0, l1, 'item')] as const;
    const pairs: [number | undefined, number | undefined][] = [
      [paragraphs[0][0], paragraphs[1][0]],
      [paragraphs[0].at(-1), paragraphs[1].at(-1)],
      ...items[0].map((at, position) => [at, items[1][position]] as [number, number | undefined]),
    ];
    for (const [e, l] of pairs) {
      if (e === undefined || l === undefined || crosses([...made, ...found], e, l)) continue;
      const similarity = bigramSimilarity(earlier[e]!.text, later[l]!.text);
      if (similarity >= SAME_PLACE_FLOOR) found.push({ earlierIndex: e, laterIndex: l, similarity, pairedBy: 'place' });
    }
  }
  return found;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, offset) => from + offset);
}

/**
 * The rows, both replies in their order. Between two pairs, the blocks alone: first those
 * of each reply that come before a sub-heading (earlier reply first), so that they stay
 * under the heading above them; then the rest, each sub-heading with the blocks under it.
 */
function rowsOf<B extends AlignableBlock>(
  earlier: readonly B[],
  later: readonly B[],
  pairings: readonly Pairing[],
): AlignedRow<B>[] {
  const sorted = [...pairings].sort((a, b) => a.earlierIndex - b.earlierIndex);
  const rows: AlignedRow<B>[] = [];
  let e = 0;
  let l = 0;
  const alone = (until: { earlier: number; later: number }) => {
    const beforeHeading = (blocks: readonly B[], from: number, to: number) => {
      const heading = range(from, to).find((at) => blocks[at]!.type === 'heading');
      return heading ?? to;
    };
    const earlierSplit = beforeHeading(earlier, e, until.earlier);
    const laterSplit = beforeHeading(later, l, until.later);
    for (const at of range(e, earlierSplit)) rows.push({ earlier: earlier[at]!, similarity: 0 });
    for (const at of range(l, laterSplit)) rows.push({ later: later[at]!, similarity: 0 });
    for (const at of range(earlierSplit, until.earlier)) rows.push({ earlier: earlier[at]!, similarity: 0 });
    for (const at of range(laterSplit, until.later)) rows.push({ later: later[at]!, similarity: 0 });
  };
  for (const pairing of sorted) {
    alone({ earlier: pairing.earlierIndex, later: pairing.laterIndex });
    const { similarity, pairedBy } = pairing;
    rows.push({ earlier: earlier[pairing.earlierIndex]!, later: later[pairing.laterIndex]!, similarity, pairedBy });
    e = pairing.earlierIndex + 1;
    l = pairing.laterIndex + 1;
  }
  alone({ earlier: earlier.length, later: later.length });
  return rows;
}
