// Pages that hold part of what they list (page-budget.ts), in a real browser. dist-sub/ is
// built with SITE_PAGE_BUDGET=1: every respondent page holds only its newest reply and every
// resolution and instrument page only its newest report's passages, as pages will when the
// series is long; dist/ holds everything. Published anchors keep landing on the same text.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CorpusSchema, type Corpus, type Submission } from '../../src/lib/schema.ts';
import { startStaticServer, type StaticServer } from '../../test-support/static-server.ts';
import { launchChromium, siteOnlyContext, type GuardedContext } from '../../test-support/chromium.ts';
import { instrumentPath, reportSlug, resolutionPath } from '../../src/lib/urls.ts';

const BASE = '/sub/';

let server: StaticServer;
let full: StaticServer;
let browser: Browser;
let withScript: GuardedContext;
let withoutScript: GuardedContext;
let fullContext: GuardedContext;
let corpus: Corpus;

beforeAll(async () => {
  for (const dir of ['dist', 'dist-sub'])
    if (!existsSync(`${dir}/index.html`)) throw new Error(`${dir}/ is missing: run \`npm test\`, which builds it`);
  server = await startStaticServer('dist-sub', BASE);
  full = await startStaticServer('dist');
  browser = await launchChromium();
  withScript = await siteOnlyContext(browser, server.url);
  withoutScript = await siteOnlyContext(browser, server.url, { javaScriptEnabled: false });
  fullContext = await siteOnlyContext(browser, full.url);
  corpus = CorpusSchema.parse(await (await fetch(`${server.url}data/corpus.json`)).json());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await full?.close();
});

/** A site path ("/states/cuba/") under the server's base. */
const at = (base: StaticServer, path: string) => new URL(path.slice(1), base.url).href;

async function open(context: GuardedContext, url: string): Promise<Page> {
  const page = await context.context.newPage();
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  return page;
}

/** A reply's own page: /states/cuba/a-73-112/. */
function replyPage(submission: Submission): string {
  const respondent = corpus.respondents.find((each) => each.id === submission.respondent)!;
  return `${respondent.url}${reportSlug(submission.report)}/`;
}

/** Replies of respondents that replied more than once, other than their newest: the ones dist-sub only lists. */
function olderReplies(): { submission: Submission; respondentUrl: string; replyUrl: string }[] {
  return corpus.respondents.flatMap((respondent) =>
    corpus.submissions
      .filter((submission) => submission.respondent === respondent.id)
      .slice(1)
      .map((submission) => ({ submission, respondentUrl: respondent.url, replyUrl: replyPage(submission) })),
  );
}

describe('a respondent page that lists its older replies', () => {
  it('forwards an anchor inside a listed reply to the paragraph on the reply page, with JavaScript', async () => {
    const older = olderReplies();
    expect(older.map(({ submission }) => submission.id).sort()).toEqual(
      ['csto', 'el-salvador', 'icao', 'interpol', 'nato', 'unodc'].map((id) => `a-66-115-${id}`).sort(),
    );
    const page = await withScript.context.newPage();
    for (const { submission, respondentUrl, replyUrl } of older) {
      for (const block of submission.blocks) {
        await page.goto(`${at(server, respondentUrl)}#${block.id}`);
        await page.waitForURL(`${at(server, replyUrl)}#${block.id}`);
        expect(await page.locator(`[id="${block.id}"]`).innerText(), block.id).toContain(block.text.slice(0, 20));
      }
    }
    await page.close();
  });

  it('keeps the reply anchor itself on the page, on the listed entry that links to the reply', async () => {
    for (const { submission, respondentUrl, replyUrl } of olderReplies()) {
      const page = await open(withScript, `${at(server, respondentUrl)}#${reportSlug(submission.report)}`);
      const entry = page.locator(`li#${reportSlug(submission.report)} a`);
      expect(await entry.getAttribute('href')).toBe(`${BASE}${replyUrl.slice(1)}`);
      await page.close();
    }
  });

  it('shows, without JavaScript, a link to the reply page where the reader lands', async () => {
    for (const { submission, respondentUrl, replyUrl } of olderReplies()) {
      const page = await open(withoutScript, `${at(server, respondentUrl)}#${submission.blocks[0]!.id}`);
      const link = page.locator(`p.listed-note a[href="${BASE}${replyUrl.slice(1)}"]`);
      expect(await link.isVisible(), submission.id).toBe(true);
      const box = (await link.boundingBox())!;
      expect(box.y + box.height, submission.id).toBeLessThan(page.viewportSize()!.height);
      await page.close();
    }
  });
});

/** Every resolution and instrument a paragraph names, with the paragraphs ("reply page#block") that name it. */
function citingParagraphs(): Map<string, Set<string>> {
  const byPage = new Map<string, Set<string>>();
  for (const submission of corpus.submissions)
    for (const block of submission.blocks)
      for (const mention of block.mentions) {
        if (mention.kind !== 'instrument' && mention.kind !== 'resolution') continue;
        const path = mention.kind === 'instrument' ? instrumentPath(mention.ref) : resolutionPath(mention.ref);
        byPage.set(path, (byPage.get(path) ?? new Set<string>()).add(`${replyPage(submission)}#${block.id}`));
      }
  return byPage;
}

/** The paragraphs one page of a resolution or instrument shows passages of, and the pages it lists. */
async function readListPage(page: Page, base: string): Promise<{ paragraphs: string[]; pages: string[] }> {
  const strip = (href: string) => `/${href.slice(base.length)}`;
  // Not the replies that name only an amendment of the instrument: their passages name another work.
  const paragraphs = await page.$$eval('ol.kwic:not(.naming-amendment) a[href*="#"]', (links) =>
    links.map((link) => link.getAttribute('href')!),
  );
  const pages = await page.$$eval('section.listed-reports li a', (links) =>
    links.map((link) => link.getAttribute('href')!),
  );
  return { paragraphs: [...new Set(paragraphs.map(strip))], pages: pages.map(strip) };
}

describe.each([
  ['dist-sub, one report per page', () => server, () => withScript, BASE, true],
  ['dist, every report on one page', () => full, () => fullContext, '/', false],
])('resolution and instrument pages (%s)', (_name, site, context, base, paged) => {
  it('link every page of the list, and show each paragraph that names the work on exactly one of them', async () => {
    const expected = citingParagraphs();
    expect(expected.get('/resolutions/s-res-1540-2004/')?.size).toBeGreaterThan(16);
    const page = await context().context.newPage();
    let listedPages = 0;
    for (const [path, paragraphs] of expected) {
      expect((await page.goto(at(site(), path)))?.status(), path).toBe(200);
      const first = await readListPage(page, base);
      const shown = [first.paragraphs];
      for (const listed of first.pages) {
        expect(listed.startsWith(path), listed).toBe(true);
        expect((await page.goto(at(site(), listed)))?.status(), listed).toBe(200);
        const more = await readListPage(page, base);
        expect(more.pages, `${listed} lists no further pages`).toEqual([]);
        shown.push(more.paragraphs);
        listedPages++;
      }
      const all = shown.flat();
      expect(new Set(all).size, `${path}: a paragraph on two pages`).toBe(all.length);
      expect(all.sort(), path).toEqual([...paragraphs].sort());
    }
    expect(listedPages > 0).toBe(paged);
    await page.close();
  });
});
