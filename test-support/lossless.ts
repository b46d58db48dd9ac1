// The lossless check, shared by the whole-report tests and the fuzz tests:
// every character of a source, apart from page furniture, link lines, headings
// and the language and date lines, is in the output exactly once, in order.
import type { Block, Footnote } from '../src/lib/schema.ts';
import type { ParsedReport } from '../src/lib/parse/parse-report.ts';

// The lines the output does not carry as text, recognised here independently of the parser.
const FURNITURE =
  /^\s*(A\/\d+\/\d+|\d{2}-\d{5}\s+\d+\/\d+|\d+\/\d+\s+\d{2}-\d{5}|\d{2}-\d{5}(\s*\([A-Z]\))?(\s*\d+)?|_{3,})\s*$/;
const LINK = /^https?:\/\/\S+$/;
const SECTION = /^\s*([一二三四五六七八九十]+|[A-Z])\s*[.．]\s*\S.{0,40}$/;
const LANGUAGE_OR_DATE = /^\s*\[[^\]]*\]\s*$/;

export const stripSpace = (text: string) => text.replace(/\s+/g, '');

function withMarks(block: Block): string {
  let text = block.text;
  for (const ref of [...block.footnoteRefs].reverse())
    text = text.slice(0, ref.offset) + ref.marker + text.slice(ref.offset);
  return (block.marker ?? '') + text;
}

const sortedChars = (text: string) => [...text].sort().join('');

/** needle's characters appear in haystack in the same order. */
function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0;
  for (const char of needle) {
    at = haystack.indexOf(char, at);
    if (at < 0) return false;
    at += char.length;
  }
  return true;
}

export interface LosslessReport {
  /** Kept source characters, white space removed. */
  source: string;
  /** Text of all blocks (with marks) in document order. */
  blocks: string;
  /** Text of all footnotes (with marks) in source order. */
  footnotes: string;
  /** Nothing lost or invented, and each stream in source order. */
  holds: boolean;
}

export function checkLossless(text: string, parsed: ParsedReport): LosslessReport {
  const sourceLines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const headingLines = new Set(parsed.submissions.map((each) => each.source.startLine));
  const kept = sourceLines.filter(
    (line, index) =>
      !headingLines.has(index + 1) &&
      !FURNITURE.test(line) &&
      !LINK.test(line.trim()) &&
      !SECTION.test(line) &&
      !LANGUAGE_OR_DATE.test(line),
  );
  const source = stripSpace(kept.join(''));
  const blocks = stripSpace(
    [...parsed.report.intro, ...parsed.submissions.flatMap((each) => each.blocks)].map(withMarks).join(''),
  );
  const footnoteText = (note: Footnote) => note.marker + note.text;
  const footnotes = stripSpace(
    parsed.submissions
      .flatMap((each) => each.footnotes)
      .sort((a, b) => a.source.startLine - b.source.startLine)
      .map(footnoteText)
      .join(''),
  );
  const holds =
    sortedChars(blocks + footnotes) === sortedChars(source) &&
    isSubsequence(blocks, source) &&
    isSubsequence(footnotes, source);
  return { source, blocks, footnotes, holds };
}
