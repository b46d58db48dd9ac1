// Errors a reader notices on a page, looked for on every page of the built site: a title in
// doubled book-title marks (《《…》修正案》), an empty table cell that no legend explains, and a
// count printed beside a list that disagrees with the list.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBuiltSite, type BuiltSite } from '../../test-support/built-site.ts';
import { htmlFiles } from '../../test-support/html-files.ts';

const PAGES = htmlFiles('dist').map((file) => ({ file, html: readFileSync(file, 'utf8') }));

describe('every page of the built site', () => {
  it('has all its pages to look at', () => {
    expect(PAGES.length).toBeGreaterThan(300);
  });

  it('prints no title in doubled marks (《《, 》》, 〈〈, 〉〉)', () => {
    const doubled = PAGES.flatMap(({ file, html }) =>
      [...html.matchAll(/.{0,20}(《《|》》|〈〈|〉〉).{0,20}/g)].map((match) => `${file}: ${match[0]}`),
    );
    expect(doubled).toEqual([]);
  });

  it('names an instrument in its <title> with the marks its heading prints (《〈核材料实物保护公约〉修正案》)', () => {
    const instrumentPages = PAGES.filter(
      ({ file }) => /^dist\/instruments\/[^/]+\/index\.html$/.test(file) && !file.includes('matrix'),
    );
    expect(instrumentPages.length).toBeGreaterThan(10);
    const differing = instrumentPages.flatMap(({ file, html }) => {
      const heading = /<h1>(《[^<]*?》)\s/.exec(html)?.[1];
      const title = /<title>([^<：]*)：/.exec(html)?.[1];
      return heading === title ? [] : [`${file}: <title> ${title}, <h1> ${heading}`];
    });
    expect(differing).toEqual([]);
  });

  it('leaves no table cell empty, except in a table whose legend says what blank means', () => {
    const unexplained = PAGES.flatMap(({ file, html }) =>
      [...html.matchAll(/<table([^>]*)>([\s\S]*?)<\/table>/g)].flatMap(([, attributes, table]) => {
        const means = /data-empty-means="([^"]+)"/.exec(attributes!)?.[1];
        if (means && html.includes(`空白单元格表示${means}`)) return [];
        return [...table!.matchAll(/<t[dh](?:\s[^>]*)?>\s*<\/t[dh]>/g)].map((match) => `${file}: ${match[0]}`);
      }),
    );
    expect(unexplained).toEqual([]);
  });
});

// The counts are static HTML, what a reader without JavaScript sees: each page is parsed by the
// browser's own DOMParser in one page, rather than opened, which took a second a page.
describe('counts beside lists', () => {
  let site: BuiltSite;
  let page: Page;
  const htmlOf = new Map(PAGES.map(({ file, html }) => [file.replace(/^dist/, '').replace(/index\.html$/, ''), html]));
  beforeAll(async () => {
    site = await openBuiltSite();
    page = await site.guarded.context.newPage();
  });
  afterAll(() => site?.close());

  /** Each report's part of a resolution's or instrument's page: the numbers its heading prints, and its lists' lengths. */
  async function reportParts(path: string) {
    const html = htmlOf.get(path);
    expect(html, path).toBeDefined();
    return page.evaluate((html) => {
      const sections = new DOMParser()
        .parseFromString(html, 'text/html')
        .querySelectorAll('section.mentions-in-report');
      return [...sections].map((section) => ({
        report: section.querySelector('h2')!.id,
        heading: section.querySelector('h2')!.textContent!.replace(/\s+/g, ''),
        naming: section.querySelector('.naming-amendment-title')?.textContent?.replace(/\s+/g, '') ?? '',
        mentioning: section.querySelectorAll('ol.kwic:not(.naming-amendment) > li').length,
        namingAmendment: section.querySelectorAll('ol.naming-amendment > li').length,
        notMentioning: section.querySelectorAll('.not-mentioning a').length,
      }));
    }, html!);
  }

  it('on every resolution and instrument page: the heading counts what the lists hold', async () => {
    const paths = [...htmlOf.keys()].filter((path) => /^\/(resolutions|instruments)\/[^/]+\/([^/]+\/)?$/.test(path));
    expect(paths.length).toBeGreaterThan(30);
    let counted = 0;
    for (const path of paths.filter((each) => !each.includes('/matrix/'))) {
      for (const part of await reportParts(path)) {
        const printed = /(\d+)份答复中(\d+)份提及/.exec(part.heading);
        expect(printed, `${path} ${part.report}`).not.toBeNull();
        const [, all, mentioning] = printed!.map(Number);
        expect(mentioning, `${path} ${part.report}`).toBe(part.mentioning);
        expect(all, `${path} ${part.report}`).toBe(part.mentioning + part.namingAmendment + part.notMentioning);
        if (part.namingAmendment > 0) expect(part.naming).toContain(`另有${part.namingAmendment}份答复`);
        counted++;
      }
    }
    expect(counted).toBeGreaterThan(30);
  });

  it('on /instruments/: each count is the number of replies the instrument’s page lists as naming it', async () => {
    await page.goto(new URL('instruments/', site.server.url).href);
    const rows = await page.$$eval('tbody tr', (trs) =>
      trs.map((tr) => ({
        href: tr.querySelector('a')!.getAttribute('href')!,
        counts: [...tr.querySelectorAll('td')].slice(3, -1).map((td) => Number(td.textContent)),
      })),
    );
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows)
      expect(
        (await reportParts(row.href)).map((part) => part.mentioning),
        row.href,
      ).toEqual(row.counts);
  });
});
