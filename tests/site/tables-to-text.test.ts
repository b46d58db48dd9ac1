// Every table leads to citable text, as a reader gets there: at 1280 px with a mouse, at 360 px
// with touch, and without JavaScript. The matrix's filled cells link to the passages behind
// them, and those to their paragraphs; the compare pages give each paragraph its permalink,
// cite link and copy button, and pair the paragraphs a reader would pair.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openBuiltSite, type BuiltSite } from '../../test-support/built-site.ts';

let site: BuiltSite;
beforeAll(async () => {
  site = await openBuiltSite();
});
afterAll(() => site?.close());

const SETUPS = [
  { name: '1280 px', options: { viewport: { width: 1280, height: 800 } }, touch: false },
  {
    name: '360 px with touch',
    options: { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true },
    touch: true,
  },
  {
    name: 'without JavaScript',
    options: { viewport: { width: 1280, height: 800 }, javaScriptEnabled: false },
    touch: false,
  },
] as const;

async function withContext<T>(options: object, run: (context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await site.browser.newContext(options);
  try {
    return await run(context);
  } finally {
    await context.close();
  }
}

const url = (path: string) => new URL(path.replace(/^\//, ''), site.server.url).href;

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(url(path));
  expect(response?.status(), path).toBe(200);
  return page;
}

/** Follows a link as the reader would: a tap on a touch screen, a click otherwise. */
async function follow(page: Page, selector: string, touch: boolean): Promise<void> {
  const link = page.locator(selector).first();
  await link.scrollIntoViewIfNeeded();
  const from = page.url();
  await Promise.all([page.waitForURL((next) => next.href !== from), touch ? link.tap() : link.click()]);
}

describe('the instrument matrix', () => {
  it('links every year in every filled cell, and nothing in an empty one', async () => {
    const cells = await withContext({}, async (context) => {
      const page = await open(context, '/instruments/matrix/');
      return page.$$eval('table.matrix tbody td', (tds) =>
        tds.map((td) => ({
          text: td.textContent!.trim(),
          years: td.textContent!.match(/\d{4}/g) ?? [],
          links: [...td.querySelectorAll('a')].map((link) => ({
            text: link.textContent!,
            href: link.getAttribute('href')!,
          })),
        })),
      );
    });
    const filled = cells.filter((cell) => cell.text !== '');
    expect(filled.length).toBeGreaterThan(90);
    for (const cell of filled) expect(cell.links.map((link) => link.text)).toEqual(cell.years);
    expect(cells.filter((cell) => cell.text === '').every((cell) => cell.links.length === 0)).toBe(true);
  });

  it('leads from each linked year to that reply’s passages, each linking to its paragraph on the reply page', async () => {
    await withContext({}, async (context) => {
      const matrix = await open(context, '/instruments/matrix/');
      const hrefs = await matrix.$$eval('table.matrix tbody td a', (links) =>
        links.map((link) => link.getAttribute('href')!),
      );
      await matrix.close();
      const byPage = new Map<string, string[]>();
      for (const href of hrefs) {
        const [path, anchor] = href.split('#');
        byPage.set(path!, [...(byPage.get(path!) ?? []), anchor!]);
      }
      for (const [path, anchors] of byPage) {
        const page = await open(context, path);
        for (const anchor of anchors) {
          const reply = page.locator(`[id="${anchor}"]`);
          expect(await reply.count(), `${path}#${anchor}`).toBe(1);
          const passages = await reply
            .locator('ul a')
            .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
          const footnoteOnly = (await reply.textContent())!.includes('只在脚注中提及');
          expect(passages.length > 0 || footnoteOnly, `${path}#${anchor}`).toBe(true);
          for (const passage of passages.filter((href) => href.includes('#')))
            expect(passage, `${path}#${anchor}`).toMatch(new RegExp(`/${anchor.replace(/^(a-\d+-\d+)-.*$/, '$1')}/#`));
        }
        await page.close();
      }
    });
  });

  for (const setup of SETUPS) {
    it(`takes a reader from a cell to a paragraph and its citation (${setup.name})`, async () => {
      await withContext(setup.options, async (context) => {
        const page = await open(context, '/instruments/matrix/');
        // Cuba's 2018 reply names the CWC: the cell of Cuba × 化学武器公约.
        const columns = await page.$$eval('table.matrix thead th', (ths) => ths.map((th) => th.textContent!.trim()));
        const cwc = columns.findIndex((text) => text.includes('CWC'));
        await follow(page, `table.matrix tbody tr:has(th a[title="古巴"]) td:nth-child(${cwc + 1}) a`, setup.touch);
        expect(new URL(page.url()).pathname).toBe('/instruments/cwc/');
        expect(new URL(page.url()).hash).toBe('#a-73-112-cuba');
        await follow(page, '[id="a-73-112-cuba"] ul a', setup.touch);
        expect(new URL(page.url()).pathname).toBe('/states/cuba/a-73-112/');
        const block = page.locator(new URL(page.url()).hash);
        expect(await block.textContent()).toMatch(/化学武器/);
        await follow(page, `${new URL(page.url()).hash} .block__cite`, setup.touch);
        expect(new URL(page.url()).pathname).toMatch(/^\/cite\/a-73-112-cuba\/a-73-112-p\d+\/$/);
        expect(await page.locator('.cite-panel [data-format="gb-t-7714"]').textContent()).toContain('古巴答复第');
        await page.close();
      });
    });
  }
});

describe('compare pages', () => {
  const COMPARE_PAGES = ['/states/el-salvador/compare/', '/organizations/nato/compare/'];

  it('give every numbered paragraph of both replies its permalink, cite link and copy button, as reply pages do', async () => {
    await withContext({}, async (context) => {
      for (const path of COMPARE_PAGES) {
        const page = await open(context, path);
        const blocks = await page.$$eval('.compare-cell .block', (elements) =>
          elements.map((block) => ({
            id: block.id.replace(/^cmp-/, ''),
            number: block.querySelector('.block__no')!.textContent!.trim(),
            permalink: block.querySelector('.block__tools a[title]')?.getAttribute('href'),
            cite: block.querySelector('.block__cite')?.getAttribute('href'),
            copies: block.querySelector('button[data-copy]')?.getAttribute('data-copy'),
            copyShown: !(block.querySelector('button[data-copy]') as HTMLButtonElement | null)?.hidden,
            numberHref: block.querySelector('.block__no')!.getAttribute('href'),
          })),
        );
        for (const block of blocks) {
          expect(block.permalink, `${path} ${block.id}`).toBe(block.numberHref);
          expect(block.permalink, `${path} ${block.id}`).toMatch(new RegExp(`/a-\\d+-\\d+/#${block.id}$`));
          expect(block.copies, `${path} ${block.id}`).toBe(block.permalink);
          expect(block.copyShown, `${path} ${block.id}`).toBe(true);
          if (block.number === '§') continue;
          const reply = block.permalink!.match(/\/(a-\d+-\d+)\/#/)![1];
          expect(block.cite, `${path} ${block.id}`).toMatch(new RegExp(`^/cite/${reply}-[a-z-]+/${block.id}/$`));
        }
        expect(blocks.filter((block) => block.cite).length).toBeGreaterThan(10);
        await page.close();
      }
    });
  });

  it('copy a paragraph’s permalink, as an address, with the button beside it', async () => {
    await withContext({ permissions: ['clipboard-read', 'clipboard-write'] }, async (context) => {
      const page = await open(context, '/organizations/nato/compare/');
      await page.locator('#cmp-a-66-115-p3 button[data-copy]').click();
      // The site's own address, as the page's permalinks and citations name it (a build without SITE_URL: localhost:4321), not the test server's.
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        'http://localhost:4321/organizations/nato/a-66-115/#a-66-115-p3',
      );
      await page.close();
    });
  });

  for (const setup of SETUPS) {
    it(`take a reader from a paragraph to its citation page (${setup.name})`, async () => {
      await withContext(setup.options, async (context) => {
        const page = await open(context, '/states/el-salvador/compare/');
        const cite = page.locator('#cmp-a-66-115-p8 .block__cite');
        await cite.scrollIntoViewIfNeeded();
        expect(await cite.isVisible()).toBe(true);
        const box = (await cite.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(setup.options.viewport.width);
        if (setup.touch) expect(box.height).toBeGreaterThanOrEqual(24);
        expect(await page.locator('#cmp-a-66-115-p8 button[data-copy]').isVisible()).toBe(
          !('javaScriptEnabled' in setup.options),
        );
        await follow(page, '#cmp-a-66-115-p8 .block__cite', setup.touch);
        expect(new URL(page.url()).pathname).toBe('/cite/a-66-115-el-salvador/a-66-115-p8/');
        expect(await page.locator('h1').textContent()).toContain('萨尔瓦多答复第8段（本站编号）');
        await page.close();
      });
    });
  }

  /** The rows as the page shows them: "2011 block | 2018 block (why)". */
  async function shownRows(page: Page): Promise<string[]> {
    return page.$$eval('.compare-row:not(.compare-row--head)', (rows) =>
      rows.map((row) => {
        const [earlier, later] = [...row.querySelectorAll('.compare-cell')].map(
          (cell) => cell.querySelector('.block')?.id.replace(/^cmp-a-\d+-\d+-/, '') ?? '-',
        );
        const why = row.querySelector('.compare-why')?.textContent?.replace('对应依据：', '');
        return `${earlier} | ${later}${why ? ` (${why})` : ''}`;
      }),
    );
  }

  it('show El Salvador’s openings and its paragraphs on national law side by side, each saying why', async () => {
    await withContext({}, async (context) => {
      const page = await open(context, '/states/el-salvador/compare/');
      const rows = await shownRows(page);
      expect(rows[0]).toBe('p1 | p1 (位置相同)');
      expect(rows).toContain('p8 | p5 (位置相同)');
      expect(rows.filter((row) => !row.includes(' | -') && !row.startsWith('- |'))).toHaveLength(2);
      await page.close();
    });
  });

  it('keep NATO’s 2011 paragraph 1 under its heading, and pair its sections heading by heading', async () => {
    await withContext({}, async (context) => {
      const page = await open(context, '/organizations/nato/compare/');
      const rows = await shownRows(page);
      expect(rows.slice(0, 5)).toEqual([
        'h1 | -',
        'p1 | p1 (位置相同)',
        'h2 | h1 (小标题相近)',
        'p2 | p2 (同一小标题下的同一主题)',
        'p3 | p3 (同一小标题下的同一主题)',
      ]);
      expect(rows).toContain('h4 | h2 (小标题相近)');
      expect(rows).toContain('h5 | h3 (小标题相近)');
      await page.close();
    });
  });
});
