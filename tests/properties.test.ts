// Properties: how a text is laid out (BOM, line ends, blank lines, trailing
// spaces, line width, where its pages break) does not change what it says.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Submission } from '../src/lib/schema.ts';
import type { ParsedReport } from '../src/lib/parse/parse-report.ts';
import { classifyLines } from '../src/lib/parse/classify-lines.ts';
import { splitFootnotes } from '../src/lib/parse/split-footnotes.ts';
import { endsSentence } from '../src/lib/parse/sentence-end.ts';
import { parseBytes, parseText, realCorpus, SOURCES } from '../test-support/parse-sources.ts';
import { insertPageBreak, type PageBreak } from '../test-support/furniture.ts';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 25);

/** What a reader sees, without the source line numbers that blank lines shift. */
function readable({ report, submissions }: ParsedReport) {
  const blocks = (submission: Pick<Submission, 'blocks'>) =>
    submission.blocks.map(({ id, type, marker, level, text, page, footnoteRefs }) => ({
      id,
      type,
      marker,
      level,
      text,
      page,
      footnoteRefs,
    }));
  return {
    intro: blocks({ blocks: report.intro }),
    sections: report.sections,
    links: report.links.map((link) => [link.url, link.page]),
    submissions: submissions.map((each) => ({
      ...each,
      source: undefined,
      blocks: blocks(each),
      footnotes: each.footnotes.map(({ source: _source, ...rest }) => rest),
    })),
  };
}

const layoutChanges = fc.record({
  bom: fc.boolean(),
  crlf: fc.boolean(),
  // line indexes after which an extra empty line is added, where the text already has one
  extraBlanks: fc.array(fc.nat(), { maxLength: 40 }),
  trailingSpaces: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 4 })), { maxLength: 60 }),
});

interface LayoutChange {
  bom: boolean;
  crlf: boolean;
  extraBlanks: number[];
  trailingSpaces: [number, number][];
}

function relayout(text: string, change: LayoutChange): Uint8Array {
  const lines = text.split('\n');
  for (const [at, count] of change.trailingSpaces) {
    const index = at % lines.length;
    if (lines[index] !== '') lines[index] += ' '.repeat(count);
  }
  const blankAfter = new Set(change.extraBlanks.map((at) => at % lines.length).filter((index) => lines[index] === ''));
  const out = lines.flatMap((line, index) => (blankAfter.has(index) ? [line, ''] : [line]));
  let result = out.join(change.crlf ? '\r\n' : '\n');
  if (change.bom) result = '\uFEFF' + result;
  return new TextEncoder().encode(result);
}

describe.each(Object.entries(SOURCES))('%s', (symbol, file) => {
  const text = readFileSync(file, 'utf8');
  const original = readable(parseText(text, symbol));

  it('parses the same whatever the BOM, line ends, extra blank lines and trailing spaces', () => {
    fc.assert(
      fc.property(layoutChanges, (change) => {
        expect(readable(parseBytes(relayout(text, change), symbol))).toEqual(original);
      }),
      { numRuns: RUNS },
    );
  });
});

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’《》、，。；：（）]/;
const LATIN_GAP = /[A-Za-z0-9)]/;

