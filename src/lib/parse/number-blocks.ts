// Blocks → their ids and shown numbers. Paragraphs and items count together (p1, p2 …) and
// show their number; sub-headings count apart (h1, h2 …) and show none.
import type { BlockType, Report } from '../schema.ts';
import { blockId } from '../urls.ts';

export interface BlockNumber {
  id: string;
  /** The number shown beside the block; none for a sub-heading. */
  number?: number;
}

export function numberBlocks(types: readonly BlockType[], report: Pick<Report, 'slug'>): BlockNumber[] {
  let paragraphs = 0;
  let headings = 0;
  return types.map((type) =>
    type === 'heading'
      ? { id: blockId(report, type, ++headings) }
      : { id: blockId(report, type, ++paragraphs), number: paragraphs },
  );
}
