import { describe, expect, it } from 'vitest';
import { blockSegments } from './block-segments.ts';

describe('blockSegments', () => {
  it('cuts the text at footnote marks and mentions, losing nothing', () => {
    const text = '执行第 1540 (2004)号决议和《化学武器公约》。';
    const segments = blockSegments({
      text,
      footnoteRefs: [{ marker: '1', offset: text.length, footnote: 'fn1' }],
      mentions: [
        { kind: 'resolution', ref: 'S/RES/1540(2004)', start: 2, end: 17 },
        { kind: 'instrument', ref: 'cwc', start: 19, end: 25 },
      ],
    });
    expect(segments.map((segment) => segment.kind)).toEqual(['text', 'mention', 'text', 'mention', 'text', 'ref']);
    expect(segments.map((segment) => ('text' in segment ? segment.text : '')).join('')).toBe(text);
  });

  it('puts a mark that falls inside a mention after it', () => {
    const segments = blockSegments({
      text: 'abcdef',
      footnoteRefs: [{ marker: '*', offset: 3, footnote: 'fn' }],
      mentions: [{ kind: 'instrument', ref: 'x', start: 1, end: 5 }],
    });
    expect(segments.map((segment) => segment.kind)).toEqual(['text', 'mention', 'ref', 'text']);
  });
});
