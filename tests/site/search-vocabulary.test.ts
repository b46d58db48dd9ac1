// Search in the researcher's words, in the browser against the built site, checked against the
// registries and corpus.json by plain means: every curated form and every label the site prints
// finds every reply that names the thing (and those that hold the words); the other forms the
// reports use are named beside the results with the counts their links find; a query that finds
// nothing offers queries that find something, each finding what it said.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Corpus } from '../../src/lib/schema.ts';
import { referenceSearch } from '../../test-support/query-set.ts';
import { openBuiltSite, type BuiltSite } from '../../test-support/built-site.ts';
import { runQueries, waitForResults, type Found } from '../../test-support/search-page.ts';

let site: BuiltSite;
let corpus: Corpus;
let page: Page;

beforeAll(async () => {
  site = await openBuiltSite();
  corpus = site.corpus;
  page = await site.guarded.context.newPage();
  await page.goto(new URL('search/', site.server.url).href);
});

afterAll(() => site?.close());

/** A name as the registries and corpus.json say it: what refers to it, and the replies that cite it. */
interface Named {
  name: string;
  citing: string[];
}

const instrumentNamed = (id: string): Named => ({
  name: `instrument:${id}`,
  citing: corpus.submissions.filter((each) => each.citations.instruments.includes(id)).map((each) => each.id),
});
const resolutionNamed = (symbol: string): Named => ({
  name: `resolution:${symbol}`,
  citing: corpus.submissions.filter((each) => each.citations.resolutions.includes(symbol)).map((each) => each.id),
});

