import { describe, expect, it } from 'vitest';
import { realCorpus } from './real-corpus.ts';
import { generateQuerySet, referenceSearch, toFullWidth } from './query-set.ts';

describe('the generated query set', () => {
  const corpus = realCorpus();
  const queries = generateQuerySet(corpus);

  it('is the same on every run, and large enough', () => {
    expect(generateQuerySet(corpus).map((query) => query.query)).toEqual(queries.map((query) => query.query));
    expect(queries.length).toBeGreaterThanOrEqual(200);
  });

  it('has every kind the spec asks for', () => {
    const count = (kind: string) => queries.filter((query) => query.kind === kind).length;
    expect(count('substring')).toBeGreaterThanOrEqual(100);
    for (const kind of ['word', 'number', 'date', 'latin', 'width', 'absent'])
      expect(count(kind), kind).toBeGreaterThanOrEqual(5);
    for (const query of ['1540', '72/42', '1540(2004)', '2017 年', '2018年4月', 'CFSP', '核安保'])
      expect(queries.map((each) => each.query)).toContain(query);
  });

  it('has queries that occur nowhere, and all others occur somewhere', () => {
    for (const query of queries)
      expect(referenceSearch(corpus, query.query).length > 0, query.query).toBe(query.kind !== 'absent');
  });
});

describe('referenceSearch', () => {
  const corpus = realCorpus();

  it('finds a reply by any part of its text, ignoring white space, width and case', () => {
    expect(referenceSearch(corpus, '2018年4月')).toEqual(referenceSearch(corpus, '2018 年 4 月'));
    expect(referenceSearch(corpus, toFullWidth('1540(2004)'))).toEqual(referenceSearch(corpus, '1540 (2004)'));
    expect(referenceSearch(corpus, 'cfsp')).toEqual(referenceSearch(corpus, 'CFSP'));
    expect(referenceSearch(corpus, '核安全')).toHaveLength(6);
    expect(referenceSearch(corpus, '核安保')).toEqual([]);
  });
});
