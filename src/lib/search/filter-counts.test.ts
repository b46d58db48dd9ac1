import { describe, expect, it } from 'vitest';
import { addCounts, anyName, matchedReplies, withoutFilter } from './filter-counts.ts';

describe('filter counts of a query found by text and by name', () => {
  it('adds the counts of the two searches, value by value', () => {
    const byText = { report: { 'A/73/112': 3, 'A/66/115': 0 }, kind: { organization: 2, state: 1 } };
    const byName = { report: { 'A/73/112': 1, 'A/66/115': 2 }, language: { en: 3 } };
    expect(addCounts(byText, byName)).toEqual({
      report: { 'A/73/112': 4, 'A/66/115': 2 },
      kind: { organization: 2, state: 1 },
      language: { en: 3 },
    });
  });

  it('reads which replies a search found from the reply filter', () => {
    expect(matchedReplies({ reply: { 'a-73-112-cuba': 1, 'a-73-112-eu': 0, 'a-66-115-nato': 1 } })).toEqual([
      'a-73-112-cuba',
      'a-66-115-nato',
    ]);
    expect(matchedReplies({})).toEqual([]);
  });

  it('asks Pagefind for any of several names, each under its own filter', () => {
    expect(
      anyName([
        { kind: 'instrument', value: 'cwc' },
        { kind: 'organization', value: 'opcw' },
      ]),
    ).toEqual({ any: [{ instrument: 'cwc' }, { organization: 'opcw' }] });
  });

  it('drops one filter from a selection and keeps the others', () => {
    expect(withoutFilter({ report: ['A/73/112'], kind: ['state', 'organization'] }, 'kind')).toEqual({
      report: ['A/73/112'],
    });
  });
});
