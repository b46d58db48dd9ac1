import { describe, expect, it } from 'vitest';
import { classifyLine, classifyLines } from './classify-lines.ts';

const kindOf = (raw: string) => classifyLine(raw, 1, false);

describe('classifyLine', () => {
  it('recognises page furniture in every form the reports print', () => {
    expect(kindOf('A/73/112  ').kind).toBe('furniture');
    expect(kindOf('18-10827 10/19 ')).toMatchObject({ kind: 'furniture', page: 10 });
    expect(kindOf('15/19 18-10827 ')).toMatchObject({ kind: 'furniture', page: 15 });
    expect(kindOf('11-39379 (C)16 ')).toMatchObject({ kind: 'furniture', page: 16 });
  });

  it('reads dates in every spacing the texts use', () => {
    expect(kindOf('[2018 年 4 月 5 日] ').date).toEqual({ year: 2018, month: 4, day: 5 });
    expect(kindOf('[ 2018 年 5 月 11 日] ').date).toEqual({ year: 2018, month: 5, day: 11 });
    expect(kindOf('[2011 年 6月 1日]').date).toEqual({ year: 2011, month: 6, day: 1 });
  });

  it('reads both ways of printing the original language', () => {
    expect(kindOf('[原件：英文] ').languageName).toBe('英文');
    expect(kindOf('[原文：英文] ').languageName).toBe('英文');
  });

  it('tells link lines, marks and rules from text', () => {
    expect(kindOf('https://undocs.org/S/RES/1540(2004)').kind).toBe('link');
    expect(kindOf(' 关于原子能机构，可查阅：http://www.iaea.org/ ').kind).toBe('text');
    expect(kindOf('*').kind).toBe('marker');
    expect(kindOf('∗').kind).toBe('marker');
    expect(kindOf('12').kind).toBe('marker');
    expect(kindOf('__________________ ').kind).toBe('separator');
    expect(kindOf(' 二. 从各国政府收到的答复 ').heading).toEqual({ number: '二', title: '从各国政府收到的答复' });
    expect(kindOf(' A. 联合国系统 ').kind).toBe('subsection');
  });
});

describe('classifyLines', () => {
  it('marks the first line of a page by its touching the page before', () => {
    const lines = classifyLines(
      '秘书处协调了举办了约 202项课程，\n\nhttps://undocs.org/A/RES/72/42\n 来自内政部\n\n 新的段落\n',
    );
    expect(lines.map((line) => [line.kind, line.seam])).toEqual([
      ['text', false],
      ['blank', false],
      ['link', false],
      ['text', true],
      ['blank', false],
      ['text', false],
    ]);
  });

  it('does not take a footnote mark touching its text for a page seam', () => {
    const lines = classifyLines('核准；\n1\n \n\n 2. 下一项\n');
    expect(lines[1]).toMatchObject({ kind: 'marker', touchesPrevious: true, seam: false });
  });
});
