import { expect, test } from 'vitest';
import { bookTitle, englishArticle, englishNameInText, reportsInText } from './labels.ts';
import { realCorpus } from '../../test-support/real-corpus.ts';

const state = (en: string) => ({ kind: 'state' as const, name: { zh: '', en } });

test('englishArticle: organizations and some states take "the"', () => {
  expect(englishArticle({ kind: 'organization', name: { zh: '', en: 'North Atlantic Treaty Organization' } })).toBe(
    'the',
  );
  expect(englishArticle(state('Russian Federation'))).toBe('the');
  expect(englishArticle(state('Philippines'))).toBe('the');
  expect(englishArticle(state('Republic of Korea'))).toBe('the');
  expect(englishArticle(state('Niger'))).toBe('the');
  expect(englishArticle(state('Nigeria'))).toBeUndefined();
  expect(englishArticle(state('Cuba'))).toBeUndefined();
});

test('englishArticle: the states of both reports, by hand', () => {
  const withThe = realCorpus()
    .respondents.filter((respondent) => respondent.kind === 'state' && englishArticle(respondent))
    .map((respondent) => respondent.name.en)
    .sort();
  expect(withThe).toEqual(['Philippines', 'Russian Federation']);
});

test('englishNameInText', () => {
  expect(englishNameInText({ kind: 'organization', name: { zh: '', en: 'North Atlantic Treaty Organization' } })).toBe(
    'the North Atlantic Treaty Organization',
  );
  expect(englishNameInText(state('Cuba'))).toBe('Cuba');
});

test('descriptions name up to three reports, oldest first, and count a longer series with its first and last', () => {
  const report = (symbol: string, year: number) => ({ symbol, year });
  expect(reportsInText([report('A/73/112', 2018), report('A/66/115', 2011)])).toBe('A/66/115 或 A/73/112');
  expect(reportsInText([report('A/73/112', 2018), report('A/66/115', 2011)], '、')).toBe('A/66/115、A/73/112');
  const series = [2033, 2011, 2018, 2024].map((year) => report(`A/${year - 1945}/1`, year));
  expect(reportsInText(series)).toBe('4 份报告（A/66/1 至 A/88/1）');
});

test('bookTitle marks a title inside a title with 〈〉, and completes a form the text closes itself', () => {
  expect(bookTitle('核材料实物保护公约')).toBe('《核材料实物保护公约》');
  expect(bookTitle('《核材料实物保护公约》修正案')).toBe('《〈核材料实物保护公约〉修正案》');
  expect(bookTitle('〈核材料实物保护公约〉修正案')).toBe('《〈核材料实物保护公约〉修正案》');
  expect(bookTitle('核材料实物保护公约》2005 年修正案')).toBe('《核材料实物保护公约》2005 年修正案');
});
