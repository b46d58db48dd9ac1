// The engine over the real corpus's search, written as the build writes it (real Pagefind
// index, cards, index file) and read from files as the page reads them; compared with a plain
// substring search over the corpus (test-support/query-set.ts) and the corpus's citations.
import { beforeAll, describe, expect, it } from 'vitest';
import { realCorpus } from '../../../../test-support/real-corpus.ts';
import { referenceSearch } from '../../../../test-support/query-set.ts';
import { writtenSearch, type WrittenSearch } from '../../../../test-support/written-search.ts';
import { normalizeForSearch } from '../text/normalize.ts';
import { SearchEngine } from './search-engine.ts';
import { nearestToQuote, offers, otherForms } from './notes.ts';
import { showPage } from './shown-results.ts';

let search: WrittenSearch;
let engine: SearchEngine;
const corpus = realCorpus();
const citing = (key: 'instruments' | 'resolutions', ref: string) =>
  corpus.submissions.filter((submission) => submission.citations[key].includes(ref)).map((submission) => submission.id);
const inCorpusOrder = (ids: readonly string[]) =>
  corpus.submissions.map((submission) => submission.id).filter((id) => ids.includes(id));

beforeAll(async () => {
  search = await writtenSearch();
  engine = new SearchEngine(search.files);
}, 60_000);

describe('a term', () => {
  it('finds exactly the replies whose text holds it, in corpus order, reading only the index, its lookups and its chunks', async () => {
    search.reads.length = 0;
    const outcome = await engine.search('海关', {});
    expect(outcome.ids).toEqual(referenceSearch(corpus, '海关'));
    expect(outcome.exact).toBeGreaterThan(5);
    expect(search.reads.every((path) => /(index|lookups)\.json\.gz$|\.pf_index$/.test(path))).toBe(true);
  });

  it('that is a form of a group of variants is read from the group’s file, with no word chunk', async () => {
    search.reads.length = 0;
    const outcome = await engine.search('核安全', {});
    expect(outcome.ids).toEqual(referenceSearch(corpus, '核安全'));
    expect(outcome.exact).toBe(6);
    expect(search.reads.filter((path) => path.endsWith('.pf_index'))).toEqual([]);
    expect(search.reads.filter((path) => path.startsWith('search/variants/'))).toHaveLength(1);
  });

  it('finds nothing for text no reply holds', async () => {
    const outcome = await engine.search('核安保', {});
    expect(outcome.ids).toEqual([]);
    expect(outcome.matched).toEqual([]);
  });

  it('finds the Secretary-General’s own text apart from the replies', async () => {
    // 内容提要 is in the 2018 introduction only, in no reply; 收到的答复 in both reports' contents.
    expect(await engine.search('内容提要', {})).toMatchObject({ ids: [], reportTexts: ['a-73-112'] });
    expect((await engine.search('收到的答复', {})).reportTexts).toEqual(['a-73-112', 'a-66-115']);
    expect((await engine.search('收到的答复', { report: ['A/66/115'] })).reportTexts).toEqual(['a-66-115']);
    expect((await engine.search('收到的答复', { kind: ['state'] })).reportTexts).toEqual([]);
  });
});

describe('a name', () => {
  it('finds the replies that name it in any form, after those that hold the words', async () => {
    const outcome = await engine.search('化学武器公约', {});
    expect(outcome.names.map((name) => `${name.kind}:${name.value}`)).toEqual(['instrument:cwc']);
    const exact = referenceSearch(corpus, '化学武器公约');
    expect(outcome.ids.slice(0, outcome.exact)).toEqual(exact);
    expect([...outcome.ids].sort()).toEqual([...new Set([...exact, ...citing('instruments', 'cwc')])].sort());
    expect(outcome.namedInResults['instrument:cwc']).toBe(8);
  });

  it('is found under the forms researchers use, which no reply prints', async () => {
    for (const [query, instrument] of [
      ['核不扩散条约', 'npt'],
      ['化武公约', 'cwc'],
      ['禁止化学武器公约', 'cwc'],
      ['制止核恐怖主义公约', 'icsant'],
      ['《核材料实物保护公约》修正案', 'cppnm-amendment'],
    ] as const) {
      const outcome = await engine.search(query, {});
      expect(outcome.exact, query).toBe(0);
      expect(outcome.ids, query).toEqual(inCorpusOrder(citing('instruments', instrument)));
    }
    expect((await engine.search('1540决议', {})).ids).toEqual(inCorpusOrder(citing('resolutions', 'S/RES/1540(2004)')));
  });

  it('is found from its file, with no word chunk, where the query is one of its forms', async () => {
    for (const query of ['化学武器公约', '禁止化学武器公约', 'Cuba']) {
      search.reads.length = 0;
      const outcome = await engine.search(query, {});
      expect(outcome.ids.slice(0, outcome.exact), query).toEqual(referenceSearch(corpus, query));
      expect(
        search.reads.filter((path) => path.endsWith('.pf_index')),
        query,
      ).toEqual([]);
    }
  });

  it('counts, in its note, the replies listed that name it', async () => {
    const outcome = await engine.search('禁止核武器条约', {});
    // OPANAL's reply holds the words (in 拉丁美洲禁止核武器条约) but names the Treaty of Tlatelolco, not the TPNW.
    expect(outcome.ids).toHaveLength(2);
    expect(outcome.namedInResults['instrument:tpnw']).toBe(1);
  });
});

