// Citations as a researcher gets them: the cite panel, the downloads parsed
// with a real parser (citation-js), the reader's access date, the copy
// buttons, the paragraph tools on a phone, a printout, and the Highwire tags
// Zotero reads.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { startStaticServer, type StaticServer } from '../../test-support/static-server.ts';
import { launchChromium } from '../../test-support/chromium.ts';
import { pdfText } from '../../test-support/pdf-text.ts';
import { readContextObject } from '../../test-support/read-context-object.ts';

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

async function open(path: string, context?: BrowserContext): Promise<Page> {
  const page = context ? await context.newPage() : await browser.newPage();
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
  note?: string;
  publisher?: string;
  accessed?: { 'date-parts': number[][] };
}

function parse(text: string, format: 'bibtex' | 'ris' | 'csl-json'): ParsedItem {
  const data = format === 'csl-json' ? JSON.parse(text) : new Cite(text).data;
  expect(data).toHaveLength(1);
  return data[0] as ParsedItem;
}

/** The file as built, which a reader without JavaScript downloads. */
async function builtFile(path: string): Promise<string> {
  return (await fetch(new URL(path, server.url))).text();
}

const FORMATS = [
  { format: 'bibtex', extension: 'bib' },
  { format: 'ris', extension: 'ris' },
  { format: 'csl-json', extension: 'json' },
] as const;

const authorOf = (item: ParsedItem) => item.author?.map((name) => name.literal ?? name.family).join(';');
const text = async (page: Page, selector: string) => (await page.locator(selector).first().textContent())!.trim();

describe('citing a reply', () => {
  it('gives GB/T 7714 as a part of the report, Chicago and APA, each with the official document', async () => {
    const page = await open('states/cuba/');
    // The panel is folded: read its text, not what is rendered.
    const gbt = await text(page, '.cite-panel [data-format="gb-t-7714"]');
    expect(gbt).toMatch(
      /^古巴\. 古巴的答复\[R\/OL\]\/\/联合国秘书长\. 防止恐怖分子获取大规模毁灭性武器的措施: A\/73\/112\. 纽约: 联合国, 2018\[\d{4}-\d{2}-\d{2}\]\. http:\/\/localhost:4321\/states\/cuba\/a-73-112\/\. 联合国正式文件: https:\/\/undocs\.org\/zh\/A\/73\/112\.$/,
    );
    for (const format of ['chicago', 'apa']) {
      const reference = await text(page, `.cite-panel [data-format="${format}"]`);
      expect(reference).toMatch(/^Cuba\. /);
      expect(reference).toContain('In ');
      expect(reference).toContain('A/73/112');
      expect(reference).toContain('/states/cuba/a-73-112/');
      expect(reference).toContain('https://undocs.org/zh/A/73/112');
    }
    await page.close();
  });

  it('offers BibTeX, RIS and CSL-JSON, as built, that parse and hold the same item', async () => {
    for (const { format, extension } of FORMATS) {
      const item = parse(await builtFile(`cite/a-73-112-cuba.${extension}`), format);
      expect(item.type, format).toBe('report');
      expect(authorOf(item), format).toBe('古巴');
      expect(item.number, format).toBe('A/73/112');
      expect(item.title, format).toBe('古巴的答复：防止恐怖分子获取大规模毁灭性武器的措施');
      expect(item.note, format).toBe('联合国正式文件：https://undocs.org/zh/A/73/112');
      expect(item.URL, format).toMatch(/\/states\/cuba\/a-73-112\/$/);
    }
  });

  it('says that a build without SITE_URL is a local preview', async () => {
    const page = await open('states/cuba/a-73-112/');
    expect(await text(page, '.cite-panel .cite-warning')).toContain('本地预览');
    await page.close();
  });

  it('cites a reply the report does not reproduce as the Secretary-General’s note, and says so', async () => {
    const page = await open('states/turkmenistan/a-66-115/');
    expect(await text(page, '.cite-panel [data-format="gb-t-7714"]')).toMatch(
      /^联合国秘书长\. 关于土库曼斯坦答复的说明\[R\/OL\]\/\/联合国秘书长\. /,
    );
    expect(await text(page, '.cite-panel .cite-flags')).toContain('报告没有转载这份答复，所引为秘书长关于该答复的说明');
    expect(await page.getAttribute('meta[name="citation_author"]', 'content')).toBe('联合国秘书长');
    await page.close();
  });

  it('names INTERPOL as A/66/115 prints it, beside the site’s name for it', async () => {
    const page = await open('organizations/interpol/a-66-115/');
    expect(await text(page, '.cite-panel [data-format="gb-t-7714"]')).toMatch(/^国际刑警组织\. 国际刑警组织的答复/);
    expect(await text(page, '.cite-panel .cite-facts')).toContain(
      '国际刑警组织（报告所印名称；本站通用名称：国际刑事警察组织）',
    );
    expect(await page.getAttribute('meta[name="citation_author"]', 'content')).toBe('国际刑警组织');
    // The page's own heading keeps the canonical name.
    expect(await text(page, 'h1')).toMatch(/^国际刑事警察组织的答复/);
    await page.close();
  });
});

