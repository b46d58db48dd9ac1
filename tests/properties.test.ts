// Properties: how a text is laid out (BOM, line ends, blank lines, trailing
// spaces, line width) does not change what it says.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Submission } from '../src/lib/schema.ts';
import type { ParsedReport } from '../src/lib/parse/parse-report.ts';
import { endsSentence } from '../src/lib/parse/sentence-end.ts';
import { parseBytes, parseText, realCorpus, SOURCES } from './helpers/load.ts';

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
