import { describe, expect, it } from 'vitest';
import { keywordInContext } from './kwic.ts';

describe('keywordInContext', () => {
  const text =
    '古巴一贯坚持反恐立场。它还严格履行安全理事会第 1540(2004)号决议中规定的各项义务。2013 年，古巴发挥了作用。';

  it('keeps the sentence that holds the mention, and only that sentence', () => {
    const start = text.indexOf('第 1540');
    const context = keywordInContext(text, start, start + '第 1540(2004)号决议'.length);
    expect(context).toEqual({
      before: '它还严格履行安全理事会',
      match: '第 1540(2004)号决议',
      after: '中规定的各项义务。',
    });
  });

  it('marks where a long sentence was cut', () => {
    const long = '甲'.repeat(100) + '目标' + '乙'.repeat(100) + '。';
    const start = long.indexOf('目标');
    const context = keywordInContext(long, start, start + 2, 10);
    expect(context.before).toBe('…' + '甲'.repeat(10));
    expect(context.after).toBe('乙'.repeat(10) + '…');
  });
});
