import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../../../test-support/real-corpus.ts';
import { normalizeForSearch } from '../text/normalize.ts';
import { generateQuerySet, referenceSearch } from '../../../../test-support/query-set.ts';
import { searchUnits } from '../text/search-units.ts';
import { matchingReplies } from './match-query.ts';
import { combinePlaces, planSearches } from './plan.ts';
import { parseQuery } from './parse-query.ts';

describe('planSearches', () => {
  it('searches a query of one term as its normalized text', () => {
    for (const query of ['核安全', ' 1540(2004)\u3000', 'ＣＦＳＰ'])
      expect(planSearches(parseQuery(query)), query).toEqual({
        searches: [normalizeForSearch(query)],
        clauses: [[0]],
        excluded: [],
      });
  });

  it('runs one search per distinct term, those of the positive terms first', () => {
    expect(planSearches(parseQuery('-核武器 古巴 OR "古 巴" 核安全 -核安全'))).toEqual({
      searches: ['古巴', '核安全', '核武器'],
      clauses: [[0], [1]],
      excluded: [2, 1],
    });
  });

  it('runs nothing for a query with nothing to find', () => {
    for (const query of ['', '  ', '-核武器', '""'])
      expect(planSearches(parseQuery(query)), query).toEqual({ searches: [], clauses: [], excluded: [] });
  });
});

describe('combinePlaces', () => {
  const plan = planSearches(parseQuery('x OR y z -w'));
  const sets = (...lists: number[][]) => lists.map((list) => new Set(list));

  it('keeps the places that every clause finds and no exclusion does, ascending', () => {
    // searches: x, y, z, w
    expect(combinePlaces(plan, sets([1, 4], [3, 0], [0, 1, 3, 4], [4]))).toEqual([0, 1, 3]);
    expect(combinePlaces(plan, sets([], [], [0, 1, 2, 3, 4], []))).toEqual([]);
  });

  it('leaves out what an excluded term’s own text finds, not what a name would add to it', () => {
    const named = sets([1, 4], [3, 0], [0, 1, 3, 4], [4, 0]);
    const text = sets([1, 4], [3, 0], [0, 1, 3, 4], [4]);
    expect(combinePlaces(plan, named, text)).toEqual([0, 1, 3]);
  });

  it('finds nothing without a clause, and refuses results that do not fit the plan', () => {
    expect(combinePlaces(planSearches(parseQuery('-x')), [])).toEqual([]);
    expect(() => combinePlaces(plan, sets([0]))).toThrow('1 results for 4 searches');
  });
});

describe('searches combined, over the real corpus', () => {
  const corpus = realCorpus();
  const replies = corpus.submissions.map((submission) => ({
    id: submission.id,
    units: searchUnits(submission).map((unit) => normalizeForSearch(unit.text)),
  }));
  const placeOf = new Map(replies.map((reply, place) => [reply.id, place]));
  const words = generateQuerySet(corpus)
    .map(({ query }) => query)
    .filter((query) => parseQuery(query).clauses.flat().length === 1);

  it('finds what matchingReplies finds, with each search standing in for the index as a substring search', () => {
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
        const plan = planSearches(query);
        const found = plan.searches.map(
          (search) => new Set(referenceSearch(corpus, search).map((id) => placeOf.get(id)!)),
        );
        const combined = combinePlaces(plan, found).map((place) => replies[place]!.id);
        expect(combined).toEqual(matchingReplies(query, replies));
        if (combined.length > 0) someFound++;
      }),
      { numRuns: 300, seed: 20261201 },
    );
    expect(someFound).toBeGreaterThan(60);
  });
});
