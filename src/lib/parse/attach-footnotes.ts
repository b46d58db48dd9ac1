// Each footnote belongs to the reply whose text holds its mark, wherever the
// footnote itself is printed: a page's footnotes can sit under the next reply.
import type { FootnoteDraft } from './split-footnotes.ts';
import { ParseError } from './parse-error.ts';

export interface MarkSite {
  marker: string;
  /** Source line of the mark. */
  line: number;
  reply: number;
  /** Index of the block holding the mark, or "heading". */
  block: number | 'heading';
}

export interface Attachment {
  footnote: FootnoteDraft;
  site: MarkSite;
}

/** "∗" (U+2217) and "*" are the same mark set in different fonts. */
function sameMark(a: string, b: string): boolean {
  const normal = (mark: string) => mark.replace('∗', '*');
  return normal(a) === normal(b);
}

/** Footnotes are printed in the order of their marks: each takes the earliest open mark like it. */
export function attachFootnotes(
  sites: readonly MarkSite[],
  footnotes: readonly FootnoteDraft[],
  file: string,
): Attachment[] {
  const open = [...sites].sort((a, b) => a.line - b.line);
  const attachments = footnotes.map((footnote) => {
    if (footnote.lines.length === 0)
      throw new ParseError(
        file,
        footnote.markerLine,
        `footnote "${footnote.marker}" has no text: expected the footnote's text after its mark`,
      );
    const at = open.findIndex((site) => site.line < footnote.markerLine && sameMark(site.marker, footnote.marker));
    if (at < 0) {
      throw new ParseError(
        file,
        footnote.markerLine,
        `footnote "${footnote.marker}" has no mark in the text before it: expected "${footnote.marker}" after a heading or on its own line after the text it annotates`,
      );
    }
    const [site] = open.splice(at, 1);
    return { footnote, site: site! };
  });
  const unmatched = open[0];
  if (unmatched) {
    throw new ParseError(
      file,
      unmatched.line,
      `footnote mark "${unmatched.marker}" has no footnote: expected a footnote with this mark below a ____ rule`,
    );
  }
  return attachments;
}
