// Lines → the same lines, the first text line after each page's furniture
// marked; and the rule build-blocks.ts reads that line's indentation by.
//
// A page break that prints its furniture (the running header "A/73/112", the
// footer "18-10827 10/19" or "11-39379 (C)16", the page's link-annotation
// lines) is set off from the text by blank lines, so the new page's first line
// touches nothing and is no seam (classify-lines.ts). It may carry the one
// extra space a page's first line carries at a seam, or not: the four such
// breaks in the two reports (A/73/112 pages 10, 15, 17; A/66/115 page 16) have
// none. The furniture is dropped like all furniture (split-footnotes.ts), and
// a reader of the PDF joins the text across it unless the text says that a
// new block starts there:
//
// - The line after is indented as a paragraph start once the page's extra
//   space is taken off (two spaces or more as printed), or it opens a list
//   item or a sub-heading (build-blocks.ts reads those as it does anywhere).
// - The line after is indented by one space (a paragraph start printed without
//   the extra space, or a flush continuation printed with it) and the block
//   before is finished: its text ends a sentence, or it is a sub-heading.
//
// Otherwise the line after continues the block before, sentence and all. A
// block keeps the page it starts on (find-pages.ts: proven by furniture).
// What this cannot tell: a page that breaks a paragraph right after a full
// stop, its next line one space in, reads as two paragraphs, as the text is
// the same as at the reports' own breaks between paragraphs.
import type { Line } from './classify-lines.ts';
import type { BlockDraft } from './block-draft.ts';
import { endsSentence } from './sentence-end.ts';

/** Marks the first text line after each run of page furniture (with its blank and link lines). */
export function markFurnitureBreaks(lines: readonly Line[]): Line[] {
  let afterFurniture = false;
  return lines.map((line) => {
    if (line.kind === 'furniture') afterFurniture = true;
    if (line.kind === 'furniture' || line.kind === 'blank' || line.kind === 'link') return line;
    const marked = afterFurniture && line.kind === 'text' && !line.seam;
    afterFurniture = false;
    return marked ? { ...line, afterFurniture: true } : line;
  });
}

/** Indentation of a page's first line after its furniture, as the rule above reads it. */
export function indentAfterFurniture(line: Line, afterFinishedBlock: boolean): number {
  if (line.indent === 1) return afterFinishedBlock ? 1 : 0;
  return Math.max(0, line.indent - 1);
}

/** The block before can take no more text: there is none, it is a sub-heading, or its text ends a sentence. */
export function isFinished(block: BlockDraft | undefined): boolean {
  if (!block || block.type === 'heading') return true;
  // Sub-headings are typed only once all blocks are read; until then they are unmarked blocks indented by two.
  if (!block.marker && block.indent >= 2) return true;
  return endsSentence(block.text);
}
