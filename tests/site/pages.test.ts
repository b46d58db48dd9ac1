// The built site as a reader sees it, in a real browser: every reply and
// paragraph of corpus.json is on its page with the same text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type Corpus } from '../../src/lib/schema.ts';
import type { StaticServer } from '../../test-support/static-server.ts';
import { siteOnlyContext, type GuardedContext } from '../../test-support/chromium.ts';
import { openBuiltSite, type BuiltSite } from '../../test-support/built-site.ts';
import { axeViolations } from '../../test-support/axe.ts';

let site: BuiltSite;
let server: StaticServer;
let guarded: GuardedContext;
let axeContext: GuardedContext;
let corpus: Corpus;

beforeAll(async () => {
  site = await openBuiltSite();
  ({ server, guarded, axeContext, corpus } = site);
});

afterAll(() => site?.close());

const url = (path: string) => new URL(path.replace(/^\//, ''), server.url).href;

const consoleErrors: string[] = [];

async function open(path: string): Promise<Page> {
  const page = await guarded.context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${path}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${path}: ${error.message}`));
  const response = await page.goto(url(path));
  expect(response?.status(), path).toBe(200);
  return page;
}

/** A block's text as printed, without the number, marker, footnote marks and tools the page adds. */
async function blockTexts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const texts: Record<string, string> = {};
    for (const element of document.querySelectorAll<HTMLElement>('.block[id]')) {
      const copy = element.cloneNode(true) as HTMLElement;
      copy
        .querySelectorAll('.block__no, .block__marker, .block__heading-marker, .block__tools, .footnote-ref')
        .forEach((node) => node.remove());
      texts[element.id] = copy.textContent!.trim();
    }
    return texts;
  });
}

describe('the built site', () => {
  it('home page lists both reports and every respondent, each link working', async () => {
    const page = await open('/');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    const hrefs = await page.$$eval('main a[href]', (links) => links.map((link) => (link as HTMLAnchorElement).href));
    for (const report of corpus.reports) expect(hrefs).toContain(url(`/reports/${report.slug}/`));
    for (const respondent of corpus.respondents) expect(hrefs).toContain(url(respondent.url));
    await page.close();
  });

  it('has an icon that is a PNG of the size it declares (an SVG icon with a Chinese glyph slowed every first view)', async () => {
    const page = await open('/states/cuba/');
    const icon = page.locator('link[rel=icon]');
    const response = await fetch(new URL((await icon.getAttribute('href'))!, page.url()));
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(response.status).toBe(200);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(bytes.buffer);
    // IHDR, the first chunk: width and height at bytes 16 and 20.
    expect(`${view.getUint32(16)}x${view.getUint32(20)}`).toBe(await icon.getAttribute('sizes'));
    expect(await icon.getAttribute('type')).toBe('image/png');
    await page.close();
  });

  it('shows every reply of corpus.json on its respondent page, block by block, with the same text', async () => {
    for (const respondent of corpus.respondents) {
      const page = await open(respondent.url);
      const texts = await blockTexts(page);
      for (const submission of corpus.submissions.filter((each) => each.respondent === respondent.id)) {
        expect(await page.locator(`#${submission.url.split('#')[1]}`).count(), submission.id).toBe(1);
        for (const block of submission.blocks) expect(texts[block.id], `${submission.id} ${block.id}`).toBe(block.text);
      }
      await page.close();
    }
  });

  it('shows a flagged reply’s flags wherever it is listed: its report’s table, the index of its kind, its own page', async () => {
    const flagged = corpus.submissions.filter((submission) => submission.flags.length > 0);
    // Every kind of flag is there to be shown (tricky-spots.test.ts checks which reply has which).
    expect(new Set(flagged.flatMap((submission) => submission.flags))).toEqual(
      new Set(['summary', 'not-reproduced', 'truncated']),
    );
    const flagsBeside = async (path: string, href: string) => {
      const page = await open(path);
      const flags = await page.$$eval(`a[href="${href}"]`, (links) =>
        links.map((link) =>
          [...link.closest('.reply-ref, td, li, section')!.querySelectorAll('.flag-badge')].map((badge) =>
            badge.getAttribute('data-flag'),
          ),
        ),
      );
      await page.close();
      return flags;
    };
    for (const submission of flagged) {
      const respondent = corpus.respondents.find((each) => each.id === submission.respondent)!;
      const report = corpus.reports.find((each) => each.symbol === submission.report)!;
      const index = respondent.kind === 'state' ? '/states/' : '/organizations/';
      for (const path of [`/reports/${report.slug}/`, index])
        expect(await flagsBeside(path, submission.url), `${path} ${submission.id}`).toEqual([submission.flags]);
      const page = await open(respondent.url);
      expect(await page.locator(`[id="${report.slug}"] .flag`).count(), submission.id).toBe(submission.flags.length);
      await page.close();
    }
  });

  it('reads fully without JavaScript', async () => {
    const noScript = await siteOnlyContext(site.browser, server.url, { javaScriptEnabled: false });
    const page = await noScript.context.newPage();
    await page.goto(url('/states/cuba/'));
    const cuba = corpus.submissions.find((each) => each.id === 'a-73-112-cuba')!;
    expect(await page.locator('#a-73-112-p3').innerText()).toContain(cuba.blocks[2]!.text.slice(0, 20));
    await noScript.context.close();
  });

  it('scrolls a paragraph permalink to its paragraph', async () => {
    const page = await guarded.context.newPage();
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(url('/organizations/eu/#a-73-112-p12'));
    const box = await page.locator('#a-73-112-p12').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(-1);
    expect(box!.y).toBeLessThan(640);
    await page.close();
  });

  it('shows a reply paragraph’s permalink and citation link without hover; other blocks’ tools on focus', async () => {
    const page = await open('/states/cuba/');
    await page.setViewportSize({ width: 1280, height: 800 });
    const tools = page.locator('#a-73-112-p3 .block__tools');
    expect(await tools.evaluate((node) => getComputedStyle(node).opacity)).toBe('1');
    expect(await tools.locator('a', { hasText: '引用' }).isVisible()).toBe(true);
    const intro = await open('/reports/a-73-112/');
    await intro.setViewportSize({ width: 1280, height: 800 });
    const introTools = intro.locator('#intro-p2 .block__tools');
    expect(await introTools.evaluate((node) => getComputedStyle(node).opacity)).toBe('0');
    await introTools.locator('a').first().focus();
    expect(await introTools.evaluate((node) => getComputedStyle(node).opacity)).toBe('1');
    await page.close();
    await intro.close();
  });

  it('fits a 360 px phone without sideways scrolling', async () => {
    for (const path of [
      '/',
      '/states/el-salvador/',
      '/reports/a-66-115/',
      '/organizations/nato/compare/',
      '/cite/a-73-112-cuba/a-73-112-p3/',
    ]) {
      const page = await guarded.context.newPage();
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(url(path));
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
      await page.close();
    }
  });

  it('keeps the matrix’s header row and respondent column in view on a phone, scrolled sideways and down', async () => {
    const page = await guarded.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(url('/instruments/matrix/'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const box = page.locator('.matrix-scroll');
    await box.scrollIntoViewIfNeeded();
    await box.evaluate((element) => element.scrollTo(element.scrollWidth, element.scrollHeight / 2));
    const frame = (await box.boundingBox())!;
    expect(await box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(300);
    // What a reader sees at the box's left edge and top: a respondent's name and a column's heading.
    const at = (x: number, y: number) =>
      page.evaluate(
        ([x, y]) => {
          const cell = document.elementFromPoint(x!, y!)?.closest('th');
          return cell ? { scope: cell.getAttribute('scope'), text: cell.textContent!.trim() } : null;
        },
        [x, y],
      );
    const left = await at(frame.x + 8, frame.y + 300);
    expect(left?.scope).toBe('row');
    expect(left?.text).not.toBe('');
    const top = await at(frame.x + frame.width - 20, frame.y + 8);
    expect(top?.scope).toBe('col');
    expect(top?.text).toMatch(/决议|公约|条约|[A-Z]/);
    await page.close();
  });

  it('prints the reply text without the site’s navigation', async () => {
    const page = await open('/states/cuba/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.cite-panel').first().isVisible()).toBe(false);
    expect(await page.locator('#a-73-112-p3').isVisible()).toBe(true);
    expect(await page.locator('.print-citation').first().isVisible()).toBe(true);
    expect(await page.locator('.block__tools').first().isVisible()).toBe(false);
    await page.close();
  });

  it('links footnote marks to their footnotes and back', async () => {
    const page = await open('/states/el-salvador/');
    await page.click('a.footnote-ref[href="#a-66-115-fn3"]');
    expect(new URL(page.url()).hash).toBe('#a-66-115-fn3');
    expect(await page.locator('#a-66-115-fn3').innerText()).toContain('第 5072 号法令');
    await page.click('#a-66-115-fn3 a[href="#ref-a-66-115-fn3"]');
    expect(new URL(page.url()).hash).toBe('#ref-a-66-115-fn3');
    expect(await page.locator('#ref-a-66-115-fn3').evaluate((node) => node.closest('.block')!.id)).toBe('a-66-115-p4');
    await page.close();
  });

  it.each([
    '/',
    '/reports/a-73-112/',
    '/states/',
    '/states/el-salvador/',
    '/states/cuba/a-73-112/',
    '/organizations/nato/a-66-115/',
    '/organizations/nato/compare/',
    '/states/el-salvador/compare/',
    '/cite/a-73-112-cuba/a-73-112-p5/',
    '/cite/a-73-112-qatar/a-73-112-p20/',
    '/organizations/',
    '/resolutions/',
    '/resolutions/s-res-1540-2004/',
    '/instruments/',
    '/instruments/cppnm/',
    '/instruments/matrix/',
    '/reports/',
    '/how-to-cite/',
    '/method/',
    '/about/',
    '/404.html',
  ])('has no accessibility violations on %s (axe-core) at 1280 and 360 px, its citation panels open', async (path) => {
    // axe is injected as an inline script, which the site's own CSP forbids.
    const page = await axeContext.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(url(path));
    expect(await axeViolations(page), '1280 px').toEqual([]);
    // A phone's layout folds tables, filters and labels differently.
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await axeViolations(page), '360 px').toEqual([]);
    await page.close();
  });

  it('sets a Content-Security-Policy that allows only its own scripts, and breaks nothing with it', async () => {
    const page = await open('/states/cuba/');
    const policy = await page.getAttribute('meta[http-equiv="content-security-policy" i]', 'content');
    expect(policy).toContain("script-src 'self' 'sha256-");
    // Nothing runs WebAssembly any more (the search reads Pagefind's index without it).
    expect(policy).not.toContain('wasm-unsafe-eval');
    expect(policy).not.toContain('unsafe-inline');
    // The enhancement script ran under the policy: it shows the copy buttons it enables.
    expect(await page.locator('button[data-copy]:not([hidden])').count()).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('opens every external link with rel="noopener"', async () => {
    for (const path of ['/', '/states/cuba/', '/reports/a-66-115/', '/method/']) {
      const page = await open(path);
      const external = await page.$$eval('a[href^="http"]', (links) =>
        links
          .filter((link) => new URL((link as HTMLAnchorElement).href).origin !== location.origin)
          .map((link) => [(link as HTMLAnchorElement).href, link.getAttribute('rel') ?? '']),
      );
      for (const [href, rel] of external) expect(rel, href).toContain('noopener');
      await page.close();
    }
  });

  // Last, so that it covers every page the tests above opened.
  it('asked for nothing outside its own origin', () => {
    expect([...guarded.foreignRequests, ...axeContext.foreignRequests]).toEqual([]);
  });
});
