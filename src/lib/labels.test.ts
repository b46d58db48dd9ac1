import { expect, test } from 'vitest';
import { englishArticle, englishNameInText } from './labels.ts';
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
