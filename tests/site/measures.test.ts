// The measures in the built site, checked against corpus.json: every coded sentence marked and
// anchored on its reply page and listed under /measures/; the matrix and the CSV files agreeing
// with the coding; and, in a real browser, a matrix cell opening its sentence, the pages on a
// 360 px phone and without JavaScript, axe-core, the method page's figures, the search filter.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Corpus, Submission } from '../../src/lib/schema.ts';
import { openBuiltSite, type BuiltSite } from '../../test-support/built-site.ts';
import { siteOnlyContext, type GuardedContext } from '../../test-support/chromium.ts';
import { htmlFiles } from '../../test-support/html-files.ts';
import { axeViolations } from '../../test-support/axe.ts';
import { csvRows, saveServedDataPackage } from '../../test-support/served-data-package.ts';
import { MEASURES, MEASURE_IDS } from '../../src/lib/measures/codebook.ts';
import { readAgreement } from '../../src/lib/measures/read-agreement.ts';
import { agreementTable } from '../../src/lib/measures/agreement-table.ts';

let site: BuiltSite;
let corpus: Corpus;
let noScript: GuardedContext;
beforeAll(async () => {
  site = await openBuiltSite();
  ({ corpus } = site);
  noScript = await siteOnlyContext(site.browser, site.server.url, { javaScriptEnabled: false });
});
afterAll(() => site?.close());

const yearOf = (submission: Submission) => corpus.reports.find((report) => report.symbol === submission.report)!.year;
const replyPage = (submission: Submission) => {
  const respondent = corpus.respondents.find((each) => each.id === submission.respondent)!;
  return `${respondent.url}${submission.report.toLowerCase().replace(/\//g, '-')}/`;
};
const sentences = () =>
  corpus.submissions.flatMap((submission) => submission.measures.map((entry) => ({ submission, entry })));

async function open(path: string, options: { width?: number; javaScript?: boolean } = {}): Promise<Page> {
  const { context } = options.javaScript === false ? noScript : site.guarded;
  const page = await context.newPage();
  await page.setViewportSize({ width: options.width ?? 1280, height: 800 });
  const response = await page.goto(new URL(path.slice(1), site.server.url).href);
  expect(response?.status(), path).toBe(200);
  return page;
}

describe('coded sentences on reply pages', () => {
  it('are marked, each with its anchor, on its reply page, and listed at the top of the reply', () => {
    expect(sentences().length).toBeGreaterThan(300);
    for (const submission of corpus.submissions) {
      const html = readFileSync(`dist${replyPage(submission)}index.html`, 'utf8');
      for (const entry of submission.measures) {
        expect(html, entry.anchor).toContain(`<span class="coded" id="${entry.anchor}">`);
        expect(html, entry.anchor).toContain(`href="#${entry.anchor}"`);
      }
    }
  });

  it('are every one linked from the pages under /measures/', () => {
    const linked = new Set(
      htmlFiles('dist/measures').flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/href="([^"#]+#[^"]+)"/g)].map((match) => match[1]!),
      ),
    );
    for (const { submission, entry } of sentences())
      expect(linked.has(`${replyPage(submission)}#${entry.anchor}`), `${submission.id} ${entry.anchor}`).toBe(true);
  });
});

