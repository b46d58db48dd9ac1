import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../../../test-support/real-corpus.ts';
import { filterTotals, fragmentPages, replyRecords } from './reply-records.ts';
import { searchUnits } from '../text/search-units.ts';
import { UNIT_SEPARATOR } from '../text/tokens.ts';

describe('replyRecords', () => {
  const corpus = realCorpus();
  const records = replyRecords(corpus);

  it('makes one record per reply, in corpus order, at the reply URL', () => {
    expect(records.map((record) => record.card.id)).toEqual(corpus.submissions.map((submission) => submission.id));
    expect(records.map((record) => record.url)).toEqual(corpus.submissions.map((submission) => submission.url));
  });

  it('indexes the heading, every block and every footnote, kept apart', () => {
    const nato = corpus.submissions.find((submission) => submission.id === 'a-73-112-nato')!;
    const record = records.find((each) => each.card.id === 'a-73-112-nato')!;
    expect(record.content.split(` ${UNIT_SEPARATOR} `)).toHaveLength(1 + nato.blocks.length + nato.footnotes.length);
    expect(searchUnits(nato).map((unit) => unit.anchor)).toEqual([
      nato.url.split('#')[1],
      ...nato.blocks.map((block) => block.id),
      ...nato.footnotes.map((footnote) => footnote.id),
    ]);
  });

  it('files each reply under report, year, kind, original language and the measures it reports, and adds what the citations hook returns', () => {
    const cuba = replyRecords(corpus, (submission) =>
      submission.respondent === 'cuba' ? { instrument: ['cwc', 'bwc'] } : {},
    ).find((record) => record.card.id === 'a-73-112-cuba')!;
    expect(cuba.filters).toEqual({
      report: ['A/73/112'],
      year: ['2018'],
      kind: ['state'],
      language: ['es'],
      instrument: ['cwc', 'bwc'],
      // content/data/measures.jsonl: Cuba's paragraph 5 (treaties), 6 (the IAEA conference), 8 (its laws).
      measure: ['instruments', 'cooperation', 'legislation'],
    });
  });

  it('gives the search page what a result shows: names, report, date and the text as printed', () => {
    const card = records.find((record) => record.card.id === 'a-73-112-cuba')!.card;
    expect(card).toMatchObject({
      report: 'A/73/112',
      received: '2018-04-05',
      kind: 'state',
      language: 'es',
      name: { zh: '古巴', en: 'Cuba' },
      page: '/states/cuba/a-73-112/',
    });
    expect(card.units[1]).toEqual({
      anchor: 'a-73-112-p1',
      kind: 'paragraph',
      number: 1,
      text: corpus.submissions.find((each) => each.id === 'a-73-112-cuba')!.blocks[0]!.text,
    });
  });
});

describe('filterTotals', () => {
  it('counts the replies under each filter value', () => {
    const totals = filterTotals(replyRecords(realCorpus()));
    expect(totals['report']).toEqual({ 'A/73/112': 14, 'A/66/115': 24 });
    expect(Object.values(totals['kind']!).reduce((sum, count) => sum + count, 0)).toBe(38);
  });
});

describe('fragmentPages', () => {
  it('reads one fragment, or a group of them keyed by page hash', () => {
    expect(fragmentPages('fragment/zh_161a778.pf_fragment', { url: '/states/chile/#a-66-115', content: '' })).toEqual([
      { id: 'zh_161a778', url: '/states/chile/#a-66-115' },
    ]);
    expect(fragmentPages('fragment/zh_group1.pf_fragment', { zh_a: { url: '/a/' }, zh_b: { url: '/b/' } })).toEqual([
      { id: 'zh_a', url: '/a/' },
      { id: 'zh_b', url: '/b/' },
    ]);
    expect(() => fragmentPages('index/zh_1.pf_index', {})).toThrow(/not a Pagefind fragment/);
  });
});
