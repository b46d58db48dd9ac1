// The searchable parts of a reply: its printed heading, its blocks and its footnotes,
// each with the anchor a search result links to. "A reply contains the query" means one
// of these parts does: a query never matches across two of them.
import type { Block, BlockType, SubmissionEntry } from '../../schema.ts';
import { replyAnchor, reportSlug } from '../../urls.ts';
import { normalizeForSearch } from './normalize.ts';

/** A searchable part of a reply: its printed heading, a block, or a footnote. */
export interface SearchUnit {
  /** Anchor on the respondent's page: the reply itself for its printed heading, else the block or footnote. */
  anchor: string;
  /** "title" is the reply's printed heading; the others are block types, or a footnote. */
  kind: 'title' | BlockType | 'footnote';
  /** Where the part stands among its kind, as the page numbers it: paragraph 3, sub-heading 1, footnote 2. */
  number?: number;
  /** The text as printed. */
  text: string;
  /** The resolutions and instruments a block names, "kind:ref" with where: how a name's other forms (《公约》) are found in it. */
  mentions?: [string, number, number][];
}

/** What names search can find a block by: its resolution and instrument mentions (mark-mentions.ts). */
function mentionsOf(block: Block): Pick<SearchUnit, 'mentions'> {
  const named = block.mentions.filter((mention) => mention.kind === 'resolution' || mention.kind === 'instrument');
  return named.length > 0
    ? {
        mentions: named.map((mention): [string, number, number] => [
          `${mention.kind}:${mention.ref}`,
          mention.start,
          mention.end,
        ]),
      }
    : {};
}

/** The printed heading, then the blocks, then the footnotes: the text "a reply contains". */
export function searchUnits(submission: SubmissionEntry): SearchUnit[] {
  let headings = 0;
  return [
    { anchor: replyAnchor({ slug: reportSlug(submission.report) }), kind: 'title', text: submission.heading },
    ...submission.blocks.map((block): SearchUnit => ({
      anchor: block.id,
      kind: block.type,
      number: block.type === 'heading' ? ++headings : block.number!,
      text: block.text,
      ...mentionsOf(block),
    })),
    ...submission.footnotes.map((footnote, index): SearchUnit => ({
      anchor: footnote.id,
      kind: 'footnote',
      number: index + 1,
      text: footnote.text,
    })),
  ];
}

/** The normalized text of each searchable part: what queries are compared with. */
export function normalizedUnitTexts(submission: SubmissionEntry): string[] {
  return searchUnits(submission).map((unit) => normalizeForSearch(unit.text));
}