describe('the matrix', () => {
  it('gives each respondent and measure the years that report it, each year opening its first sentence', async () => {
    const page = await open('/measures/');
    const rows = await page.$$eval('table.measures-matrix tbody tr', (trs) =>
      trs.map((tr) => ({
        respondent: tr.querySelector('th a')!.getAttribute('href')!,
        cells: [...tr.querySelectorAll('td')].map((td) => ({
          links: [...td.querySelectorAll('a')].map((a) => [a.textContent!, a.getAttribute('href')!]),
          marks: td.querySelector('.domain-marks')?.textContent ?? '',
        })),
      })),
    );
    expect(rows).toHaveLength(corpus.respondents.length);
    for (const row of rows) {
      const respondent = corpus.respondents.find((each) => each.url === row.respondent)!;
      const replies = corpus.submissions
        .filter((each) => each.respondent === respondent.id)
        .sort((a, b) => yearOf(a) - yearOf(b));
      MEASURE_IDS.forEach((measure, index) => {
        const reporting = replies.filter((reply) => reply.measures.some((entry) => entry.measure === measure));
        const expected = reporting.map((reply) => [
          String(yearOf(reply)),
          `${replyPage(reply)}#${reply.measures.find((entry) => entry.measure === measure)!.anchor}`,
        ]);
        expect(row.cells[index]!.links, `${respondent.id} ${measure}`).toEqual(expected);
        const domains = new Set(
          reporting.flatMap((reply) => reply.measures.filter((e) => e.measure === measure).flatMap((e) => e.domains)),
        );
        const marks = { nuclear: '核', chemical: '化', biological: '生', delivery: '运', general: '泛' } as const;
        expect(row.cells[index]!.marks, `${respondent.id} ${measure}`).toBe(
          (Object.keys(marks) as (keyof typeof marks)[])
            .filter((domain) => domains.has(domain))
            .map((domain) => marks[domain])
            .join(''),
        );
      });
    }
    await page.close();
  });

  it('opens the reply page at the marked sentence when a year is clicked', async () => {
    const page = await open('/measures/');
    const link = page.locator('table.measures-matrix tbody tr', { has: page.locator('a[href="/states/thailand/"]') });
    const year = link.locator(`td:nth-of-type(${MEASURE_IDS.indexOf('trade-controls') + 1}) a`).first();
    const href = (await year.getAttribute('href'))!;
    await Promise.all([page.waitForURL((url) => url.hash !== ''), year.click()]);
    const target = await page.evaluate(() => {
      const element = document.querySelector(':target')!;
      const box = element.getBoundingClientRect();
      return {
        id: element.id,
        coded: element.classList.contains('coded'),
        inView: box.top >= 0 && box.top < innerHeight,
        background: getComputedStyle(element).backgroundColor,
      };
    });
    expect(target).toMatchObject({ id: href.split('#')[1], coded: true, inView: true });
    expect(target.background).not.toBe('rgba(0, 0, 0, 0)');
    const sentence = corpus.submissions
      .find((each) => each.id === 'a-66-115-thailand')!
      .measures.find((entry) => entry.anchor === target.id)!;
    expect(sentence.measure).toBe('trade-controls');
    expect(await page.locator(':target').innerText()).toBe(sentence.quote);
    await page.close();
  });

  it('becomes a list per respondent on a 360 px phone, each cell saying its measure, with no sideways scroll', async () => {
    const page = await open('/measures/', { width: 360 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // The list is read in the page's own scroll, not in a box that scrolls inside it.
    const box = await page.$eval('.measures-scroll', (element) => ({
      shown: element.clientHeight,
      whole: element.scrollHeight,
    }));
    expect(box.shown).toBe(box.whole);
    const labels = await page.$$eval('table.measures-matrix tbody tr:first-child td', (tds) =>
      tds.map((td) => ({
        shown: getComputedStyle(td).display !== 'none',
        label: getComputedStyle(td, '::before').content.replace(/^"|"$/g, ''),
        filled: td.textContent !== '',
      })),
    );
    expect(labels.map((each) => each.label)).toEqual(MEASURES.map((measure) => `${measure.zh}：`));
    expect(labels.map((each) => each.shown)).toEqual(labels.map((each) => each.filled));
    await page.close();
  });
});

describe('the pages of each measure', () => {
  it('list, without JavaScript, every sentence coded with the measure, on the page or the report page it links', async () => {
    for (const measure of MEASURE_IDS) {
      const page = await open(`/measures/${measure}/`, { javaScript: false });
      const shown = await page.$$eval('.measure-sentences a.sentence-place', (links) =>
        links.map((link) => link.getAttribute('href')!),
      );
      const listed = await page.$$eval('section.listed-reports li a', (links) =>
        links.map((link) => link.getAttribute('href')!),
      );
      for (const path of listed) {
        const more = await open(path, { javaScript: false });
        shown.push(
          ...(await more.$$eval('.measure-sentences a.sentence-place', (links) =>
            links.map((link) => link.getAttribute('href')!),
          )),
        );
        await more.close();
      }
      const expected = sentences()
        .filter(({ entry }) => entry.measure === measure)
        .map(({ submission, entry }) => `${replyPage(submission)}#${entry.anchor}`);
      expect(shown.sort(), measure).toEqual(expected.sort());
      await page.close();
    }
  });

  it('forward a link to a reply whose report is now only listed to the page that holds it', async () => {
    let forwarded = 0;
    for (const measure of MEASURE_IDS) {
      const page = await open(`/measures/${measure}/`);
      const listed = await page.$$eval('section.listed-reports li', (items) =>
        items.map((item) => ({ slug: item.id, page: item.querySelector('a')!.getAttribute('href')! })),
      );
      for (const { slug, page: holding } of listed) {
        const reply = corpus.submissions.find(
          (each) => each.id.startsWith(`${slug}-`) && each.measures.some((entry) => entry.measure === measure),
        )!;
        await Promise.all([
          page.waitForURL((url) => url.pathname === holding),
          page.goto(new URL(`measures/${measure}/#${reply.id}`, site.server.url).href),
        ]);
        expect(new URL(page.url()).hash, `${measure} ${reply.id}`).toBe(`#${reply.id}`);
        expect(await page.locator(`[id="${reply.id}"]`).count()).toBe(1);
        forwarded++;
      }
      await page.close();
    }
    // Today's two reports fill some measure pages: cooperation lists A/66/115.
    expect(forwarded).toBeGreaterThan(0);
  });

  it('narrow to a domain by a link on each sentence, to the sentences that name it', async () => {
    const page = await open('/measures/legislation/', { javaScript: false });
    await Promise.all([
      page.waitForURL(/\/measures\/legislation\/chemical\/$/),
      page.locator('.sentence-domains a', { hasText: '化学' }).first().click(),
    ]);
    const shown = await page.$$eval('.measure-sentences a.sentence-place', (links) =>
      links.map((link) => link.getAttribute('href')!),
    );
    const expected = sentences()
      .filter(({ entry }) => entry.measure === 'legislation' && entry.domains.includes('chemical'))
      .map(({ submission, entry }) => `${replyPage(submission)}#${entry.anchor}`);
    expect(shown.sort()).toEqual(expected.sort());
    expect(await page.locator('.domain-filter [aria-current=page]').innerText()).toBe('化学');
    await page.close();
  });

  it('read on a 360 px phone and pass axe-core, as do the matrix and the method page', async () => {
    for (const path of [
      '/measures/',
      '/measures/trade-controls/',
      '/measures/assistance/nuclear/',
      '/measures/cooperation/a-66-115/',
      '/measures/method/',
    ]) {
      const phone = await open(path, { width: 360 });
      expect(await phone.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
      await phone.close();
      const checked = await site.axeContext.context.newPage();
      await checked.goto(new URL(path.slice(1), site.server.url).href);
      expect(await axeViolations(checked), path).toEqual([]);
      await checked.close();
    }
  });

  it('say that the coding is this site’s reading, not the UN’s nor the 1540 Committee’s, and link the codebook', async () => {
    for (const path of ['/measures/', '/measures/financing/', '/measures/method/', '/states/cuba/a-73-112/']) {
      const html = readFileSync(`dist${path}index.html`, 'utf8');
      expect(html, path).toMatch(/本站[^<]*(<a[^>]*>[^<]*<\/a>)?[^<]*解读，不是联合国[^<]*1540/);
      if (path !== '/measures/method/') expect(html, path).toContain('href="/measures/method/"');
    }
  });
});

describe('the method page and the README', () => {
  it('print the agreement of the two codings as computed from them, and the README says when and what was compared', async () => {
    const { rows, replies } = readAgreement();
    const page = await open('/measures/method/');
    const printed = await page.$$eval('table.agreement tbody tr', (trs) =>
      trs.map((tr) => [tr.getAttribute('data-measure'), tr.querySelector('.kappa')!.textContent]),
    );
    expect(printed).toEqual(rows.map((row) => [row.measure, row.kappa.toFixed(2)]));
    expect(replies).toBe(38);
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(agreementTable(rows));
    expect(readme).toMatch(/2026-12-07/);
    await page.close();
  });

  it('gives an example from the corpus for each measure, linked to its sentence', async () => {
    const page = await open('/measures/method/');
    const examples = await page.$$eval('table.codebook tbody tr', (trs) =>
      trs.map((tr) => ({
        id: tr.id,
        quote: tr.querySelector('q')!.textContent,
        href: tr.querySelector('td:last-child a')!.getAttribute('href')!,
      })),
    );
    expect(examples.map((each) => each.id)).toEqual([...MEASURE_IDS]);
    for (const example of examples) {
      const { submission, entry } = sentences().find(
        ({ submission, entry }) =>
          `${replyPage(submission)}#${entry.anchor}` === example.href && entry.measure === example.id,
      )!;
      expect(entry.quote, `${submission.id} ${example.id}`).toBe(example.quote);
    }
    await page.close();
  });
});

describe('the data files', () => {
  it('measures.csv holds one row per coded sentence and measure, as corpus.json does', async () => {
    const { descriptorPath } = await saveServedDataPackage(site.server.url);
    const rows = await csvRows(descriptorPath, 'measures');
    expect(
      rows.map((row) => [
        row['submission_id'],
        row['measure'],
        row['domains'],
        row['block_id'],
        row['sentence_anchor'],
        row['quote'],
      ]),
    ).toEqual(
      sentences().map(({ submission, entry }) => [
        submission.id,
        entry.measure,
        entry.domains.join(';'),
        entry.block,
        entry.anchor,
        entry.quote,
      ]),
    );
    for (const [index, { submission, entry }] of sentences().entries()) {
      expect(new URL(rows[index]!['permalink']!).pathname + new URL(rows[index]!['permalink']!).hash).toBe(
        `${replyPage(submission)}#${entry.anchor}`,
      );
      expect(rows[index]!['year']).toBe(String(yearOf(submission)));
    }
  });

  it('measures-matrix.csv gives each respondent the years of the replies reporting each measure, as corpus.json does', async () => {
    const { descriptorPath } = await saveServedDataPackage(site.server.url);
    const rows = await csvRows(descriptorPath, 'measures-matrix');
    expect(rows.map((row) => row['respondent_id'])).toEqual(corpus.respondents.map((each) => each.id));
    for (const row of rows)
      for (const measure of MEASURE_IDS) {
        const years = corpus.submissions
          .filter(
            (each) =>
              each.respondent === row['respondent_id'] && each.measures.some((entry) => entry.measure === measure),
          )
          .map(yearOf)
          .sort((a, b) => a - b);
        expect(row[measure] ?? '', `${row['respondent_id']} ${measure}`).toBe(years.join(';'));
      }
  });
});

describe('the search page', () => {
  it('browses every reply reporting a measure with an empty query, from the 措施 filter group', async () => {
    const page = await open('/search/?measure=trade-controls');
    await page.waitForSelector('#search-results[data-state=done]');
    const expected = corpus.submissions.filter((each) =>
      each.measures.some((entry) => entry.measure === 'trade-controls'),
    );
    expect(await page.getAttribute('#search-results', 'data-total')).toBe(String(expected.length));
    const box = page.locator('input[data-filter=measure][value="trade-controls"]');
    expect(await box.isChecked()).toBe(true);
    expect(await page.locator('#search-filter-panel fieldset', { has: box }).locator('legend').innerText()).toContain(
      '措施',
    );
    await page.close();
  });
});
