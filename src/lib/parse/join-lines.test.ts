import { describe, expect, it } from 'vitest';
import { joinLine, joinLines } from './join-lines.ts';

describe('joinLines', () => {
  it('joins Chinese lines without inventing a space', () => {
    expect(joinLines(['举办了约 202项课程，', '来自内政部'])).toBe('举办了约 202项课程，来自内政部');
  });

  it('gives back the space a line break took between a number and a bracket', () => {
    expect(joinLines(['关于安全理事会第 1540', '(2004)号决议的讲习班。'])).toBe(
      '关于安全理事会第 1540 (2004)号决议的讲习班。',
    );
    expect(joinLine('通过的第 (CFSP)', '2015/2215 号理事会决定')).toBe('通过的第 (CFSP) 2015/2215 号理事会决定');
  });

  it('adds no space between a number and the Chinese that follows it', () => {
    expect(joinLine('将第 2235 (2015)', '号决议所设')).toBe('将第 2235 (2015)号决议所设');
    expect(joinLine('为 10', '个国际陆路边境检查站')).toBe('为 10个国际陆路边境检查站');
  });

  it('never breaks a URL with a space', () => {
    expect(joinLine('请查阅裁军事务厅的网站(http://www.un.org/', 'disarmament)。')).toBe(
      '请查阅裁军事务厅的网站(http://www.un.org/disarmament)。',
    );
    expect(joinLine('可查阅：http://www.iaea.org/About/Policy', 'GC/GC53')).toBe(
      '可查阅：http://www.iaea.org/About/PolicyGC/GC53',
    );
  });
});
