import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../../../test-support/real-corpus.ts';
import { normalizeForSearch } from '../text/normalize.ts';
import { generateQuerySet, referenceSearch } from '../../../../test-support/query-set.ts';
import { searchUnits } from '../text/search-units.ts';
import { matchingReplies, matchReply } from './match-query.ts';
import { parseQuery } from './parse-query.ts';
import { queryTerms } from './terms.ts';

/** A reply as the search sees it: its parts, normalized. */
const reply = (...parts: string[]) => parts.map(normalizeForSearch);

describe('matchReply on small replies', () => {
  const cuba = reply('古巴的答复', '古巴加强了出口管制。', '核安全 是优先事项', '脚注：见第 1540 (2004) 号决议');

  it('needs every clause somewhere in the reply, each in any of its parts', () => {
    expect(matchReply(parseQuery('古巴 核安全'), cuba).matches).toBe(true);
    expect(matchReply(parseQuery('出口管制 1540(2004)'), cuba).matches).toBe(true);
    expect(matchReply(parseQuery('古巴 生物武器'), cuba).matches).toBe(false);
  });

  it('never finds a term across two parts', () => {
    expect(matchReply(parseQuery('答复古巴'), cuba).matches).toBe(false);
    expect(matchReply(parseQuery('"管制。核安全"'), cuba).matches).toBe(false);
  });

  it('takes any alternative of a clause', () => {
    expect(matchReply(parseQuery('生物武器 OR 出口管制'), cuba).matches).toBe(true);
    expect(matchReply(parseQuery('生物武器 | 化学武器'), cuba).matches).toBe(false);
  });

  it('leaves a reply out if any part contains an excluded term', () => {
    expect(matchReply(parseQuery('古巴 -生物武器'), cuba).matches).toBe(true);
    expect(matchReply(parseQuery('古巴 -"1540 (2004)"'), cuba).matches).toBe(false);
    expect(matchReply(parseQuery('-生物武器'), cuba).matches).toBe(false);
    expect(matchReply(parseQuery(''), cuba).matches).toBe(false);
  });

  it('says which parts contain each term, for the page to show', () => {
    const match = matchReply(parseQuery('古巴 核安全 OR 生物武器 -化学武器'), cuba);
    expect(match.terms.map((places) => [places.term.text, places.excluded, places.units])).toEqual([
      ['古巴', false, [0, 1]],
      ['核安全', false, [2]],
      ['生物武器', false, []],
      ['化学武器', true, []],
    ]);
    expect(match.terms.map(({ term, excluded }) => ({ term, excluded }))).toEqual(
      queryTerms(parseQuery('古巴 核安全 OR 生物武器 -化学武器')),
    );
  });
});

describe('matchingReplies over the real corpus', () => {
  const corpus = realCorpus();
  const replies = corpus.submissions.map((submission) => ({
    id: submission.id,
    units: searchUnits(submission).map((unit) => normalizeForSearch(unit.text)),
  }));
  const queries = generateQuerySet(corpus);
  const oneTerm = queries.filter(({ query }) => parseQuery(query).clauses.flat().length === 1);

  it('finds for a query of one term what the plain substring search finds, for the seeded query set', () => {
    // The seeded queries with white space inside are several terms, unless its words belong together ("2017 年 9 月").
    expect(oneTerm.length).toBeGreaterThan(220);
    for (const { query } of oneTerm) {
      const parsed = parseQuery(query);
      expect(
        parsed.hints.filter((hint) => hint.code !== 'joined'),
        query,
      ).toEqual([]);
      expect(parsed.clauses[0]![0]!.normalized, query).toBe(normalizeForSearch(query));
      expect(matchingReplies(parsed, replies), query).toEqual(referenceSearch(corpus, query));
    }
  });

  it('finds for the other seeded queries the replies that contain each of their terms', () => {
    for (const { query } of queries.filter((each) => !oneTerm.includes(each))) {
      const terms = parseQuery(query).clauses.map(([term]) => term!.normalized);
      const everyTerm = corpus.submissions
        .map((submission) => submission.id)
        .filter((id) => terms.every((term) => referenceSearch(corpus, term).includes(id)));
      expect(matchingReplies(parseQuery(query), replies), query).toEqual(everyTerm);
    }
  });

  it('combines terms as the query says', () => {
    const found = (query: string) => new Set(referenceSearch(corpus, query));
    const nuclear = found('核安全');
    const exports = found('出口管制');
    const ids = (query: string) => matchingReplies(parseQuery(query), replies);
    expect(ids('核安全 出口管制')).toEqual([...nuclear].filter((id) => exports.has(id)));
    expect(ids('核安全 OR 出口管制')).toEqual(
      replies.map((each) => each.id).filter((id) => nuclear.has(id) || exports.has(id)),
    );
    expect(ids('核安全 -出口管制')).toEqual([...nuclear].filter((id) => !exports.has(id)));
    expect(ids('核安全 出口管制').length).toBeGreaterThan(0);
    expect(ids('核安全 -出口管制').length).toBeGreaterThan(0);
  });
});
