// Lines → the main text stream, the footnotes printed at page feet, and the
// PDF's link layer. Footnotes are cut out here and attached to their marks later,
// because a footnote is often printed inside the next reply's text.
import type { Line } from './classify-lines.ts';
import { ParseError } from './parse-error.ts';

export interface FootnoteLine {
  no: number;
  /** Text of the line, without the footnote's mark where the mark opens it. */
  text: string;
}

export interface FootnoteDraft {
  /** The mark as printed. */
  marker: string;
  /** Source line of the mark. */
  markerLine: number;
  lines: FootnoteLine[];
}

export interface LinkDraft {
  url: string;
  line: number;
}

export interface SplitSource {
  /** Main text lines: everything but blanks, furniture, links and footnote zones. */
  body: Line[];
  footnotes: FootnoteDraft[];
  links: LinkDraft[];
}

const INLINE_FOOTNOTE = /^([*∗]|\d{1,2})\s+(\S.*)$/;

export function splitFootnotes(lines: readonly Line[], file: string): SplitSource {
  const body: Line[] = [];
  const footnotes: FootnoteDraft[] = [];
  const links: LinkDraft[] = [];
  let inZone = false;

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.kind === 'link') {
      links.push({ url: line.text, line: line.no });
      continue;
    }
    if (inZone && endsFootnoteZone(line)) inZone = false;
    if (!inZone) {
      if (opensFootnoteZone(lines, index)) inZone = true;
      else {
        if (line.kind !== 'blank' && line.kind !== 'furniture') body.push(line);
        continue;
      }
    }
    addFootnoteLine(footnotes, line, file);
  }
  return { body, footnotes, links };
}

/** A footnote zone runs to the end of its page: a seam, page furniture or a structural line. */
function endsFootnoteZone(line: Line): boolean {
  if (line.seam || line.kind === 'furniture') return true;
  return line.kind === 'section' || line.kind === 'subsection' || line.kind === 'language' || line.kind === 'date';
}

/**
 * Footnotes begin at a ____ rule, at a long blank line followed by a footnote,
 * or at a mark on its own line that follows a blank line. A mark that touches
 * the text line before it is that text's superscript reference, not a footnote.
 */
function opensFootnoteZone(lines: readonly Line[], index: number): boolean {
  const line = lines[index]!;
  if (line.kind === 'separator') return true;
  if (line.kind === 'marker') return !line.touchesPrevious;
  if (line.kind === 'blank' && line.longBlank) {
    const next = lines.slice(index + 1).find((candidate) => candidate.kind !== 'blank');
    return next !== undefined && (next.kind === 'marker' || (next.kind === 'text' && INLINE_FOOTNOTE.test(next.text)));
  }
  return false;
}

function addFootnoteLine(footnotes: FootnoteDraft[], line: Line, file: string): void {
  if (line.kind === 'blank' || line.kind === 'separator') return;
  if (line.kind === 'marker') {
    footnotes.push({ marker: line.text, markerLine: line.no, lines: [] });
    return;
  }
  const current = footnotes.at(-1);
  const inline = INLINE_FOOTNOTE.exec(line.text);
  const startsNew = inline && line.indent > 0 && !(current && current.lines.length === 0);
  if (startsNew) {
    footnotes.push({ marker: inline[1]!, markerLine: line.no, lines: [{ no: line.no, text: inline[2]! }] });
    return;
  }
  if (!current) {
    throw new ParseError(
      file,
      line.no,
      'expected a footnote mark ("1", "*") before the footnote text below the ____ rule',
      line.raw,
    );
  }
  current.lines.push({ no: line.no, text: line.text });
}
