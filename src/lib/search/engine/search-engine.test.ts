// The search engine against a fake Pagefind that does what the real one does with our
// records: a quoted phrase of character tokens matches consecutive tokens; filters select.
import { describe, expect, it } from 'vitest';
import type { NameOfQuery } from '../vocabulary/name-forms.ts';
import { replyFacets } from '../filters/reply-facets.ts';
import { SearchEngine, withoutReplies, type Outcome, type PagefindApi, type SearchOptions } from './search-engine.ts';
import { showPage } from './shown-results.ts';
import type { ReplyCard } from '../build/reply-records.ts';
import { normalizeForSearch } from '../text/normalize.ts';
import { searchTokens } from '../text/tokens.ts';

interface FakeRecord {
  id: string;
  /** The reply's parts: a phrase never matches across two, as in the real index (tokens.ts). */
  units: string[];
  filters: Record<string, string[]>;
}

type FilterValue = { any?: (string | Record<string, string>)[]; none?: string[] };

function passes(record: FakeRecord, filters: Record<string, unknown> = {}): boolean {
  return Object.entries(filters).every(([name, value]) => {
    if (name === 'any') return (value as Record<string, string>[]).some((one) => passes(record, oneOf(one)));
    const { any, none } = value as FilterValue;
    const values = record.filters[name] ?? [];
    if (none && none.some((each) => values.includes(each as string))) return false;
    return !any || any.some((each) => values.includes(each as string));
  });
}

const oneOf = (one: Record<string, string>) =>
  Object.fromEntries(Object.entries(one).map(([name, value]) => [name, { any: [value] }]));

function fakePagefind(records: FakeRecord[], calls: string[] = []): PagefindApi {
  const tokens = (text: string) => ` ${searchTokens(normalizeForSearch(text)).join(' ')} `;
  return {
    preload: async () => {},
    search: async (term: string | null, options: SearchOptions) => {
      calls.push(term ?? '(filters only)');
      const phrase = term === null ? null : ` ${term.slice(1, -1)} `;
      const found = records.filter(
        (record) =>
          (phrase === null || record.units.some((unit) => tokens(unit).includes(phrase))) &&
          passes(record, options.filters),
      );
      // Pagefind lists what a term finds by score (here, last first), and all the records of a filter-only search in the order they were added.
      const listed = term === null ? found : found.reverse();
      return { results: listed.map((record) => ({ id: record.id })) };
    },
  };
}

const record = (id: string, report: string, instrument: string[], ...units: string[]): FakeRecord => ({
  id,
  units,
  filters: { report: [report], instrument },
});

/** A fake record's reply id, as its report and respondent make it (the respondent is the record's id). */
const replyOf = (id: string) =>
  `${RECORDS.find((each) => each.id === id)!
    .filters['report']![0]!.toLowerCase()
    .replaceAll('/', '-')}-${id}`;

const RECORDS: FakeRecord[] = [
  record('r1', 'A/73/112', ['cwc'], '各国应加入《化学武器公约》。'),
  record('r2', 'A/73/112', [], '核安全是各国的责任。'),
  record('r3', 'A/66/115', ['cwc'], '《关于禁止化学武器的公约》已生效。'),
  record('r5', 'A/66/115', [], '核安全的国际合作。', '出口管制清单。'),
  record('r4', 'A/66/115', [], '加强核安全和出口管制。'),
  record('r6', 'A/66/115', [], '古巴没有也不打算拥有大规模毁灭性武器，此类武器不是古巴国家防御战略的一部分。'),
];

function card(id: string, ...units: string[]): ReplyCard {
  return {
    id,
    report: 'A/73/112',
    received: '2018-04-05',
    kind: 'state',
    language: 'en',
    name: { zh: id, en: id },
    page: `/states/${id}/a-73-112/`,
    units: units.map((text, index) => ({ anchor: `${id}-p${index + 1}`, kind: 'paragraph', number: index + 1, text })),
  };
}

const CWC: NameOfQuery = {
  kind: 'instrument',
  value: 'cwc',
  label: { zh: '《化学武器公约》', en: 'Chemical Weapons Convention (CWC)' },
  page: '/instruments/cwc/',
  forms: ['化学武器公约', 'cwc', 'chemicalweaponsconvention'],
  marks: ['化学武器公约'],
  count: 2,
};