describe('the query language', () => {
  const ids = async (query: string) => (await engine.search(query, {})).ids;

  it('reads AND, NOT and +term as the space and the minus', async () => {
    expect(await ids('核安全 AND 出口管制')).toEqual(await ids('核安全 出口管制'));
    expect(await ids('核安全 +出口管制')).toEqual(await ids('核安全 出口管制'));
    expect(await ids('核安全 NOT 海关')).toEqual(await ids('核安全 -海关'));
    const both = new Set(referenceSearch(corpus, '出口管制'));
    expect((await ids('核安全 出口管制')).sort()).toEqual(
      referenceSearch(corpus, '核安全')
        .filter((id) => both.has(id))
        .sort(),
    );
  });

  it('reads words typed apart that belong together as one term', async () => {
    expect(await ids('核 安 全')).toEqual(referenceSearch(corpus, '核安全'));
    expect(await ids('2018 年 5 月')).toEqual(referenceSearch(corpus, '2018年5月'));
    expect(await ids('核安全……')).toEqual(referenceSearch(corpus, '核安全'));
  });

  it('lists first the replies whose terms begin within 100 characters of one another, each group in corpus order', async () => {
    // Where the terms begin in a reply's text, its paragraphs joined by a break of one character.
    const startsIn = (text: string, term: string) =>
      [...text.matchAll(new RegExp(term, 'gu'))].map((m) => Array.from(text.slice(0, m.index)).length);
    const close = async (id: string, terms: string[]) => {
      const text = (await engine.card(id)).units.map((unit) => normalizeForSearch(unit.text)).join('\n');
      const [first, second] = terms.map((term) => startsIn(text, term));
      return first!.some((a) => second!.some((b) => Math.abs(a - b) <= 100));
    };
    for (const query of ['出口管制 核', '核安全 恐怖主义', '化学武器 边境']) {
      const terms = query.split(' ');
      const outcome = await engine.search(query, {});
      const flags = await Promise.all(outcome.ids.map((id) => close(id, terms)));
      const closeOnes = outcome.ids.filter((_, index) => flags[index]);
      const others = outcome.ids.filter((_, index) => !flags[index]);
      expect(outcome.ids, query).toEqual([...closeOnes, ...others]);
      expect(closeOnes, query).toEqual(inCorpusOrder(closeOnes));
      expect(others, query).toEqual(inCorpusOrder(others));
      expect([...outcome.ids].sort(), query).toEqual(
        referenceSearch(corpus, terms[0]!)
          .filter((id) => referenceSearch(corpus, terms[1]!).includes(id))
          .sort(),
      );
    }
    // Of the nine replies with 出口管制 and 核, the first in corpus order has them only far apart.
    const outcome = await engine.search('出口管制 核', {});
    expect(outcome.ids).toHaveLength(9);
    expect(outcome.ids[0]).not.toBe(inCorpusOrder(outcome.ids)[0]);
  });
});

describe('filters', () => {
  it('select among the replies found, and are counted over all the replies the query finds', async () => {
    const outcome = await engine.search('核安全', { report: ['A/73/112'] });
    expect(outcome.ids).toEqual(referenceSearch(corpus, '核安全').filter((id) => id.startsWith('a-73-112')));
    const { counts, replies } = await engine.countFilters(outcome);
    expect(replies).toEqual(outcome.ids);
    expect(counts['report']).toEqual({ 'A/66/115': 4, 'A/73/112': 2 });
  });

  it('list every reply they select when there is no query', async () => {
    const outcome = await engine.search('', { resolution: ['S/RES/1540(2004)'] });
    expect(outcome.byFilters).toBe(true);
    expect(outcome.ids).toEqual(inCorpusOrder(citing('resolutions', 'S/RES/1540(2004)')));
  });
});