describe('citing a paragraph', () => {
  it('is one tap away from the paragraph, and every format says whose paragraph and whose numbering', async () => {
    const page = await open('states/cuba/');
    await page.locator('#a-73-112-p5 .block__tools a', { hasText: '引用' }).click();
    expect(new URL(page.url()).pathname).toBe('/cite/a-73-112-cuba/a-73-112-p5/');
    expect(await text(page, 'h1')).toMatch(/^引用古巴答复第5段（本站编号）/);
    expect(await text(page, '.cite-panel [data-format="gb-t-7714"]')).toContain('2018: 古巴答复第5段（本站编号）[');
    expect(await text(page, '.cite-panel [data-format="chicago-in-text"]')).toBe(
      '(Cuba 2018, para. 5 [numbered on this site])',
    );
    expect(await text(page, '.cite-panel [data-format="apa-in-text"]')).toBe(
      '(Cuba, 2018, para. 5 [numbered on this site])',
    );
    for (const { format, extension } of FORMATS) {
      const item = parse(await builtFile(`cite/a-73-112-cuba/a-73-112-p5.${extension}`), format);
      expect(authorOf(item), format).toBe('古巴');
      expect(item.number, format).toBe('A/73/112');
      expect(item.title, format).toBe('古巴的答复：防止恐怖分子获取大规模毁灭性武器的措施，古巴答复第5段（本站编号）');
      expect(item.note, format).toBe('古巴答复第5段（本站编号）。联合国正式文件：https://undocs.org/zh/A/73/112');
      expect(item.page, format).toBeUndefined();
      expect(item.URL, format).toMatch(/\/states\/cuba\/a-73-112\/#a-73-112-p5$/);
    }
    await page.close();
  });

  it('offers one permalink per paragraph: the reply page’s, on the respondent page too', async () => {
    const page = await open('states/cuba/');
    const links = await page.$$eval('#a-73-112-p5 a:not(.mention):not(.footnote-ref)', (anchors) =>
      anchors.map((anchor) => anchor.getAttribute('href')),
    );
    expect(links).toEqual([
      '/states/cuba/a-73-112/#a-73-112-p5',
      '/states/cuba/a-73-112/#a-73-112-p5',
      '/cite/a-73-112-cuba/a-73-112-p5/',
    ]);
    expect(await page.getAttribute('#a-73-112-p5 button[data-copy]', 'data-copy')).toBe(
      '/states/cuba/a-73-112/#a-73-112-p5',
    );
    await page.close();
  });
});

describe('citing an item the report numbers or letters itself', () => {
  // Real paragraphs with a printed mark (content/entries/submissions/): what a reader of the UN PDF looks for.
  const PRINTED = [
    {
      reply: 'a-73-112-qatar',
      path: 'states/qatar/a-73-112/',
      block: 'a-73-112-p20',
      zh: '第10页，卡塔尔答复第20段（本站编号），原文第3项',
      en: 'item 3',
    },
    {
      reply: 'a-73-112-interpol',
      path: 'organizations/interpol/a-73-112/',
      block: 'a-73-112-p12',
      zh: '第17页，国际刑事警察组织答复第12段（本站编号），原文第(a)项',
      en: 'item (a)',
    },
    {
      reply: 'a-66-115-el-salvador',
      path: 'states/el-salvador/a-66-115/',
      block: 'a-66-115-p9',
      zh: '萨尔瓦多答复第9段（本站编号），原文第1项',
      en: 'item 1',
    },
  ];
  const SETUPS = [
    { name: '1280 px', options: { viewport: { width: 1280, height: 800 } } },
    { name: '360 px with touch', options: { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true } },
    { name: 'without JavaScript', options: { javaScriptEnabled: false } },
  ];

  for (const setup of SETUPS) {
    it(`reaches the citation page from the paragraph and finds the printed label in every format (${setup.name})`, async () => {
      const context = await browser.newContext(setup.options);
      for (const { path, block, zh, en } of PRINTED) {
        const page = await open(path, context);
        const cite = page.locator(`#${block} .block__cite`);
        await Promise.all([page.waitForURL(/\/cite\//), setup.options.hasTouch ? cite.tap() : cite.click()]);
        expect(await text(page, 'h1'), path).toContain(zh);
        expect(await text(page, '.cite-panel [data-format="gb-t-7714"]'), path).toContain(`: ${zh}[`);
        for (const format of ['chicago-in-text', 'apa-in-text'])
          expect(await text(page, `.cite-panel [data-format="${format}"]`), `${path} ${format}`).toMatch(
            new RegExp(`\\[numbered on this site\\], ${en.replace(/[()]/g, '\\$&')}\\)$`),
          );
        for (const format of ['bibtex', 'ris', 'csl-json'])
          expect(await page.locator(`.cite-panel pre[data-format="${format}"]`).textContent(), format).toContain(zh);
        const title = await page.getAttribute('meta[name="citation_title"]', 'content');
        expect(title!.endsWith(`，${zh}`), title!).toBe(true);
        await page.close();
      }
      await context.close();
    });
  }

  it('keeps the label in BibTeX, RIS and CSL-JSON as built, read back by citation-js', async () => {
    for (const { reply, block, zh } of PRINTED) {
      for (const { format, extension } of FORMATS) {
        const item = parse(await builtFile(`cite/${reply}/${block}.${extension}`), format);
        expect(item.title, `${reply} ${format}`).toMatch(new RegExp(`，${zh.replace(/[()]/g, '\\$&')}$`));
        expect(item.note!.startsWith(`${zh}。`), `${reply} ${format}`).toBe(true);
        expect(item.page, `${reply} ${format}`).toBe(/^第(\d+)页/.exec(zh)?.[1]);
      }
    }
  });

  it('leaves COinS as it was: each reply of a two-reply page is the whole reply, no paragraph named', async () => {
    const page = await open('states/el-salvador/');
    const titles = await page.$$eval('span.Z3988', (spans) => spans.map((span) => span.getAttribute('title')!));
    await page.close();
    const btitles = titles.map((title) => new Map(readContextObject(title)).get('rft.btitle'));
    expect(btitles).toEqual([
      '萨尔瓦多的答复：防止恐怖分子获取大规模毁灭性武器的措施（A/73/112）',
      '萨尔瓦多的答复：防止恐怖分子获取大规模毁灭性武器的措施（A/66/115）',
    ]);
  });
});

describe('the reader’s day', () => {
  const READERS_DAY = new Date(2031, 1, 3, 10, 0); // 3 February 2031, local time

  it('is the access date of the shown citations and of each download, without JavaScript the build day, said so', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.clock.setFixedTime(READERS_DAY);
    await page.goto(`${server.url}cite/a-73-112-cuba/a-73-112-p5/`);
    expect(await text(page, '[data-format="gb-t-7714"]')).toContain('古巴答复第5段（本站编号）[2031-02-03]');
    expect(await text(page, '[data-accessed-note]')).toContain('2031-02-03');
    const expected = { bibtex: 'urldate = {2031-02-03}', ris: 'Y2  - 2031/02/03/', 'csl-json': '[[2031, 2, 3]]' };
    for (const { format } of FORMATS) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click(`.cite-downloads a[data-format="${format}"]`),
      ]);
      expect(download.suggestedFilename()).toBe(
        `a-73-112-cuba-a-73-112-p5.${FORMATS.find((each) => each.format === format)!.extension}`,
      );
      const file = readFileSync((await download.path())!, 'utf8');
      expect(file, format).toContain(expected[format]);
      expect(parse(file, format).accessed, format).toEqual({ 'date-parts': [[2031, 2, 3]] });
      expect(parse(file, format).note, format).toContain('古巴答复第5段（本站编号）');
    }
    await context.close();

    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await open('cite/a-73-112-cuba/a-73-112-p5/', noScript);
    const built = (await text(plain, '[data-accessed-note]')).match(/\d{4}-\d{2}-\d{2}/)![0];
    expect(await text(plain, '[data-accessed-note]')).toContain('本站生成的日期');
    expect(await text(plain, '[data-format="gb-t-7714"]')).toContain(`[${built}]`);
    expect(await plain.locator('button[data-copy-from]:visible').count()).toBe(0);
    await noScript.close();
  });
});