const engine = (calls?: string[], loads: string[] = []) =>
  new SearchEngine({
    pagefind: async () => fakePagefind(RECORDS, calls),
    nameForms: [CWC],
    loadNames: async () => {
      loads.push('names');
      return [CWC];
    },
    loadFacets: async () =>
      replyFacets(
        RECORDS.map((each) => ({ id: replyOf(each.id), respondent: each.id, filters: each.filters })),
        ['report', 'instrument'],
      ),
    loadCard: async (id) => {
      loads.push(id);
      const found = RECORDS.find((each) => each.id === id)!;
      return card(id, ...found.units);
    },
  });

describe('SearchEngine.search', () => {
  it('finds the replies that contain the query, in the order Pagefind gives them', async () => {
    const outcome = await engine().search('核安全', {});
    expect(outcome.ids).toEqual(['r2', 'r5', 'r4']);
    expect(outcome.exact).toBe(3);
    expect(outcome.names).toEqual([]);
  });

  it('finds by name after those containing the query, counted apart', async () => {
    const outcome = await engine().search('CWC', {});
    expect(outcome.ids).toEqual(['r1', 'r3']);
    expect(outcome.exact).toBe(0);
    expect(outcome.names.map((name) => name.value)).toEqual(['cwc']);
  });

  it('narrows by the filters a link selects, and drops filters the index does not have', async () => {
    const outcome = await engine().search('核安全', { report: ['A/66/115'], colour: ['red'] });
    expect(outcome.selection).toEqual({ report: ['A/66/115'] });
    expect(outcome.ids).toEqual(['r5', 'r4']);
  });

  it('asks Pagefind nothing for a query of white space', async () => {
    const calls: string[] = [];
    const outcome = await engine(calls).search('   ', {});
    expect(outcome).toMatchObject({ ids: [], exact: 0, byFilters: false });
    expect(calls).toEqual([]);
  });
});

describe('SearchEngine, the query language', () => {
  it('finds the replies that hold every term, those with all in one paragraph first', async () => {
    const outcome = await engine().search('核安全 出口管制', {});
    expect(outcome.ids).toEqual(['r4', 'r5']);
    expect(outcome.exact).toBe(2);
  });

  it('finds the replies that hold either of two terms, in corpus order, a name’s other replies after', async () => {
    const outcome = await engine().search('核安全 OR 化学武器公约', {});
    expect(outcome.ids).toEqual(['r1', 'r2', 'r5', 'r4', 'r3']);
    expect(outcome.exact).toBe(4);
    expect(outcome.names.map((name) => name.value)).toEqual(['cwc']);
  });

  it('leaves out the replies that hold an excluded term', async () => {
    expect((await engine().search('核安全 -出口管制', {})).ids).toEqual(['r2']);
    expect((await engine().search('核安全 -"出口 管制"', {})).ids).toEqual(['r2']);
  });

  it('reads a query of exclusions alone as nothing to find, with a hint', async () => {
    const outcome = await engine().search('-核安全', {});
    expect(outcome.ids).toEqual([]);
    expect(outcome.hints.map((hint) => hint.code)).toEqual(['only-exclusions']);
  });

  it('searches traditional characters as simplified, a name’s other replies included', async () => {
    const outcome = await engine().search('化學武器公約', {});
    expect(outcome).toMatchObject({ ids: ['r1', 'r3'], exact: 1, simplified: '化学武器公约' });
  });

  it('reads English words that together are a name as that name', async () => {
    const outcome = await engine().search('Chemical Weapons Convention', {});
    expect(outcome).toMatchObject({ ids: ['r1', 'r3'], exact: 0 });
    expect(outcome.names.map((name) => name.value)).toEqual(['cwc']);
  });

  it('counts the replies of several terms, whatever filters are ticked', async () => {
    const search = engine();
    const outcome = await search.search('核安全 出口管制', { report: ['A/66/115'] });
    const { counts, replies } = await search.countFilters(outcome);
    expect(replies.sort()).toEqual(['r4', 'r5'].map(replyOf).sort());
    expect(counts['report']).toEqual({ 'A/73/112': 0, 'A/66/115': 2 });
  });
});

describe('SearchEngine, a pasted quotation', () => {
  it('finds the one paragraph that holds it, whatever its line breaks, spaces and end punctuation', async () => {
    const outcome = await engine().search('“古巴没有也不打算\n拥有大规模 毁灭性武器，', {});
    expect(outcome.ids).toEqual(['r6']);
    expect(outcome.quote?.sources.map((source) => source.unit.anchor)).toEqual(['r6-p1']);
  });

  it('finds the parts around an ellipsis in that order in one paragraph', async () => {
    const outcome = await engine().search('古巴没有也不打算……古巴国家防御战略', {});
    expect(outcome.quote?.sources.map((source) => source.unit.anchor)).toEqual(['r6-p1']);
    expect((await engine().search('古巴国家防御战略……古巴没有也不打算', {})).quote).toBeUndefined();
  });

  it('falls back to terms when no paragraph holds the parts in order', async () => {
    const outcome = await engine().search('核安全的国际合作 出口管制清单', {});
    expect(outcome.quote).toBeUndefined();
    expect(outcome.ids).toEqual(['r5']);
  });
});

