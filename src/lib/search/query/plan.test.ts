import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../../../test-support/real-corpus.ts';
import { normalizeForSearch } from '../text/normalize.ts';
import { generateQuerySet, referenceSearch } from '../../../../test-support/query-set.ts';
import { searchUnits } from '../text/search-units.ts';
import { phraseQuery } from '../text/tokens.ts';
import { matchingReplies } from './match-query.ts';
import { combineResults, planPagefindSearches } from './plan.ts';
import { parseQuery, queryTerms } from './parse-query.ts';

describe('planPagefindSearches', () => {
  it('asks Pagefind for a query of one term exactly as the search page did before', () => {
    for (const query of ['核安全', ' 1540(2004)\u3000', 'ＣＦＳＰ'])
      expect(planPagefindSearches(parseQuery(query)), query).toEqual({
        searches: [phraseQuery(normalizeForSearch(query))],
        clauses: [[0]],
        excluded: [],
      });
  });

  it('runs one phrase search per distinct term, those of the positive terms first', () => {
    expect(planPagefindSearches(parseQuery('-核武器 古巴 OR "古 巴" 核安全 -核安全'))).toEqual({
      searches: ['"古 巴"', '"核 安 全"', '"核 武 器"'],
      clauses: [[0], [1]],
      excluded: [2, 1],
    });
  });

  it('runs nothing for a query with nothing to find', () => {
    for (const query of ['', '  ', '-核武器', '""'])
      expect(planPagefindSearches(parseQuery(query)), query).toEqual({ searches: [], clauses: [], excluded: [] });
  });
});

describe('combineResults', () => {
  const order = ['a', 'b', 'c', 'd', 'e'];
  const plan = planPagefindSearches(parseQuery('x OR y z -w'));

  it('keeps the ids that every clause finds and no exclusion does, in corpus order', () => {
    // searches: x, y, z, w
    expect(combineResults(plan, [['b', 'e'], ['d', 'a'], ['a', 'b', 'd', 'e'], ['e']], order)).toEqual(['a', 'b', 'd']);
    expect(combineResults(plan, [[], [], order, []], order)).toEqual([]);
  });

  it('finds nothing without a clause, and refuses results that do not fit the plan', () => {
    expect(combineResults(planPagefindSearches(parseQuery('-x')), [], order)).toEqual([]);
    expect(() => combineResults(plan, [['a']], order)).toThrow('1 results for 4 searches');
  });
});

describe('Pagefind searches combined, over the real corpus', () => {
  const corpus = realCorpus();
  const replies = corpus.submissions.map((submission) => ({
    id: submission.id,
    units: searchUnits(submission).map((unit) => normalizeForSearch(unit.text)),
  }));
  const corpusOrder = replies.map((reply) => reply.id);
  const words = generateQuerySet(corpus)
    .map(({ query }) => query)
    .filter((query) => parseQuery(query).clauses.flat().length === 1);

  it('finds what matchingReplies finds, with each search standing in for Pagefind as a substring search', () => {
    // Mostly terms that occur (so that AND and NOT have something to work on), some that do not.
    const term = fc.oneof(fc.constantFrom(...words), fc.constantFrom('核安全', '出口管制', '古巴', '1540', '核安保'));
    const piece = fc.oneof(
      term,
      term.map((each) => `-"${each}"`),
      fc.tuple(term, term).map(([a, b]) => `"${a}" OR "${b}"`),
    );
    let someFound = 0;
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 4 }), (pieces) => {
        const query = parseQuery(pieces.join(' '));
        const plan = planPagefindSearches(query);
        const termOf = new Map(queryTerms(query).map(({ term }) => [phraseQuery(term.normalized), term.normalized]));
        const found = plan.searches.map((search) => referenceSearch(corpus, termOf.get(search)!));
        const combined = combineResults(plan, found, corpusOrder);
        expect(combined).toEqual(matchingReplies(query, replies));
        if (combined.length > 0) someFound++;
      }),
      { numRuns: 300, seed: 20261201 },
    );
    expect(someFound).toBeGreaterThan(60);
  });
});
