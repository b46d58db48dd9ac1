import { describe, expect, it } from 'vitest';
import { classifyLines } from './classify-lines.ts';
import { buildBlocks } from './build-blocks.ts';

const blocksOf = (text: string) =>
  buildBlocks(
    classifyLines(text).filter((line) => line.kind !== 'blank'),
    { file: 'test.txt' },
  ).map(({ type, marker, level, text }) => ({ type, marker, level, text }));

describe('buildBlocks', () => {
  it('does not take the dot inside a name at a line start for a bullet', () => {
    expect(blocksOf(' 集体安全条约组织副秘书长瓦莱利\n\n•萨曼利科夫与联合国副秘书长会谈。\n')).toEqual([
      {
        type: 'paragraph',
        marker: undefined,
        level: 1,
        text: '集体安全条约组织副秘书长瓦莱利•萨曼利科夫与联合国副秘书长会谈。',
      },
    ]);
  });

  it('takes an unindented bullet with a space after it for a list item', () => {
    expect(
      blocksOf(' 任务组已发出指导文件： \n\n• 关于执行安全理事会决议的金融规定的指导\n\n文件(2007 年 6月)；\n').map(
        (block) => [block.type, block.marker, block.text],
      ),
    ).toEqual([
      ['paragraph', undefined, '任务组已发出指导文件：'],
      ['item', '•', '关于执行安全理事会决议的金融规定的指导文件(2007 年 6月)；'],
    ]);
  });

  it('continues a sentence whose next line happens to begin with a number and a point', () => {
    expect(blocksOf(' 该倡议在从 2010 年开始的十年期的预算总额为\n\n2. 5 亿欧元。\n')).toHaveLength(1);
  });

  it('reads a short unpunctuated flush-left line between paragraphs as a sub-heading', () => {
    expect(blocksOf(' 第一段。\n\n情报共享 \n\n 第二段。\n').map((block) => block.type)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
    ]);
  });

  it('continues a paragraph whose last line is flush left and ends a sentence', () => {
    expect(blocksOf(' 必须发展信息交流机制。\n\n在这方面，每个国家都应指定协调中心。\n\n 下一段。\n')).toHaveLength(2);
  });
});
