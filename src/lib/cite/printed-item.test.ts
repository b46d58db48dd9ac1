import { expect, test } from 'vitest';
import { printedItemLabel } from './printed-item.ts';

test('a numbered item is named by its number, without the period the report prints after it', () => {
  expect(printedItemLabel('3.')).toBe('3');
  expect(printedItemLabel('12.')).toBe('12');
});

test('a lettered item keeps its parentheses, as the report prints them', () => {
  expect(printedItemLabel('(a)')).toBe('(a)');
  expect(printedItemLabel('b)')).toBe('b)');
  expect(printedItemLabel('(iv)')).toBe('(iv)');
});

test('bullets, dashes and no mark name nothing', () => {
  for (const mark of ['•', '–', '-', '*', '', undefined]) expect(printedItemLabel(mark)).toBeUndefined();
});
