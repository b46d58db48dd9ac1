import { describe, expect, it } from 'vitest';
import { formPlaces, recordsHolding } from './text-places.ts';

describe('recordsHolding', () => {
  it('never finds a form across two parts of a record', () => {
    const texts = ['核安全\u0000措施', '核安全措施'];
    expect(recordsHolding(texts, '安全措施')).toEqual([1]);
    expect(formPlaces(texts, ['核安全', '安全措施', '核保安'])).toEqual({ 核安全: [0, 1], 安全措施: [1] });
  });
});
