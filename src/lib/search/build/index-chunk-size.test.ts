import { describe, expect, it } from 'vitest';
import { indexChunkSize } from './index-chunk-size.ts';

describe('indexChunkSize', () => {
  it('keeps small corpora at 1000 positions a chunk', () => {
    expect(indexChunkSize(34_533)).toBe(1000); // the two reports' 40 records
    expect(indexChunkSize(500_000)).toBe(1000);
  });

  it('grows with a large corpus so that its chunks stay about a thousand', () => {
    expect(indexChunkSize(1_726_650)).toBe(3454); // the bench's 50× corpus, 2,000 records
    expect(indexChunkSize(10_000_000)).toBe(20_000);
  });
});
