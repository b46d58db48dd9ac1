import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../../../test-support/real-corpus.ts';
import { countFacets, facetTotals, placesWithValue, replyId } from './reply-facets.ts';
import { replyFacets, type FacetSource } from '../build/facets-of-replies.ts';
import { filterTotals, replyRecords } from '../build/reply-records.ts';
import { HIDDEN_FILTERS } from './filter-groups.ts';

const reply = (report: string, respondent: string, filters: Record<string, string[]>): FacetSource => ({
  id: `${report.toLowerCase().replaceAll('/', '-')}-${respondent}`,
  respondent,
  filters: { report: [report], ...filters },
});

const REPLIES = [
  reply('A/73/112', 'cuba', { kind: ['state'], instrument: ['cwc', 'bwc'] }),
  reply('A/73/112', 'nato', { kind: ['organization'], instrument: [] }),
  reply('A/66/115', 'cuba', { kind: ['state'], instrument: ['cwc'] }),
  reply('A/66/115', 'nato', { kind: ['organization'], instrument: ['bwc'] }),
];

describe('replyFacets', () => {
  const facets = replyFacets(REPLIES, ['report', 'kind', 'instrument']);

  it('names each reply by its report and respondent, in corpus order', () => {
    expect(REPLIES.map((_, place) => replyId(facets, place))).toEqual(REPLIES.map((each) => each.id));
  });

  it('refuses a reply whose id is not made of its report and respondent', () => {
    expect(() => replyFacets([{ ...REPLIES[0]!, id: 'cuba-2018' }], ['report'])).toThrow(/cuba-2018/);
  });

  it('counts every value, with the replies it has, over all replies', () => {
    expect(facetTotals(facets)).toEqual({
      report: { 'A/66/115': 2, 'A/73/112': 2 },
      kind: { organization: 2, state: 2 },
      instrument: { bwc: 2, cwc: 2 },
    });
  });

  it('counts the matched replies, a filter’s own selection left out of its counts, and lists those the selection leaves', () => {
    const { counts, replies } = countFacets(facets, [0, 1, 3], { report: ['A/73/112'], kind: ['state'] });
    expect(counts).toEqual({
      report: { 'A/66/115': 0, 'A/73/112': 1 },
      kind: { organization: 1, state: 1 },
      instrument: { bwc: 1, cwc: 1 },
    });
    expect(replies).toEqual([0]);
  });

  it('counts nothing for a search that matched nothing, every value listed', () => {
    expect(countFacets(facets, [], {})).toEqual({
      counts: {
        report: { 'A/66/115': 0, 'A/73/112': 0 },
        kind: { organization: 0, state: 0 },
        instrument: { bwc: 0, cwc: 0 },
      },
      replies: [],
    });
  });

  it('holds the real corpus with the totals the page lists, and the names the page does not list', () => {
    const records = replyRecords(realCorpus());
    const names = Object.keys(filterTotals(records));
    expect(names).toEqual(expect.arrayContaining([...HIDDEN_FILTERS]));
    const real = replyFacets(
      records.map((record) => ({ id: record.card.id, respondent: record.respondent, filters: record.filters })),
      names,
    );
    expect(facetTotals(real)).toEqual(filterTotals(records));
    // NATO's name is in UNODC's 2018 reply, which never says 北约.
    const naming = placesWithValue(real, 'organization', 'nato').map((place) => replyId(real, place));
    expect(naming).toContain('a-73-112-unodc');
  });

  it('lists the replies that have a value, none for a value or filter it does not have', () => {
    expect(placesWithValue(facets, 'instrument', 'cwc')).toEqual([0, 2]);
    expect(placesWithValue(facets, 'instrument', 'npt')).toEqual([]);
    expect(placesWithValue(facets, 'measure', 'x')).toEqual([]);
  });
});
