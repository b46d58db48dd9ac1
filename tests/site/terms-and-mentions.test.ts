// What a reader sees of two fixes, at 1280 px, at 360 px with touch and without JavaScript:
// the /about/ page states the data's terms and how to cite the dataset, with its data files a
// click away; the CPPNM's page shows the replies that name only its amendment, linked, under a
// title printed in single marks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openBuiltSite, type BuiltSite } from '../../test-support/built-site.ts';

let site: BuiltSite;
beforeAll(async () => {
  site = await openBuiltSite();
});
afterAll(() => site?.close());

const SETUPS = [
  { name: '1280 px', options: { viewport: { width: 1280, height: 800 } }, width: 1280, touch: false },
  {
    name: '360 px with touch',
    options: { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true },
    width: 360,
    touch: true,
  },
  {
    name: 'without JavaScript',
    options: { viewport: { width: 1280, height: 800 }, javaScriptEnabled: false },
    width: 1280,
    touch: false,
  },
] as const;

const url = (path: string) => new URL(path.replace(/^\//, ''), site.server.url).href;

async function open(context: BrowserContext, path: string, width: number): Promise<Page> {
  const page = await context.newPage();
  expect((await page.goto(url(path)))?.status(), path).toBe(200);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(width);
  return page;
}

for (const setup of SETUPS) {
  describe(setup.name, () => {
    let context: BrowserContext;
    beforeAll(async () => {
      context = await site.browser.newContext(setup.options);
    });
    afterAll(() => context?.close());

    it('/about/ states the terms of the text, of the site’s work and of the code, and how to cite the dataset', async () => {
      const page = await open(context, '/about/', setup.width);
      const text = (await page.locator('main').innerText()).replace(/\s+/g, '');
      expect(text).toContain('属于联合国（©UnitedNations）');
      expect(text).toContain('知识共享署名4.0国际许可协议（CCBY4.0）');
      expect(text).toContain('MIT许可证');
      expect(text).toMatch(/\[DB\/OL\]\.版本\d+\.\d+\.\d+\.\d{4}-\d{2}-\d{2}\[引用日期\]/);
      const terms = await page
        .locator('main a[href^="https://"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(terms).toEqual(
        expect.arrayContaining([
          'https://www.un.org/en/about-us/terms-of-use',
          'https://creativecommons.org/licenses/by/4.0/',
        ]),
      );
      for (const file of ['datapackage.json', 'paragraphs.csv', 'corpus.json']) {
        const href = await page.locator(`main a[href="/data/${file}"]`).getAttribute('href');
        expect((await fetch(new URL(href!, page.url()))).status, file).toBe(200);
      }
      await page.close();
    });

    it('the CPPNM’s page lists UNODC 2011 as naming its amendment, linked, not among the silent', async () => {
      const page = await open(context, '/instruments/cppnm/', setup.width);
      const section = page.locator('section.mentions-in-report', { has: page.locator('h2#a-66-115') });
      expect(await section.locator('.not-mentioning').innerText()).not.toContain('毒品和犯罪问题办公室');
      const naming = section.locator('ol.naming-amendment > li#a-66-115-unodc');
      expect(await naming.locator('mark').innerText()).toBe('核材料实物保护公约》2005 年修正案');
      const amendment = naming.locator('a[href="/instruments/cppnm-amendment/"]');
      expect(await amendment.innerText()).toBe('《〈核材料实物保护公约〉修正案》');
      await amendment.scrollIntoViewIfNeeded();
      await Promise.all([page.waitForURL(/cppnm-amendment/), setup.touch ? amendment.tap() : amendment.click()]);
      expect(await page.locator('h1').innerText()).toMatch(/^《〈核材料实物保护公约〉修正案》/);
      expect(await page.title()).not.toMatch(/《《|》》/);
      await page.close();
    });
  });
}
