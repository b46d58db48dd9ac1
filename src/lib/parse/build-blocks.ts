// A reply's text lines → blocks: paragraphs, list items and sub-headings.
// A block starts where a line is indented (paragraphs are indented by one
// space, sub-headings by two) or opens with a list mark; an unindented line
// continues the block before it. Indentation is read with a page's extra
// space taken off (see classify-lines.ts and read-page-breaks.ts).
import { effectiveIndent, type Line } from './classify-lines.ts';
import { indentAfterFurniture, isFinished } from './read-page-breaks.ts';
import { joinLine } from './join-lines.ts';
import { endsWithPunctuation } from './sentence-end.ts';
import { ParseError } from './parse-error.ts';
import type { BlockType } from '../schema.ts';
import type { BlockDraft, MarkerKind } from './block-draft.ts';

const MARKERS: { kind: MarkerKind; pattern: RegExp; minIndent: number }[] = [
  // The bullet needs a space after it: "瓦莱利•萨曼利科夫" uses the same dot inside a name.
  { kind: 'bullet', pattern: /^([•●▪·])\s+(?=\S)/, minIndent: 0 },
  { kind: 'dash', pattern: /^([–])\s+(?=\S)/, minIndent: 1 },
  { kind: 'number', pattern: /^(\d{1,2}\.)\s+(?=\S)/, minIndent: 0 },
  { kind: 'letter', pattern: /^(\([a-z]\))\s+(?=\S)/, minIndent: 1 },
];

/** A sub-heading set flush left is short and ends in no punctuation. */
const FLUSH_HEADING_MAX = 40;

export interface BuildOptions {
  file: string;
  /** The introduction's numbered paragraphs are paragraphs, not list items. */
  numberedParagraphs?: boolean;
}

export function buildBlocks(lines: readonly Line[], options: BuildOptions): BlockDraft[] {
  const drafts: BlockDraft[] = [];
  const textLines = lines.filter((line) => line.kind !== 'marker');
  let textIndex = 0;
  for (const line of lines) {
    const current = drafts.at(-1);
    if (line.kind === 'marker') {
      if (!current)
        throw new ParseError(
          options.file,
          line.no,
          `a footnote mark "${line.text}" before any text: expected it right after the text it belongs to`,
          line.raw,
        );
      current.refs.push({ marker: line.text, offset: current.text.length, line: line.no });
      current.endLine = line.no;
      continue;
    }
    if (line.kind !== 'text') {
      throw new ParseError(options.file, line.no, `unexpected ${line.kind} line inside a reply`, line.raw);
    }
    const next = textLines[++textIndex];
    const start = startOfBlock(line, current, next);
    if (start) drafts.push(start);
    else {
      current!.text = joinLine(current!.text, line.text);
      current!.endLine = line.no;
    }
  }
  return classifyBlocks(drafts, options);
}

function startOfBlock(line: Line, current: BlockDraft | undefined, next: Line | undefined): BlockDraft | undefined {
  const previousComplete = isFinished(current);
  const indent = readIndent(line, previousComplete);
  const draft = (type: BlockType, text: string, marker?: { kind: MarkerKind; mark: string }): BlockDraft => ({
    type,
    ...(marker ? { marker: marker.mark, markerKind: marker.kind } : {}),
    level: 1,
    text,
    refs: [],
    startLine: line.no,
    endLine: line.no,
    indent,
  });
  for (const { kind, pattern, minIndent } of MARKERS) {
    const match = pattern.exec(line.text);
    // An unindented "12. " only opens a block after a finished sentence.
    if (match && indent >= minIndent && (indent > 0 || kind === 'bullet' || previousComplete)) {
      return draft('item', line.text.slice(match[0].length), { kind, mark: match[1]! });
    }
  }
  if (indent > 0) return draft('paragraph', line.text);
  if (previousComplete && isFlushHeading(line, next)) return draft('heading', line.text);
  if (!current) return draft('paragraph', line.text);
  return undefined;
}

/** Indentation with a page's extra space taken off; after furniture, as read-page-breaks.ts reads it. */
function readIndent(line: Line, afterFinishedBlock: boolean): number {
  return line.afterFurniture ? indentAfterFurniture(line, afterFinishedBlock) : effectiveIndent(line);
}

/** NATO 2011 sets its sub-headings flush left, like continuation lines: short, unpunctuated, followed by a new block. */
function isFlushHeading(line: Line, next: Line | undefined): boolean {
  if (line.text.length > FLUSH_HEADING_MAX || endsWithPunctuation(line.text)) return false;
  if (!next) return false;
  // This line ends no sentence, so a page's first line after it counts as indented only beyond the page's extra space.
  return readIndent(next, false) > 0 || MARKERS.some(({ pattern }) => pattern.test(next.text));
}

function classifyBlocks(drafts: BlockDraft[], options: BuildOptions): BlockDraft[] {
  const typed = drafts.map((draft, index) => ({ ...draft, type: blockType(draft, drafts[index + 1], options) }));
  return assignLevels(typed);
}

function blockType(draft: BlockDraft, next: BlockDraft | undefined, options: BuildOptions): BlockType {
  if (draft.type === 'heading') return 'heading';
  if (!draft.marker) return draft.indent >= 2 ? 'heading' : 'paragraph';
  if (draft.markerKind === 'number') {
    // INTERPOL's numbered pillars: a number, a title that ends no sentence, then body text.
    if (!endsWithPunctuation(draft.text) && next !== undefined && !next.marker) return 'heading';
    if (options.numberedParagraphs) return 'paragraph';
  }
  return 'item';
}

/** Nesting follows the order in which mark kinds appear in a run of items: • then – then 1. */
function assignLevels(drafts: BlockDraft[]): BlockDraft[] {
  let stack: MarkerKind[] = [];
  return drafts.map((draft) => {
    if (draft.type !== 'item' || !draft.markerKind) {
      stack = [];
      return draft;
    }
    const at = stack.indexOf(draft.markerKind);
    stack = at >= 0 ? stack.slice(0, at + 1) : [...stack, draft.markerKind];
    return { ...draft, level: stack.length };
  });
}
