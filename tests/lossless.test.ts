// Nothing lost, nothing invented: every character of a source, apart from page
// furniture, link lines, headings and the language and date lines, is in the
// output exactly once, and the output holds nothing the source lacks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Block, Footnote } from '../src/lib/schema.ts';
import { parseSource, SOURCES } from './helpers/load.ts';

// The lines the output does not carry as text, recognised here independently of the parser.
const FURNITURE = /^\s*(A\/\d+\/\d+|\d{2}-\d{5}\s+\d+\/\d+|\d+\/\d+\s+\d{2}-\d{5}|\d{2}-\d{5}\s*\([A-Z]\)\s*\d+|_{3,})\s*$/;
const LINK = /^https?:\/\/\S+$/;
const SECTION = /^\s*([一二三四五六七八九十]+|[A-Z])\.\s*\S+\s*$/;
const LANGUAGE_OR_DATE = /^\s*\[[^\]]*\]\s*$/;

const strip = (text: string) => text.replace(/\s+/g, '');

function withMarks(block: Block): string {
  let text = block.text;
  for (const ref of [...block.footnoteRefs].reverse()) text = text.slice(0, ref.offset) + ref.marker + text.slice(ref.offset);
  return (block.marker ?? '') + text;
}
const footnoteText = (note: Footnote) => note.marker + note.text;

function sortedChars(text: string): string {
  return [...text].sort().join('');
}

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

describe.each(Object.keys(SOURCES) as (keyof typeof SOURCES)[])('%s', (symbol) => {
  const { report, submissions } = parseSource(symbol);
  const sourceLines = readFileSync(SOURCES[symbol], 'utf8').split('\n');
  const headingLines = new Set(submissions.map((each) => each.source.startLine));

  const kept = sourceLines
    .filter((line, index) => !headingLines.has(index + 1) && !FURNITURE.test(line) && !LINK.test(line) && !SECTION.test(line) && !LANGUAGE_OR_DATE.test(line))
    .join('');
  const source = strip(kept);
  const blocks = strip([...report.intro, ...submissions.flatMap((each) => each.blocks)].map(withMarks).join(''));
  const footnotes = strip(submissions.flatMap((each) => each.footnotes).sort((a, b) => a.source.startLine - b.source.startLine).map(footnoteText).join(''));

  it('drops only heading lines that are the reply headings as printed', () => {
    for (const each of submissions) {
      const printed = strip(sourceLines[each.source.startLine - 1]!);
      expect(printed.replace(/[*∗]$/, '').endsWith(strip(each.heading).replace(/^从(.+)收到的答复$/, '$1收到的答复'))).toBe(true);
    }
  });

  it('holds every kept source character exactly once across blocks and footnotes', () => {
    expect(sortedChars(blocks + footnotes)).toBe(sortedChars(source));
  });

  it('keeps the source order within the text and within the footnotes', () => {
    expect(isSubsequence(blocks, source)).toBe(true);
    expect(isSubsequence(footnotes, source)).toBe(true);
  });

  it('has nothing in the text that the source lacks', () => {
    expect(source.length).toBe(blocks.length + footnotes.length);
  });
});
