import { expect, test } from 'vitest';
import { localDay, readIsoDay, splitAtAccessedDate, writeAccessedDate } from './accessed-date.ts';

test('each format’s form of a day', () => {
  const day = readIsoDay('2026-01-05');
  expect(writeAccessedDate(day, 'iso')).toBe('2026-01-05');
  expect(writeAccessedDate(day, 'ris')).toBe('2026/01/05/');
  expect(writeAccessedDate(day, 'csl')).toBe('2026, 1, 5');
});

test('the reader’s day is the local calendar day', () => {
  expect(localDay(new Date(2027, 2, 9, 23, 59))).toEqual({ year: 2027, month: 3, day: 9 });
});

test('splitAtAccessedDate marks every form of the day and nothing else', () => {
  const text = '2018[2026-11-23]. Y2  - 2026/11/23/\n"date-parts": [[2026, 11, 23]] 2026-11-24';
  expect(splitAtAccessedDate(text, '2026-11-23')).toEqual([
    { text: '2018[' },
    { text: '2026-11-23', accessed: 'iso' },
    { text: ']. Y2  - ' },
    { text: '2026/11/23/', accessed: 'ris' },
    { text: '\n"date-parts": [[' },
    { text: '2026, 11, 23', accessed: 'csl' },
    { text: ']] 2026-11-24' },
  ]);
  expect(splitAtAccessedDate('no date', '2026-11-23')).toEqual([{ text: 'no date' }]);
});
