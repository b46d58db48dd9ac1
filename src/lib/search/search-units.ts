// The searchable parts of a reply: its printed heading, its blocks and its footnotes,
// each with the anchor a search result links to. "A reply contains the query" means one
// of these parts does: a query never matches across two of them.
import type { BlockType, Submission } from '../schema.ts';

/** A searchable part of a reply: its printed heading, a block, or a footnote. */
export interface SearchUnit {
  /** Anchor on the respondent's page: the reply itself for its printed heading, else the block or footnote. */
  anchor: string;
  /** "title" is the reply's printed heading; the others are block types, or a footnote. */
  kind: 'title' | BlockType | 'footnote';
  /** The text as printed. */
  text: string;
}

/** The printed heading, then the blocks, then the footnotes: the text "a reply contains". */
export function searchUnits(submission: Submission): SearchUnit[] {
  return [
    { anchor: replyAnchor(submission), kind: 'title', text: submission.heading },
    ...submission.blocks.map((block): SearchUnit => ({ anchor: block.id, kind: block.type, text: block.text })),
    ...submission.footnotes.map((footnote): SearchUnit => ({
      anchor: footnote.id,
      kind: 'footnote',
      text: footnote.text,
    })),
  ];
}

/** "/states/cuba/#a-73-112" → "a-73-112". */
export function replyAnchor(submission: Pick<Submission, 'url'>): string {
  return submission.url.slice(submission.url.indexOf('#') + 1);
}
