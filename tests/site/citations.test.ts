// Citations as a researcher gets them: the cite panel, the downloads parsed
// with a real parser (citation-js), and the Highwire tags Zotero reads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { startStaticServer, type StaticServer } from '../../test-support/static-server.ts';
import { launchChromium } from '../../test-support/chromium.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startStaticServer('dist', '/');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${server.url}${path}`);
  return page;
}

interface ParsedItem {
  type: string;
  author?: { literal?: string; family?: string }[];
  number?: string;
  title?: string;
  URL?: string;
  page?: string;
  publisher?: string;
}

/** Fetch a download linked from the page and read it with citation-js. */
async function parsedDownload(page: Page, format: 'bibtex' | 'ris' | 'csl-json'): Promise<ParsedItem> {
  const href = await page.getAttribute(`.cite-panel a[data-format="${format}"]`, 'href');
  const text = await (await fetch(new URL(href!, server.url))).text();
  const data = format === 'csl-json' ? JSON.parse(text) : new Cite(text).data;
  expect(data).toHaveLength(1);
  return data[0] as ParsedItem;
}

const authorOf = (item: ParsedItem) => item.author?.map((name) => name.literal ?? name.family).join(';');

describe('citing a reply', () => {
  it('gives GB/T 7714, Chicago and APA text naming the respondent, the report and the permalink', async () => {
    const page = await open('states/cuba/');
    // The panel is folded: read its text, not what is rendered.
    const gbt = (await page.locator('.cite-panel [data-format="gb-t-7714"]').textContent())!;
    expect(gbt).toMatch(/^古巴\. .*A\/73\/112\[R\/OL\].*纽约: 联合国, 2018.*\/states\/cuba\/a-73-112\/\.$/);
    for (const format of ['chicago', 'apa']) {
      const text = (await page.locator(`.cite-panel [data-format="${format}"]`).textContent())!;
      expect(text).toContain('Cuba');
      expect(text).toContain('A/73/112');
      expect(text).toContain('/states/cuba/a-73-112/');
    }
    await page.close();
  });

  it('offers BibTeX, RIS and CSL-JSON that parse and name the respondent, the report and the page', async () => {
    const page = await open('states/cuba/');
    for (const format of ['bibtex', 'ris', 'csl-json'] as const) {
      const item = await parsedDownload(page, format);
      expect(item.type, format).toBe('report');
      expect(authorOf(item), format).toBe('古巴');
      expect(item.number, format).toBe('A/73/112');
      expect(item.URL, format).toMatch(/\/states\/cuba\/a-73-112\/$/);
    }
    await page.close();
  });
});

describe('citing a paragraph', () => {
  it('is one click away from the paragraph, and its downloads carry the paragraph number and anchor', async () => {
    const page = await open('states/cuba/');
    await page.locator('#a-73-112-p3 .block__tools a', { hasText: '引用' }).click();
    expect(new URL(page.url()).pathname).toBe('/cite/a-73-112-cuba/a-73-112-p3/');
    expect(await page.locator('.cite-panel [data-format="gb-t-7714"]').innerText()).toContain('第3段');
    for (const format of ['bibtex', 'ris', 'csl-json'] as const) {
      const item = await parsedDownload(page, format);
      expect(authorOf(item), format).toBe('古巴');
      expect(item.number, format).toBe('A/73/112');
      expect(item.page, format).toBe('第3段');
      expect(item.URL, format).toMatch(/\/states\/cuba\/a-73-112\/#a-73-112-p3$/);
    }
    expect(await page.locator('.cite-panel [data-format="apa"] ~ p .citation-intext').innerText()).toBe(
      '(Cuba, 2018, para. 3)',
    );
    await page.close();
  });
});

describe('Highwire tags for Zotero', () => {
  async function tags(path: string): Promise<[string, string][]> {
    const page = await open(path);
    const found = await page.$$eval('meta[name^="citation_"]', (metas) =>
      metas.map((meta) => [meta.getAttribute('name')!, meta.getAttribute('content')!] as [string, string]),
    );
    await page.close();
    return found;
  }

  it('describe a reply page as a report of the United Nations with its symbol', async () => {
    const found = Object.fromEntries(await tags('states/el-salvador/a-66-115/'));
    expect(found).toEqual({
      citation_title: '萨尔瓦多的答复：防止恐怖分子获取大规模毁灭性武器的措施',
      citation_author: '萨尔瓦多',
      citation_publication_date: '2011',
      citation_technical_report_institution: '联合国',
      citation_technical_report_number: 'A/66/115',
      citation_language: 'zh',
      citation_public_url: expect.stringMatching(/\/states\/el-salvador\/a-66-115\/$/),
    });
  });

  it('are on a respondent page with one reply, and absent where a page holds two replies', async () => {
    expect(Object.fromEntries(await tags('organizations/eu/'))['citation_technical_report_number']).toBe('A/73/112');
    expect(await tags('states/el-salvador/')).toEqual([]);
  });

  it('never name a journal, book or conference, nor a publisher that could differ', async () => {
    for (const path of ['states/cuba/', 'states/cuba/a-73-112/', 'cite/a-73-112-cuba/a-73-112-p3/']) {
      for (const [name, content] of await tags(path)) {
        expect(name).not.toMatch(/journal|book|conference|inbook|publisher|dissertation/);
        if (name === 'citation_author') expect(content).not.toContain(',');
      }
    }
  });
});
