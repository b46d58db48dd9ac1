import { describe, expect, it } from 'vitest';
import { sentenceLabel } from './reply-measures.ts';

describe('sentenceLabel', () => {
  const blocks = [
    { id: 'a-73-112-p2', number: 2 },
    { id: 'a-73-112-h3', number: undefined },
  ] as Parameters<typeof sentenceLabel>[0]['blocks'];

  it('names a paragraph’s sentence by the paragraph’s number', () => {
    expect(sentenceLabel({ blocks }, 'a-73-112-p2', 'a-73-112-p2-s3')).toBe('第2段第3句');
  });

  it('tells sub-headings apart by their place, as search results do (INTERPOL 2018 has four)', () => {
    expect(sentenceLabel({ blocks }, 'a-73-112-h3', 'a-73-112-h3-s1')).toBe('小标题 3');
    expect(sentenceLabel({ blocks }, 'a-73-112-h3', 'a-73-112-h3-s2')).toBe('小标题 3 第2句');
  });
});
