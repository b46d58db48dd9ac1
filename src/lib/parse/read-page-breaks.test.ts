import { describe, expect, it } from 'vitest';
import { classifyLines } from './classify-lines.ts';
import { markFurnitureBreaks } from './read-page-breaks.ts';
import { buildBlocks } from './build-blocks.ts';

/** A page break as this extraction prints one: blank lines, header, footer, blank lines. */
const BREAK = '\n\n\nA/73/112  \n\n \n\n18-10827 10/19 \n\n \n\n';

const linesOf = (text: string) => markFurnitureBreaks(classifyLines(text));

const blocksOf = (text: string) =>
  buildBlocks(
    linesOf(text).filter((line) => line.kind === 'text' || line.kind === 'marker'),
    { file: 'test.txt' },
  ).map((block) => [block.type, block.text]);

describe('markFurnitureBreaks', () => {
  it('marks the first text line after the header and footer, past blank and link lines', () => {
    const lines = linesOf(` 第一行\n${BREAK}https://undocs.org/A/RES/72/42\n\n 第二行\n\n第三行\n`);
    expect(lines.filter((line) => line.afterFurniture).map((line) => line.text)).toEqual(['第二行']);
  });

  it('leaves a line touching the page before to the seam rule', () => {
    const lines = linesOf(` 第一行\n${BREAK}https://undocs.org/A/RES/72/42\n 第二行\n`);
    expect(lines.at(-1)).toMatchObject({ seam: true });
    expect(lines.at(-1)!.afterFurniture).toBeUndefined();
  });
});

describe('blocks across a page break printed with its furniture', () => {
  it('joins a sentence whose next line carries the page’s extra space', () => {
    expect(blocksOf(` 柬埔寨政府做出一项决定，设立指挥打击和预防恐怖主\n${BREAK} 义全国委员会。\n`)).toEqual([
      ['paragraph', '柬埔寨政府做出一项决定，设立指挥打击和预防恐怖主义全国委员会。'],
    ]);
  });

  it('starts a paragraph after a finished sentence, with or without the extra space', () => {
    for (const indent of [' ', '  ']) {
      expect(blocksOf(` 第一段。\n${BREAK}${indent}第二段。\n`)).toEqual([
        ['paragraph', '第一段。'],
        ['paragraph', '第二段。'],
      ]);
    }
  });

  it('starts a paragraph, not a sub-heading, two spaces in after a sub-heading', () => {
    expect(blocksOf(`  与伙伴的合作 \n${BREAK}  北约正在研究提升军事能力的办法。\n`)).toEqual([
      ['heading', '与伙伴的合作'],
      ['paragraph', '北约正在研究提升军事能力的办法。'],
    ]);
  });

  it('reads a one-space line after a sub-heading as a paragraph start', () => {
    expect(blocksOf(`  与伙伴的合作 \n${BREAK} 北约正在研究提升军事能力的办法。\n`).map(([type]) => type)).toEqual([
      'heading',
      'paragraph',
    ]);
  });

  it('continues a list item and starts the next one at its mark', () => {
    expect(blocksOf(`• 关于执行安全理事会决议的金融规定的指导\n${BREAK} 文件(2007 年 6月)；\n\n• 下一项。\n`)).toEqual([
      ['item', '关于执行安全理事会决议的金融规定的指导文件(2007 年 6月)；'],
      ['item', '下一项。'],
    ]);
  });

  it('does not take a flush line before a page break for a sub-heading', () => {
    expect(blocksOf(` 讨论。\n\n另外，该工作组由 10 多名部委代表组\n${BREAK} 成。\n`)).toEqual([
      ['paragraph', '讨论。另外，该工作组由 10 多名部委代表组成。'],
    ]);
  });
});
