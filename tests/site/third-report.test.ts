// A third report added as the README's "Adding a report" says, with no code change
// (scripts/build-third-report-site.ts, run by npm test before this file): a new symbol,
// new dates, furniture at every page break. Respondents who replied before stay one
// respondent; report pages, indexes, search filters, citations and the bench pick it up.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CorpusSchema, type Corpus, type Submission } from '../../src/lib/schema.ts';
import { startStaticServer, type StaticServer } from '../../test-support/static-server.ts';
import { launchChromium, siteOnlyContext, type GuardedContext } from '../../test-support/chromium.ts';
import { pageBreaks, THIRD_REPORT } from '../../test-support/third-report.ts';

const WORK = 'bench/third';
const PROJECT = `${WORK}/project`;
const { symbol, slug, year, from } = THIRD_REPORT;

interface Step {
  command: string;
  status: number;
  stdout: string;
  stderr: string;
}

let server: StaticServer;
let browser: Browser;
let guarded: GuardedContext;
let third: Corpus;
let today: Corpus;

beforeAll(async () => {
  if (!existsSync(`${PROJECT}/dist/index.html`))
    throw new Error(`${PROJECT}/dist is missing: run \`npm run build:third\` first (npm test does)`);
  // Absolute: the bench test below runs in the copy's folder.
  server = await startStaticServer(resolve(PROJECT, 'dist'));
  browser = await launchChromium();
  guarded = await siteOnlyContext(browser, server.url);
  third = CorpusSchema.parse(JSON.parse(readFileSync(`${PROJECT}/dist/data/corpus.json`, 'utf8')));
  today = CorpusSchema.parse(JSON.parse(readFileSync('dist/data/corpus.json', 'utf8')));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await guarded.context.newPage();
  const response = await page.goto(new URL(path.slice(1), server.url).href);
  expect(response?.status(), path).toBe(200);
  return page;
}

const steps = (): Step[] => JSON.parse(readFileSync(`${WORK}/steps.json`, 'utf8')) as Step[];

/** A reply's paragraphs as a reader reads them, the report's own symbol and year put back to A/73/112's. */
const paragraphs = (submission: Submission) =>
  submission.blocks.map((block) => ({
    type: block.type,
    text: block.text.replaceAll(symbol, from.symbol).replaceAll(`${year}`, `${from.year}`),
  }));

describe('a third report, added as the README says', () => {
  it("runs the README's commands, each as written there, and each succeeds", () => {
    const section = readFileSync('README.md', 'utf8').split('## Adding a report')[1]!.split('\n## ')[0]!;
    const ran = steps().map((step) => step.command.replace('A-79-901', 'A-NN-NNN'));
    expect(ran).toEqual(['npm run parse -- content/sources/A-NN-NNN.zh.txt', 'npm run entries', 'npm run build']);
    for (const command of ran) expect(section, command).toContain(`\`${command}\``);
    expect(steps().every((step) => step.status === 0)).toBe(true);
  });

  it('prints the new report as JSON from `npm run parse`: its symbol, year and 14 replies', () => {
    const printed = steps()[0]!.stdout;
    const parsed = JSON.parse(printed.slice(printed.indexOf('\n{') + 1)) as Corpus;
    expect(parsed.reports.map((report) => [report.symbol, report.year])).toEqual([[symbol, year]]);
    expect(parsed.submissions).toHaveLength(14);
  });

  it('starts from a text whose every page break prints its running header and footer', () => {
    const text = readFileSync(`${PROJECT}/${THIRD_REPORT.file}`, 'utf8');
    const breaks = pageBreaks(text);
    expect(breaks.length).toBe(pageBreaks(readFileSync(from.file, 'utf8')).length);
    expect(breaks.filter((pageBreak) => pageBreak.seam)).toEqual([]);
  });

  it('reads every reply as A/73/112 reads, paragraph for paragraph, the furniture inside sentences taken out', () => {
    const earlier = today.submissions.filter((submission) => submission.report === from.symbol);
    const added = third.submissions.filter((submission) => submission.report === symbol);
    expect(added.map((submission) => submission.respondent)).toEqual(
      earlier.map((submission) => submission.respondent),
    );
    for (const [index, submission] of added.entries()) {
      expect(paragraphs(submission), submission.id).toEqual(paragraphs(earlier[index]!));
      expect(submission.received.slice(0, 4)).toBe(`${year}`);
    }
  });

  it('keeps each respondent that replied before as one respondent, with all its replies on its page', async () => {
    expect(third.respondents.map((respondent) => respondent.id)).toEqual(today.respondents.map((each) => each.id));
    const page = await open('/states/el-salvador/');
    // The newest in full; an older one, when the page is full, listed under its own anchor with a link to its page.
    expect(await page.locator(`#${slug}-p1`).count()).toBe(1);
    for (const report of ['a-73-112', 'a-66-115']) {
      const inFull = await page.locator(`#${report}-p1`).count();
      const listed = await page.locator(`li#${report} a[href="/states/el-salvador/${report}/"]`).count();
      expect(inFull + listed, report).toBe(1);
    }
    const compare = await open('/states/cuba/compare/');
    expect(await compare.locator('h1').innerText()).toContain(symbol);
    await page.close();
    await compare.close();
  });

  it('lists the report on /reports/ and gives it a page listing its 14 replies', async () => {
    const reports = await open('/reports/');
    for (const each of ['a-79-901', 'a-73-112', 'a-66-115'])
      expect(await reports.locator(`main a[href="/reports/${each}/"]`).count(), each).toBeGreaterThan(0);
    const page = await open(`/reports/${slug}/`);
    const replyLinks = await page.$$eval('main a[href]', (links) =>
      links
        .map((link) => link.getAttribute('href')!)
        .filter((href) => /^\/(states|organizations)\/[^/]+\/(a-79-901\/|#a-79-901)$/.test(href)),
    );
    expect(new Set(replyLinks).size).toBe(14);
    await reports.close();
    await page.close();
  });

  it('offers the report as a search filter that lists its 14 replies', async () => {
    const page = await open(`/search/?report=${symbol}`);
    await page.waitForSelector('#search-results[data-state=done]');
    expect(await page.getAttribute('#search-results', 'data-total')).toBe('14');
    expect(await page.locator(`input[data-filter=report][value="${symbol}"]`).isChecked()).toBe(true);
    await page.close();
  });

  it("lists two reports' own texts at first and the third on request, for a word of every report's introduction", async () => {
    const page = await open(`/search/?q=${encodeURIComponent('秘书长')}`);
    await page.waitForSelector('#search-results[data-state=done]');
    const found = (await page.getAttribute('#search-results', 'data-report-texts'))!.split(' ');
    expect(found.sort()).toEqual(third.reports.map((report) => report.slug).sort());
    expect(await page.locator('.search-report-text').count()).toBe(2);
    const more = page.locator('#search-more-report-texts');
    expect(await more.innerText()).toBe('显示其余 1 份报告正文');
    await more.click();
    await page.locator('.search-report-text').nth(2).waitFor();
    expect(await page.locator('.search-report-text').count()).toBe(3);
    expect(await more.isHidden()).toBe(true);
    await page.close();
  });

  it('cites a reply of the new report with its symbol and year', async () => {
    const page = await open(`/states/cuba/${slug}/`);
    expect(await page.getAttribute('meta[name=citation_technical_report_number]', 'content')).toBe(symbol);
    expect(await page.getAttribute('meta[name=citation_publication_date]', 'content')).toBe(`${year}`);
    expect(await page.locator('[data-format="gb-t-7714"]').first().textContent()).toContain(
      `${symbol}. 纽约: 联合国, ${year}`,
    );
    await page.close();
  });

  it('warns, built without SITE_URL as a newcomer builds, that permalinks point to localhost, and says so in citations', async () => {
    const build = steps()[2]!;
    expect(build.stdout + build.stderr).toMatch(/SITE_URL is not set: permalinks.*http:\/\/localhost:4321/);
    const page = await open(`/states/cuba/${slug}/`);
    expect(await page.locator('.cite-warning').first().textContent()).toContain('本地预览');
    await page.close();
  });

  it('says the new replies are not yet coded for measures: the build warns, the reply page and the matrix say so', async () => {
    for (const step of steps().slice(1))
      expect(step.stdout + step.stderr, step.command).toMatch(
        /content\/data\/measures\.jsonl: 14 replies not yet coded for measures: a-79-901-/,
      );
    const reply = await open(`/states/cuba/${slug}/`);
    expect(await reply.locator('.reply-measures summary').innerText()).toContain('尚未编码');
    const matrix = await open('/measures/');
    const cuba = matrix.locator('table.measures-matrix tbody tr', { has: matrix.locator('a[href="/states/cuba/"]') });
    expect(await cuba.locator('th .uncoded').innerText()).toBe(`${year} 年答复尚未编码`);
    // Its 2018 reply stays coded and linked.
    expect(await cuba.locator('td a[href^="/states/cuba/a-73-112/#a-73-112-p"]').count()).toBeGreaterThan(0);
    await reply.close();
    await matrix.close();
  });

  it("is in the bench's corpora: each copy of the series holds the three reports", async () => {
    const project = resolve(PROJECT);
    const here = process.cwd();
    process.chdir(project);
    try {
      const { writeSyntheticCorpus } = (await import(`${project}/scripts/bench/write-synthetic.ts`)) as {
        writeSyntheticCorpus: (factor: number) => string;
      };
      const dir = writeSyntheticCorpus(2);
      const { readdirSync } = await import('node:fs');
      expect(readdirSync(`${dir}/reports`).sort()).toEqual(
        ['a-100-112', 'a-100-115', 'a-100-901', 'a-101-112', 'a-101-115', 'a-101-901'].map((name) => `${name}.json`),
      );
    } finally {
      process.chdir(here);
    }
  });
});
