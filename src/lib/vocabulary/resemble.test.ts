import { describe, expect, it } from 'vitest';
import { resemblance, resembledNames } from './resemble.ts';
import type { NameForms } from './name-forms.ts';

const NAMES: NameForms[] = [
  { kind: 'instrument', value: 'cwc', forms: ['化学武器公约', '禁止化学武器公约', 'cwc'] },
  { kind: 'instrument', value: 'npt', forms: ['不扩散核武器条约', '核不扩散条约'] },
];

describe('resemblance', () => {
  it('is the Dice coefficient of the character pairs', () => {
    expect(resemblance('化学武器公约', '化学武器公约')).toBe(1);
    expect(resemblance('化学武器条约', '化学武器公约')).toBeCloseTo(0.6);
    expect(resemblance('核安全', '出口管制')).toBe(0);
  });
});

describe('resembledNames', () => {
  it('finds the names a term is close to, by their closest form', () => {
    expect(resembledNames(NAMES, '化学武器条约')).toEqual([{ name: NAMES[0], form: '化学武器公约', score: 0.6 }]);
    expect(resembledNames(NAMES, '核不扩散公约').map((each) => each.form)).toEqual(['核不扩散条约']);
  });

  it('finds none for a name itself, a short term or one far from every name', () => {
    expect(resembledNames(NAMES, '化学武器公约')).toEqual([]);
    expect(resembledNames(NAMES, '核约')).toEqual([]);
    expect(resembledNames(NAMES, '出口管制清单')).toEqual([]);
  });
});