/** content/data/name-forms.tsv read plainly: target, form. */
function curatedLines(): [string, string][] {
  return readFileSync('content/data/name-forms.tsv', 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t') as [string, string]);
}

/** Every form of every cited instrument and resolution a researcher may type, with what it names. */
function researcherForms(): { query: string; named: Named; group: string }[] {
  const cited = new Set(corpus.submissions.flatMap((each) => each.citations.instruments));
  const lines = curatedLines();
  const instruments = corpus.instruments
    .filter((instrument) => cited.has(instrument.id))
    .flatMap((instrument) => {
      const named = instrumentNamed(instrument.id);
      const printed = instrument.aliases.flatMap((alias) => [alias, `《${alias}》`]);
      const curated = lines
        .filter(([target]) => target === `instrument:${instrument.id}`)
        .flatMap(([, form]) => [form, `《${form}》`, `〈${form}〉`]);
      return [
        ...printed.map((query) => ({ query, named, group: 'instrument, as the texts print it' })),
        ...curated.map((query) => ({ query, named, group: 'instrument, as researchers write it' })),
      ];
    });
  const symbols = [...new Set(corpus.submissions.flatMap((each) => each.citations.resolutions))];
  const resolutions = symbols.flatMap((symbol) => {
    const [, council, number, year] = /^(?:(S)\/RES\/(\d+)\((\d{4})\)|A\/RES\/(\d+\/\d+))$/.exec(symbol)!;
    const n = council ? number! : symbol.slice('A/RES/'.length);
    const named = resolutionNamed(symbol);
    const body = council ? 'S' : 'A';
    const patterns = lines
      .filter(([target, form]) => target === `resolution:${body}/RES/*` && (year || !form.includes('{year}')))
      .map(([, form]) => form.replaceAll('{n}', n).replaceAll('{year}', year ?? ''));
    // The forms issue 19 names for every resolution, full-width brackets included.
    const required = council
      ? [
          `第${n}号决议`,
          `${n}号决议`,
          `${n}决议`,
          `安理会第${n}号决议`,
          `第${n}（${year}）号决议`,
          `安理会第${n}（${year}）号决议`,
        ]
      : [`第${n}号决议`, `${n}号决议`, `${n}决议`, `大会第${n}号决议`];
    return [...new Set([...patterns, ...required])].map((query) => ({ query, named, group: 'resolution' }));
  });
  return [...instruments, ...resolutions];
}

/** What a query that is a name must find: every reply that names it, and every reply that holds its words. */
const expectedOf = (query: string, named: Named) =>
  [...new Set([...named.citing, ...referenceSearch(corpus, query)])].sort();

/** Precision and recall per group, printed; every query must find exactly what it should. */
function checkFound(cases: readonly { query: string; named: Named; group: string }[], found: readonly Found[]): void {
  const figures = new Map<string, { expected: number; found: number; correct: number; queries: number }>();
  const wrong: string[] = [];
  cases.forEach(({ query, named, group }, index) => {
    const result = found[index]!;
    const expected = expectedOf(query, named);
    const correct = result.replies.filter((id) => expected.includes(id)).length;
    const figure = figures.get(group) ?? { expected: 0, found: 0, correct: 0, queries: 0 };
    figures.set(group, {
      queries: figure.queries + 1,
      expected: figure.expected + expected.length,
      found: figure.found + result.replies.length,
      correct: figure.correct + correct,
    });
    if ([...result.replies].sort().join() !== expected.join() || !result.names.includes(named.name))
      wrong.push(
        `${query}: found ${result.replies.length} (names ${result.names.join(' ')}), expected ${expected.length} (${named.name})`,
      );
  });
  console.log(
    [...figures]
      .map(
        ([group, each]) =>
          `${group.padEnd(40)} ${String(each.queries).padStart(4)} queries: precision ${((100 * each.correct) / Math.max(1, each.found)).toFixed(1)}%, recall ${((100 * each.correct) / Math.max(1, each.expected)).toFixed(1)}%`,
      )
      .join('\n'),
  );
  expect(wrong).toEqual([]);
}

describe('every name researchers use', () => {
  it('finds every reply that names an instrument or a resolution, under every form the texts print or researchers write', async () => {
    const cases = researcherForms();
    expect(cases.length).toBeGreaterThan(300);
    checkFound(
      cases,
      await runQueries(
        page,
        cases.map((each) => each.query),
      ),
    );
  });

  it('finds every reply that names it under the titles and labels the site prints for it', async () => {
    const labelled: { query: string; named: Named; group: string }[] = [];
    const other = await site.guarded.context.newPage();
    const cited = new Set(corpus.submissions.flatMap((each) => each.citations.instruments));
    const pages = [
      ...corpus.instruments
        .filter((each) => cited.has(each.id))
        .map((each) => ({ path: `instruments/${each.id}/`, named: instrumentNamed(each.id) })),
      ...[...new Set(corpus.submissions.flatMap((each) => each.citations.resolutions))].map((symbol) => ({
        path: `resolutions/${symbol
          .toLowerCase()
          .replace(/[/()]+/g, '-')
          .replace(/-+$/, '')}/`,
        named: resolutionNamed(symbol),
      })),
    ];
    for (const { path, named } of pages) {
      await other.goto(new URL(path, site.server.url).href);
      const [zh, en] = await other.evaluate(() => {
        const h1 = document.querySelector('h1')!.cloneNode(true) as HTMLElement;
        const english = h1.querySelector('.en')?.textContent?.trim() ?? '';
        h1.querySelector('.en')?.remove();
        return [h1.textContent!.trim(), english];
      });
      labelled.push(
        { query: zh, named, group: 'its page’s title' },
        { query: en, named, group: 'its page’s English title' },
      );
    }
    // The short labels of the search page's filters and the instrument matrix.
    const filters = await page.$$eval(
      '#search-filters input[data-filter=instrument], #search-filters input[data-filter=resolution]',
      (boxes) =>
        boxes.map((box) => ({
          filter: (box as HTMLInputElement).dataset.filter!,
          value: (box as HTMLInputElement).value,
          label: box.parentElement!.textContent!.replace(/\(\d+\)$/, '').trim(),
        })),
    );
    for (const { filter, value, label } of filters)
      labelled.push({
        query: label,
        named: filter === 'instrument' ? instrumentNamed(value) : resolutionNamed(value),
        group: 'its label in the filters',
      });
    await other.close();
    expect(labelled.length).toBeGreaterThan(100);
    checkFound(
      labelled,
      await runQueries(
        page,
        labelled.map((each) => each.query),
      ),
    );
  });

  it('counts, in the note about a name, the replies the results list', async () => {
    const [found] = await runQueries(page, ['核材料实物保护公约 修正案']);
    expect(found!.names).toEqual(['instrument:cppnm-amendment']);
    expect(found!.namesNote).toContain(`所列 ${found!.total} 份答复中 ${found!.total} 份提及`);
  });
});

/** content/data/variants.tsv read plainly: each group's forms. */
function variantGroups(): string[][] {
  return readFileSync('content/data/variants.tsv', 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t')[0]!.split(' / '));
}

describe('the other forms the reports use', () => {
  it('are named beside the results, each with the number of replies its link lists, and never searched unasked', async () => {
    const queries = variantGroups().flatMap((forms) =>
      forms.filter((form) => referenceSearch(corpus, form).length > 0).map((form) => ({ form, forms })),
    );
    expect(queries.length).toBeGreaterThan(60);
    const found = await runQueries(
      page,
      queries.map((each) => each.form),
    );
    const links: { query: string; count: number }[] = [];
    queries.forEach(({ form, forms }, index) => {
      const result = found[index]!;
      expect(result.replies.sort(), form).toEqual(referenceSearch(corpus, form).sort());
      const expected = forms.filter((other) => other !== form && referenceSearch(corpus, other).length > 0);
      expect(result.seeAlso.map((link) => link.text).sort(), form).toEqual([...expected].sort());
      for (const link of result.seeAlso) {
        expect(link.count, `${form} → ${link.text}`).toBe(referenceSearch(corpus, link.text).length);
        links.push({ query: link.query!, count: link.count! });
      }
    });
    const followed = await runQueries(
      page,
      links.map((link) => link.query),
    );
    links.forEach((link, index) => expect(followed[index]!.total, link.query).toBe(link.count));
  });

  it('are named with the count of the query with the other form, its other terms kept', async () => {
    const [found] = await runQueries(page, ['核安全 出口管制']);
    const [link] = found!.seeAlso;
    expect(link).toMatchObject({ text: '核保安', query: '核保安 出口管制' });
    const both = referenceSearch(corpus, '核保安').filter((id) => referenceSearch(corpus, '出口管制').includes(id));
    expect(link!.count).toBe(both.length);
  });
});

describe('a query that finds nothing', () => {
  const NOTHING = [
    '核安全、出口管制',
    '核安保',
    '核安保措施',
    '化学武器条约',
    '核不扩散公约',
    '古巴没有也不打算拥有大规模杀伤性武器，此类武器不是古巴国家防御战略的一部分。',
  ];

  it('says so and offers what would find something, each link finding the number it shows', async () => {
    const found = await runQueries(page, NOTHING);
    const offered = found.flatMap((result) => {
      expect(result.total, result.query).toBe(0);
      expect(result.offers.length, result.query).toBeGreaterThan(0);
      return result.offers;
    });
    const other = await site.guarded.context.newPage();
    for (const offer of offered.filter((each) => each.query !== undefined)) {
      await other.goto(new URL(offer.href.slice(1), site.server.url).href);
      await waitForResults(other);
      expect(Number(await other.getAttribute('#search-results', 'data-total')), offer.href).toBe(offer.count);
    }
    await other.close();
    expect(found[0]!.offers.map((offer) => offer.query)).toContain('核安全 出口管制');
    expect(found[3]!.offers.map((offer) => offer.query)).toContain('化学武器公约');
  });

  it('offers, for a quotation with a slip, the nearest paragraph at its anchor', async () => {
    const [found] = await runQueries(page, [NOTHING.at(-1)!]);
    const near = found!.offers.find((offer) => offer.anchor);
    expect(near).toMatchObject({ href: '/states/cuba/a-73-112/#a-73-112-p1', anchor: 'a-73-112-p1' });
    const other = await site.guarded.context.newPage();
    await other.goto(new URL(near!.href.slice(1), site.server.url).href);
    expect(await other.locator('[id="a-73-112-p1"]').innerText()).toContain('古巴没有也不打算拥有大规模毁灭性武器');
    await other.close();
  });

  it('without its filters, offers the same query with none', async () => {
    const other = await site.guarded.context.newPage();
    await other.goto(new URL(`search/?q=${encodeURIComponent('古巴')}&report=A/66/115`, site.server.url).href);
    await waitForResults(other);
    expect(await other.getAttribute('#search-results', 'data-total')).toBe('0');
    const href = await other.getAttribute('#search-offers a[data-query]', 'href');
    expect(href).toBe(`/search/?q=${encodeURIComponent('古巴')}`);
    await other.close();
  });
});

describe('the search page', () => {
  it('names the query forms in its help', async () => {
    // The help is folded under the box; a reader opens it.
    await page.click('#search-help > summary');
    const help = await page.locator('#search-help').innerText();
    for (const form of [
      'AND',
      'NOT',
      '+词',
      '2018 年 5 月',
      '核 安 全',
      '古巴 1540',
      '省略号',
      '核不扩散条约',
      '1540决议',
      '另见',
    ])
      expect(help).toContain(form);
  });

  it('never says that a reply holding a term as typed found it by another name', async () => {
    const [found] = await runQueries(page, ['过境 OR 转运']);
    expect(found!.total).toBeGreaterThan(0);
    for (const shown of found!.shown) expect(shown.terms, shown.reply).not.toContain('以其他名称');
  });

  it('finds a phrase of a report’s introduction on the report’s page, as the report’s own text', async () => {
    const intro = corpus.reports.find((each) => each.symbol === 'A/73/112')!.intro[1]!;
    const phrase = intro.text.slice(0, 18);
    const [found] = await runQueries(page, [phrase]);
    expect(found!.reportTexts).toContain('a-73-112');
    const link = page.locator('.search-report-text[data-report="a-73-112"] .search-result__where').first();
    expect(await link.getAttribute('href')).toBe(`/reports/a-73-112/#${intro.id}`);
    expect(await page.locator('.search-report-text').first().innerText()).toContain('秘书长报告正文');
  });
});