describe('copy buttons', () => {
  it('put the exact text on the clipboard and say “已复制”, aloud too', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await open('cite/a-73-112-cuba/a-73-112-p5/', context);
    for (const format of [
      'gb-t-7714',
      'chicago',
      'chicago-in-text',
      'apa',
      'apa-in-text',
      'bibtex',
      'ris',
      'csl-json',
    ]) {
      const shown = page.locator(`.cite-panel [data-format="${format}"]:not(a)`);
      const expected =
        (await shown.evaluate((node) => node.tagName)) === 'PRE'
          ? (await shown.textContent())!
          : (await shown.textContent())!.trim();
      const id = await shown.getAttribute('id');
      const button = page.locator(`button[data-copy-from="${id}"]`);
      await button.click();
      expect(await page.evaluate(() => navigator.clipboard.readText()), format).toBe(expected);
      await expect.poll(() => button.textContent()).toBe('已复制');
      expect(await page.locator('#copy-status').textContent()).toMatch(/^已复制：复制/);
    }
    await context.close();
  });
});

describe('on a 360 px phone with touch', () => {
  it('every paragraph of a reply page has a visible cite link inside the screen', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    for (const path of ['states/cuba/a-73-112/', 'organizations/interpol/a-73-112/']) {
      const page = await open(path, context);
      const paragraphs = await page.locator('.reply-text .block[id]:not(.block--heading)').all();
      expect(paragraphs.length).toBeGreaterThan(5);
      for (const paragraph of paragraphs) {
        const cite = paragraph.locator('.block__cite');
        await cite.scrollIntoViewIfNeeded();
        expect(await cite.isVisible()).toBe(true);
        expect(await cite.evaluate((node) => Number(getComputedStyle(node).opacity))).toBe(1);
        const box = (await cite.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(360);
        expect(box.height).toBeGreaterThanOrEqual(24);
      }
      await Promise.all([page.waitForURL(/\/cite\//), page.locator('.block__cite').first().tap()]);
      await page.close();
    }
    await context.close();
  });
});

describe('a printed reply page', () => {
  // Chromium prints it to PDF; pdf.js (pdfjs-dist) reads the text back.
  it('carries its permalink, its GB/T 7714 citation, the official document and the note that this is not a UN website', async () => {
    const page = await open('organizations/nato/a-66-115/');
    const printed = (await pdfText(await page.pdf({ format: 'A4' }))).replace(/\s+/g, '');
    // pdfText gives NFKC: full-width punctuation comes back half-width.
    const expected = [
      '永久链接：http://localhost:4321/organizations/nato/a-66-115/',
      '引用（GB/T7714-2015）：北大西洋公约组织.北大西洋公约组织的答复（摘要）[R/OL]//联合国秘书长.',
      '联合国正式文件：https://undocs.org/zh/A/66/115',
      '本站不是联合国网站',
    ];
    for (const part of expected) expect(printed).toContain(part.normalize('NFKC'));
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

  it('give way, on a page with two replies, to a COinS item for each: the report its reply page describes, its symbol in the title', async () => {
    const page = await open('states/el-salvador/');
    const contextObjects = await page.$$eval('span.Z3988', (spans) => spans.map((span) => span.getAttribute('title')!));
    await page.close();
    const items = contextObjects.map((contextObject) => new Map(readContextObject(contextObject)));
    expect(items.map((item) => new URL(item.get('rft_id')!).pathname)).toEqual([
      '/states/el-salvador/a-73-112/',
      '/states/el-salvador/a-66-115/',
    ]);
    for (const item of items) {
      const path = new URL(item.get('rft_id')!).pathname.slice(1);
      const reply = Object.fromEntries(await tags(path));
      const replyPage = await open(path);
      const description = await replyPage.getAttribute('meta[name="description"]', 'content');
      await replyPage.close();
      expect(Object.fromEntries(item)).toEqual({
        ctx_ver: 'Z39.88-2004',
        rft_val_fmt: 'info:ofi/fmt:kev:mtx:book',
        'rft.genre': 'report',
        'rft.btitle': `${reply['citation_title']}（${reply['citation_technical_report_number']}）`,
        'rft.aucorp': reply['citation_author'],
        'rft.date': reply['citation_publication_date'],
        'rft.pub': reply['citation_technical_report_institution'],
        'rft.language': 'zh',
        rft_id: reply['citation_public_url'],
        'rft.description': description,
      });
      // The one field COinS has no key for, the report's symbol, is in the title and the abstract.
      expect(description).toContain(reply['citation_technical_report_number']);
    }
    const single = await open('states/cuba/');
    expect(await single.locator('span.Z3988').count()).toBe(0);
    await single.close();
  });

  it('never name a journal, book or conference, nor a publisher that could differ', async () => {
    for (const path of ['states/cuba/', 'states/cuba/a-73-112/', 'cite/a-73-112-cuba/a-73-112-p5/']) {
      for (const [name, content] of await tags(path)) {
        expect(name).not.toMatch(/journal|book|conference|inbook|publisher|dissertation/);
        if (name === 'citation_author') expect(content).not.toContain(',');
      }
    }
  });
});
