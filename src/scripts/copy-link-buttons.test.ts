import { describe, expect, it } from 'vitest';
import { copyLinkLabel } from './copy-link-buttons.ts';

describe('copyLinkLabel', () => {
  it('names the paragraph as its permalink does, with whose it is where a page shows two replies', () => {
    expect(copyLinkLabel('本段永久链接')).toBe('（本段）');
    expect(copyLinkLabel(' 2018年答复本段永久链接 ')).toBe('（2018年答复本段）');
  });
});
