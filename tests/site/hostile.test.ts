// A corrupt or hostile source cannot inject markup: text like <script> planted
// in a reply is shown as text on the page and in the downloads.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../test-support/static-server.ts';
import { launchChromium, siteOnlyContext } from '../../test-support/chromium.ts';

const SCRIPT = '<script>alert("xss")</script>';
const IMAGE = '"><img src=x onerror=alert(1)>';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startStaticServer('dist-hostile', '/');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a hostile source', () => {
  it('is shown as text on the reply pages, and runs nothing', async () => {
    const { context } = await siteOnlyContext(browser, server.url);
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    for (const path of ['states/cuba/', 'states/cuba/a-73-112/', 'organizations/nato/']) {
      await page.goto(`${server.url}${path}`);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(
        await page.evaluate(
          () => [...document.scripts].filter((script) => script.textContent?.includes('alert')).length,
        ),
      ).toBe(0);
    }
    await page.goto(`${server.url}states/cuba/`);
    expect(await page.locator('#a-73-112-p1').innerText()).toContain(SCRIPT);
    await page.goto(`${server.url}organizations/nato/`);
    expect(await page.locator('#a-73-112-fn1').innerText()).toContain(IMAGE);
    // The paragraph's citation page quotes it, as text too.
    await page.goto(`${server.url}cite/a-73-112-cuba/a-73-112-p1/`);
    expect(await page.locator('blockquote').innerText()).toContain(SCRIPT);
    expect(await page.locator('img[src="x"], blockquote script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('stays text in corpus.json and paragraphs.csv', () => {
    const corpus = readFileSync('dist-hostile/data/corpus.json', 'utf8');
    expect(
      JSON.parse(corpus).submissions.find((each: { id: string }) => each.id === 'a-73-112-cuba').blocks[0].text,
    ).toContain(SCRIPT);
    // RFC 4180: the quotes inside a quoted field are doubled.
    expect(readFileSync('dist-hostile/data/paragraphs.csv', 'utf8')).toContain(SCRIPT.replace(/"/g, '""'));
  });
});