describe('SearchEngine, no query, filters ticked', () => {
  it('lists every reply the filters select, with what the selected instrument is called', async () => {
    const outcome = await engine().search('', { instrument: ['cwc'] });
    expect(outcome).toMatchObject({ ids: ['r1', 'r3'], exact: 2, byFilters: true, filterMarks: ['化学武器公约'] });
  });

  it('lists nothing with nothing ticked', async () => {
    expect(await engine().search('', {})).toMatchObject({ ids: [], byFilters: false });
  });

  it('counts each filter’s values over the replies listed', async () => {
    const search = engine();
    const { counts, replies } = await search.countFilters(await search.search('', { report: ['A/66/115'] }));
    expect(counts['report']).toEqual({ 'A/73/112': 2, 'A/66/115': 4 });
    expect(counts['instrument']).toEqual({ cwc: 1 });
    expect(replies.sort()).toEqual(['r3', 'r4', 'r5', 'r6'].map(replyOf).sort());
  });

  it('shows where each reply names the selected instrument, or else its first paragraph', () => {
    const listed = { ...textOutcome(), ids: ['a', 'b'], exact: 2, byFilters: true, filterMarks: ['化学武器公约'] };
    const page = showPage(listed, [
      { id: 'a', card: card('a', '各国应加入《化学武器公约》') },
      { id: 'b', card: card('b', '这一段没有提及') },
    ]);
    expect(page.dropped).toEqual([]);
    expect(page.shown.map((result) => result.hits[0]!.ranges)).toEqual([[[6, 12]], []]);
  });
});

describe('SearchEngine.countFilters', () => {
  it('counts a selected filter’s values as if any could be added, the others applied', async () => {
    const search = engine();
    const outcome = await search.search('核安全', { report: ['A/66/115'] });
    const { counts, replies } = await search.countFilters(outcome);
    expect(counts['report']).toEqual({ 'A/73/112': 1, 'A/66/115': 2 });
    expect(replies.sort()).toEqual(['r4', 'r5'].map(replyOf).sort());
  });

  it('counts replies found by name too', async () => {
    const search = engine();
    const outcome = await search.search('化学武器公约', {});
    expect(outcome.ids).toEqual(['r1', 'r3']);
    expect(outcome.exact).toBe(1);
    const { counts, replies } = await search.countFilters(outcome);
    expect(counts['report']).toEqual({ 'A/73/112': 1, 'A/66/115': 1 });
    expect(replies.sort()).toEqual(['r1', 'r3'].map(replyOf).sort());
  });
});

function textOutcome(): Outcome {
  return {
    query: '核安全',
    selection: {},
    parsed: { clauses: [[{ text: '核安全', normalized: '核安全', quoted: false }]], excluded: [], hints: [] },
    hints: [],
    names: [],
    ids: ['a', 'b', 'c'],
    exact: 2,
    byFilters: false,
    filterMarks: [],
  };
}

describe('outcomes are values', () => {
  const outcome = textOutcome();

  it('lose replies as a new value, the original untouched', () => {
    const smaller = withoutReplies(outcome, new Set(['a']));
    expect(smaller).toMatchObject({ ids: ['b', 'c'], exact: 1 });
    expect(outcome).toMatchObject({ ids: ['a', 'b', 'c'], exact: 2 });
  });

  it('drop a reply whose text does not hold the query when its page is shown, and say which', () => {
    const page = showPage(outcome, [
      { id: 'a', card: card('a', '核安全很重要') },
      { id: 'b', card: card('b', '没有这个词') },
    ]);
    expect(page.shown.map((result) => result.card.id)).toEqual(['a']);
    expect(page.dropped).toEqual(['b']);
    expect(page.outcome).toMatchObject({ ids: ['a', 'c'], exact: 1 });
    expect(outcome.ids).toEqual(['a', 'b', 'c']);
  });
});

describe('SearchEngine, the names’ labels', () => {
  it('loads them for a query that is a name, and not for one that is not', async () => {
    const loads: string[] = [];
    await engine(undefined, loads).search('核安全', {});
    expect(loads).not.toContain('names');
    const outcome = await engine(undefined, loads).search('CWC', {});
    expect(loads).toContain('names');
    expect(outcome.names).toEqual([CWC]);
  });
});