/** Where a typesetter may break a line: next to a Chinese character, or at a space between two Latin words. */
function breakPoints(text: string): number[] {
  const points: number[] = [];
  for (let index = 1; index < text.length; index++) {
    const before = text[index - 1]!;
    const at = text[index]!;
    if (before !== ' ' && at !== ' ' && (CJK.test(before) || CJK.test(at))) points.push(index);
    if (at === ' ' && LATIN_GAP.test(before) && /[A-Za-z0-9(]/.test(text[index + 1] ?? '')) points.push(index);
  }
  return points;
}

/** Lay a paragraph out at a width, as the PDF extraction prints it: indented first line, each line followed by an empty one. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let start = 0;
  for (const point of breakPoints(text)) {
    if (point - start >= width) {
      lines.push(text.slice(start, point));
      start = text[point] === ' ' ? point + 1 : point;
    }
  }
  lines.push(text.slice(start));
  return lines.map((line, index) => (index === 0 ? ' ' : '') + line + '\n\n').join('');
}

describe('re-wrapping', () => {
  const paragraphs = realCorpus()
    .submissions.flatMap((each) => each.blocks)
    .filter((block) => block.type === 'paragraph' && endsSentence(block.text) && block.footnoteRefs.length === 0)
    .map((block) => block.text);

  it('the lines of a paragraph at another width does not change the parsed text', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: paragraphs.length - 1 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 6, max: 60 }),
        (picks, width) => {
          const chosen = picks.map((index) => paragraphs[index]!);
          const text =
            ' 二. 从各国政府收到的答复 \n\n  古巴 \n\n[原件：西班牙文] \n\n[2018 年 4 月 5 日] \n\n' +
            chosen.map((paragraph) => wrap(paragraph, width)).join('');
          const [reply] = parseText(text, 'A/73/112').submissions;
          expect(reply!.blocks.map((block) => block.text)).toEqual(chosen);
        },
      ),
      { numRuns: RUNS * 4 },
    );
  });
});

/** What a reader sees apart from page numbers and link lines, which statedPages holds. */
function pageless(parsed: ParsedReport) {
  const text = JSON.stringify({ ...readable(parsed), links: undefined }, (key, value) =>
    key === 'page' ? undefined : value,
  );
  return JSON.parse(text) as unknown;
}

interface StatedPage {
  line: number;
  page: number | undefined;
  url?: string;
}

/** Every page number the output states, by the source line it is stated for: blocks, footnotes, link lines. */
function statedPages({ report, submissions }: ParsedReport): StatedPage[] {
  const entries = [...report.intro, ...submissions.flatMap((each) => [...each.blocks, ...each.footnotes])];
  return [
    ...entries.map((entry) => ({ line: entry.source.startLine, page: entry.page })),
    ...report.links.map((link) => ({ line: link.line, page: link.page, url: link.url })),
  ];
}

/**
 * Source lines where a page may break inside a sentence: a text line of a
 * block other than its first, with only an empty line between it and the
 * block's line before, which ends no sentence; not already a page's first
 * line (a seam). The parser's own first stages say which lines are body text,
 * so that lines of footnotes printed inside a paragraph are not picked.
 */
function midSentenceLines(text: string, parsed: ParsedReport): number[] {
  const lines = classifyLines(text);
  const body = new Set(splitFootnotes(lines, 'test.txt').body.map((line) => line.no));
  const continues = (no: number) => {
    const [before, gap, line] = [lines[no - 3], lines[no - 2], lines[no - 1]];
    if (!body.has(no) || !body.has(no - 2) || gap?.kind !== 'blank') return false;
    return line?.kind === 'text' && !line.seam && before?.kind === 'text' && !endsSentence(before.text);
  };
  const blocks = [...parsed.report.intro, ...parsed.submissions.flatMap((each) => each.blocks)];
  return blocks.flatMap(({ source }) => linesBetween(source.startLine + 1, source.endLine)).filter(continues);
}

const linesBetween = (first: number, last: number) =>
  Array.from({ length: Math.max(0, last - first + 1) }, (_, index) => first + index);

/**
 * The property: the blocks (ids, types, text, marks, levels, footnote refs),
 * footnotes, sections and flags are exactly as before. Page numbers are as
 * before (on lines moved down by the inserted ones) except for what starts
 * between the new furniture and the next page start of the original (a seam
 * or furniture): that takes the new furniture's number. The block the break
 * falls in starts before it and keeps its page. Link lines put in with the
 * furniture are furniture, not text, and are left out.
 */
function expectOnlyProvenPagesChanged(text: string, symbol: string, original: ParsedReport, pageBreak: PageBreak) {
  const changedText = insertPageBreak(text, symbol, pageBreak);
  const changed = parseText(changedText, symbol);
  expect(pageless(changed)).toEqual(pageless(original));
  const inserted = changedText.split('\n').length - text.split('\n').length;
  const nextPageStart =
    classifyLines(text).find((line) => line.no > pageBreak.line && (line.seam || line.kind === 'furniture'))?.no ??
    Infinity;
  const expected = statedPages(original).map((stated) => {
    if (stated.line < pageBreak.line) return stated;
    const proven = stated.line < nextPageStart ? pageBreak.page : stated.page;
    return { ...stated, line: stated.line + inserted, page: proven };
  });
  const isInserted = (stated: StatedPage) => stated.line >= pageBreak.line && stated.line < pageBreak.line + inserted;
  expect(statedPages(changed).filter((stated) => !isInserted(stated))).toEqual(expected);
}

const LINK_LINES = [
  'https://undocs.org/S/RES/1540(2004)',
  'https://undocs.org/A/RES/72/42',
  'http://www.un.org/disarmament',
];

describe.each(Object.entries(SOURCES))('page furniture inside the text of %s', (symbol, file) => {
  const text = readFileSync(file, 'utf8');
  const original = parseText(text, symbol);
  const lines = midSentenceLines(text, original);

  it('a page break printed with its header and footer inside a sentence changes nothing but the pages it proves', () => {
    expect(lines.length).toBeGreaterThan(300);
    fc.assert(
      fc.property(
        fc.constantFrom(...lines),
        fc.integer({ min: 1, max: 40 }),
        fc.subarray(LINK_LINES),
        (line, page, links) => expectOnlyProvenPagesChanged(text, symbol, original, { line, page, links }),
      ),
      { numRuns: RUNS * 4 },
    );
  });

  it('each real page break, printed with its header and footer instead of as a seam, changes nothing but the pages it proves', () => {
    const seams = classifyLines(text).filter((line) => line.seam);
    expect(seams.length).toBeGreaterThan(10);
    for (const seam of seams) expectOnlyProvenPagesChanged(text, symbol, original, { line: seam.no, page: 12 });
  });
});
