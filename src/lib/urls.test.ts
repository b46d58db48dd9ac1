import { describe, expect, it } from 'vitest';
import { sectionId } from './urls.ts';

describe('sectionId', () => {
  it('reads the section number a report prints in Chinese numerals, and the sub-section letter', () => {
    expect(sectionId('二')).toBe('section-2');
    expect(sectionId('十')).toBe('section-10');
    expect(sectionId('十二')).toBe('section-12');
    expect(sectionId('二十一')).toBe('section-21');
    expect(sectionId('三', 'B')).toBe('section-3-b');
  });
});