describe('a pasted quotation', () => {
  it('is found paragraph by paragraph, with its line breaks and spaces', async () => {
    const outcome = await engine.search('“古巴没有也不打算\n拥有大规模毁灭性武器，此类武器', {});
    expect(outcome.quote?.sources.map((source) => source.unit.anchor)).toEqual(['a-73-112-p1']);
    expect(outcome.ids).toEqual(['a-73-112-cuba']);
  });

  it('reads a page of candidates before the first results and the others after, finding every reply that holds it', async () => {
    const passage = '防止恐怖分子获取大规模毁灭性武器';
    const holding = referenceSearch(corpus, passage);
    expect(holding.length).toBeGreaterThan(5);
    search.reads.length = 0;
    const first = (await engine.searchRun(passage, {})).outcome;
    const repliesRead = search.reads.filter((path) => /\/cards\/a-\d+-\d+-/.test(path));
    expect(repliesRead).toHaveLength(5);
    // The first five candidates (replies with a piece of the passage) hold the first few replies that hold it.
    expect(first.ids.length).toBeGreaterThan(0);
    expect(first.ids).toEqual(holding.slice(0, first.ids.length));
    expect(first.quote?.pending?.replies.length).toBeGreaterThanOrEqual(holding.length - first.ids.length);
    const completed = await engine.completeQuote(first);
    expect(completed.ids).toEqual(holding);
    expect(completed.exact).toBe(holding.length);
    expect(completed.quote).toMatchObject({ unchecked: 0 });
    expect(completed.quote?.pending).toBeUndefined();
    expect(new Set(completed.quote?.sources.map((source) => source.card.id))).toEqual(new Set(holding));
    expect((await engine.search(passage, {})).ids).toEqual(holding);
  });

  it('with a slip in one character finds nothing, and the nearest paragraph is offered', async () => {
    const run = await engine.searchRun('古巴没有也不打算拥有大规模杀伤性武器，此类武器不是古巴国家防御战略', {});
    expect(run.outcome.ids).toEqual([]);
    const near = await nearestToQuote(run, engine);
    expect(near[0]).toMatchObject({ card: { id: 'a-73-112-cuba' }, unit: { anchor: 'a-73-112-p1' } });
    expect(near[0]!.common).toBeGreaterThan(near[0]!.length - 4);
  });
});

describe('other forms and offers', () => {
  it('names the other forms of a term with what the query finds with each, never searching them unasked', async () => {
    const run = await engine.searchRun('核安全', {});
    expect(run.outcome.ids).toEqual(referenceSearch(corpus, '核安全'));
    const forms = await otherForms(run, engine);
    const security = forms.find((form) => form.form === '核保安')!;
    expect(security).toEqual({
      term: '核安全',
      form: '核保安',
      query: '核保安',
      count: referenceSearch(corpus, '核保安').length,
    });
    for (const form of forms) expect((await engine.search(form.query, {})).ids).toHaveLength(form.count);
  });

  it('offers, for a query that finds nothing, queries that find something, each with what it finds', async () => {
    const offered = async (query: string, selection = {}) => offers(await engine.searchRun(query, selection), engine);
    const split = await offered('核安全、出口管制');
    expect(split).toContainEqual(expect.objectContaining({ kind: 'split', query: '核安全 出口管制' }));
    const variants = await offered('核安保');
    expect(variants.map((offer) => offer.query)).toEqual(expect.arrayContaining(['核安全', '核保安']));
    const names = await offered('化学武器条约');
    expect(names).toContainEqual(expect.objectContaining({ kind: 'name', query: '化学武器公约' }));
    const unfiltered = await offered('古巴', { report: ['A/66/115'] });
    expect(unfiltered).toContainEqual(expect.objectContaining({ kind: 'without-filters', selection: {} }));
    for (const offer of [...split, ...variants, ...names, ...unfiltered])
      expect((await engine.search(offer.query, offer.selection)).ids, offer.query).toHaveLength(offer.count);
    expect(await offered('核安全')).toEqual([]);
  });
});

describe('showPage', () => {
  it('says a term is found under another name only where the reply was found by that name', async () => {
    const outcome = await engine.search('过境 OR 转运', {});
    const cards = await Promise.all(outcome.ids.map(async (id) => ({ id, card: await engine.card(id) })));
    const page = showPage(outcome, cards);
    expect(page.dropped).toEqual([]);
    for (const result of page.shown) expect(result.terms.every((term) => !term.byName)).toBe(true);
  });
});
