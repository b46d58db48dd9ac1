// A block's text cut at its footnote marks, so a page can link each mark.
import type { Block } from '../schema.ts';

export type Segment = { kind: 'text'; text: string } | { kind: 'ref'; marker: string; footnote: string };

export function blockSegments(block: Pick<Block, 'text' | 'footnoteRefs'>): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const ref of [...block.footnoteRefs].sort((a, b) => a.offset - b.offset)) {
    if (ref.offset > at) segments.push({ kind: 'text', text: block.text.slice(at, ref.offset) });
    segments.push({ kind: 'ref', marker: ref.marker, footnote: ref.footnote });
    at = ref.offset;
  }
  if (at < block.text.length) segments.push({ kind: 'text', text: block.text.slice(at) });
  return segments;
}

/** The visible number of a paragraph or item: "a-73-112-p3" → "3"; headings have none. */
export function paragraphNumber(blockId: string): string | undefined {
  return /-p(\d+)$/.exec(blockId)?.[1];
}
