import { describe, expect, it } from 'vitest';
import { groupsToShow, knownSelection, pagefindFilters, readSearchParams } from './filter-groups.ts';
import { searchQueryString } from '../../urls.ts';

describe('search URLs', () => {
  it('read the query and any filters, several values each', () => {
    expect(
      readSearchParams(new URLSearchParams('q=核安全&report=A/73/112&instrument=cwc&kind=state&kind=organization')),
    ).toEqual({
      query: '核安全',
      selection: { report: ['A/73/112'], instrument: ['cwc'], kind: ['state', 'organization'] },
    });
  });

  it('write what they read, with readable slashes', () => {
    const search = searchQueryString('72/42 号', { report: ['A/73/112'], year: ['2018'] });
    expect(search).toBe('?q=72/42+%E5%8F%B7&report=A/73/112&year=2018');
    expect(readSearchParams(new URLSearchParams(search))).toEqual({
      query: '72/42 号',
      selection: { report: ['A/73/112'], year: ['2018'] },
    });
  });
});

describe('Pagefind filters', () => {
  it('match any selected value of a filter and all filters', () => {
    expect(pagefindFilters({ report: ['A/73/112'], kind: ['state', 'organization'] })).toEqual({
      report: { any: ['A/73/112'] },
      kind: { any: ['state', 'organization'] },
    });
  });

  it('leave one filter out to count its values', () => {
    expect(pagefindFilters({ report: ['A/73/112'], kind: ['state'] }, 'kind')).toEqual({
      report: { any: ['A/73/112'] },
    });
  });

  it('drop filters the index does not have, and the hidden state filter', () => {
    expect(
      knownSelection({ report: ['A/73/112'], colour: ['red'], state: ['cuba'] }, { report: {}, state: {} }),
    ).toEqual({ report: ['A/73/112'] });
  });
});

describe('groupsToShow', () => {
  it('lists the known filters the index has in their order, then new ones, never the hidden ones', () => {
    const index = {
      language: { en: 3 },
      report: { 'A/73/112': 1 },
      organization: { nato: 1 },
      instrument: { cwc: 2 },
      treaty: { npt: 1 },
    };
    expect(groupsToShow(index).map((group) => group.name)).toEqual(['report', 'language', 'instrument', 'treaty']);
  });
});
