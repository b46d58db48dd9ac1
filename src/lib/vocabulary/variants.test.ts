import { describe, expect, it } from 'vitest';
import { variantsInside, variantsOf } from './variants.ts';

const GROUPS = [
  ['核安全', '核保安', '核安保'],
  ['放射', '辐射'],
];

describe('variantsOf', () => {
  it('gives a form’s group and the other forms, for the term exactly', () => {
    expect(variantsOf(GROUPS, '核保安')).toEqual({ group: 0, others: ['核安全', '核安保'] });
    expect(variantsOf(GROUPS, '核安全措施')).toBeUndefined();
  });
});

describe('variantsInside', () => {
  it('finds the forms inside a longer term, the longest of each group', () => {
    expect(variantsInside(GROUPS, '核安保措施')).toEqual([{ group: 0, form: '核安保', others: ['核安全', '核保安'] }]);
    expect(variantsInside(GROUPS, '放射源和核安全')).toEqual([
      { group: 0, form: '核安全', others: ['核保安', '核安保'] },
      { group: 1, form: '放射', others: ['辐射'] },
    ]);
  });
});
