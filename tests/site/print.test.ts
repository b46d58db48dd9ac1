// Every kind of page printed, as a researcher prints it: Chromium's print media and its PDF,
// read back with pdf.js. A citation page prints every format and its permalink, a compare
// page both replies with their citations, the matrix the whole table with its legend; no page
// is wider than the paper. The search page is left out: it shows nothing without a query.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { openBuiltSite, type BuiltSite } from '../../test-support/built-site.ts';
import { pdfText } from '../../test-support/pdf-text.ts';

let site: BuiltSite;
beforeAll(async () => {
  site = await openBuiltSite();
});
afterAll(() => site?.close());

const url = (path: string) => new URL(path.replace(/^\//, ''), site.server.url).href;
/** Permalinks name the site's own address (SITE_URL; a build without it, localhost:4321), not the test server's. */
const PERMALINK_ORIGIN = 'http://localhost:4321';

/** One page of each kind (test-support/page-kinds.ts). */
const KINDS = {
  home: '/',
  report: '/reports/a-73-112/',
  index: '/organizations/',
  respondent: '/states/el-salvador/',
  reply: '/states/qatar/a-73-112/',
  compare: '/organizations/nato/compare/',
  resolution: '/resolutions/s-res-1540-2004/',
  instrument: '/instruments/cppnm/',
  matrix: '/instruments/matrix/',
  editorial: '/how-to-cite/',
  citation: '/cite/a-73-112-qatar/a-73-112-p20/',
  measures: '/measures/',
  measure: '/measures/trade-controls/',
};

const SETUPS = [
  { name: '1280 px', options: { viewport: { width: 1280, height: 800 } } },
  { name: '360 px with touch', options: { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true } },
  { name: 'without JavaScript', options: { javaScriptEnabled: false } },
] as const;

/** The page printed to PDF on A4 (the matrix on the landscape page its style asks for), its text without white space. */
async function printed(context: BrowserContext, path: string): Promise<string> {
  const page = await context.newPage();
  await page.goto(url(path));
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  await page.close();
  return (await pdfText(pdf)).replace(/\s+/g, '');
}

/** pdf.js gives NFKC, full-width punctuation half-width; white space is left out on both sides. */
const asPrinted = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

describe('in print media, A4 wide', () => {
  for (const [kind, path] of Object.entries(KINDS)) {
    it(`${kind} (${path}): the content without the site's navigation, nothing wider than the paper`, async () => {
      const page = await site.guarded.context.newPage();
      // A4 at 96 dpi less the browser's default margins; the matrix prints on a landscape page.
      const width = kind === 'matrix' ? 1060 : 720;
      await page.setViewportSize({ width, height: 1000 });
      await page.goto(url(path));
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.locator('.site-footer').isVisible()).toBe(false);
      expect(await page.locator('main h1').isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(width);
      await page.close();
    });
  }
});

describe('printed to PDF', () => {
  for (const setup of SETUPS) {
    describe(setup.name, () => {
      let context: BrowserContext;
      beforeAll(async () => {
        context = await site.browser.newContext(setup.options);
      });
      afterAll(() => context?.close());

      it('a citation page carries every format and its permalink', async () => {
        const page = await context.newPage();
        await page.goto(url(KINDS.citation));
        const formats = await page.$$eval('.cite-panel [data-format]:not(a)', (nodes) =>
          nodes.map((node) => [node.getAttribute('data-format')!, node.textContent!] as const),
        );
        await page.close();
        expect(formats.map(([format]) => format)).toEqual([
          'gb-t-7714',
          'chicago',
          'chicago-in-text',
          'apa',
          'apa-in-text',
          'bibtex',
          'ris',
          'csl-json',
        ]);
        const text = await printed(context, KINDS.citation);
        for (const [format, shown] of formats) {
          // Each format whole, as the page shows it (the files line by line: a long line may wrap on paper).
          for (const line of shown.split('\n').filter((each) => each.trim()))
            expect(text, `${format}: ${line}`).toContain(asPrinted(line));
        }
        expect(text).toContain(asPrinted(`永久链接：${PERMALINK_ORIGIN}/states/qatar/a-73-112/#a-73-112-p20`));
        expect(text).toContain(asPrinted('原文第3项'));
      });

      it('a compare page carries both replies, their paragraphs and each reply’s citation', async () => {
        const text = await printed(context, KINDS.compare);
        const nato = site.corpus.submissions.filter((each) => each.respondent === 'nato');
        for (const reply of nato) {
          for (const block of reply.blocks) expect(text, block.id).toContain(asPrinted(block.text.slice(0, 30)));
          const slug = reply.report.toLowerCase().replace(/\//g, '-');
          expect(text).toContain(asPrinted(`永久链接：${PERMALINK_ORIGIN}/organizations/nato/${slug}/`));
          expect(text).toContain(
            asPrinted(
              `北大西洋公约组织.北大西洋公约组织的答复（摘要）[R/OL]//联合国秘书长.防止恐怖分子获取大规模毁灭性武器的措施:${reply.report}`,
            ),
          );
          expect(text).toContain(asPrinted(`联合国正式文件：https://undocs.org/zh/${reply.report}`));
        }
      });

      it('the matrix carries the whole table with its legend', async () => {
        const page = await context.newPage();
        await page.goto(url(KINDS.matrix));
        const table = await page.$$eval('table.matrix', ([matrix]) => ({
          columns: [...matrix!.querySelectorAll('thead th')].map((th) => th.textContent!),
          rows: [...matrix!.querySelectorAll('tbody th')].map((th) => th.textContent!),
          years: (matrix!.querySelector('tbody')!.textContent!.match(/\d{4}/g) ?? []).length,
        }));
        const legend = (await page.locator('.matrix-legend').textContent())!;
        await page.close();
        const text = await printed(context, KINDS.matrix);
        expect(text).toContain(asPrinted(legend));
        for (const label of [...table.columns, ...table.rows]) expect(text, label).toContain(asPrinted(label));
        // Every year of every cell: those in the table plus the few the page's own text prints.
        expect((text.match(/20[0-9]{2}/g) ?? []).length).toBeGreaterThanOrEqual(table.years);
        expect(table.years).toBeGreaterThan(100);
      });
    });
  }
});
