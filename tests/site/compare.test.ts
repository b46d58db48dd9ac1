// The compare pages of every respondent that replied twice, in a real browser, checked against
// corpus.json: what each reply names, the paragraphs aligned, the repeated passages marked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type Corpus, type Submission } from '../../src/lib/schema.ts';
import { normalizeForSearch } from '../../src/lib/search/text/normalize.ts';
import type { StaticServer } from '../../test-support/static-server.ts';
import type { GuardedContext } from '../../test-support/chromium.ts';
import { openBuiltSite, type BuiltSite } from '../../test-support/built-site.ts';
import { commonSubstrings, isWithin } from '../../test-support/common-substrings.ts';
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

/** Respondents with more than one reply, and their two latest replies, earlier first. */
function pairs(): { id: string; path: string; earlier: Submission; later: Submission }[] {
  return corpus.respondents.flatMap((respondent) => {
    const replies = corpus.submissions.filter((each) => each.respondent === respondent.id);
    if (replies.length < 2) return [];
    return [{ id: respondent.id, path: `${respondent.url}compare/`, later: replies[0]!, earlier: replies[1]! }];
  });
}

async function open(path: string, width = 1280): Promise<Page> {
  const page = await guarded.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const response = await page.goto(new URL(path.slice(1), server.url).href);
  expect(response?.status(), path).toBe(200);
  return page;
}

/** The refs of one kind in one column of the summary. */
const column = (page: Page, kind: string, name: string) =>
  page.$$eval(`table[data-kind="${kind}"] td[data-column="${name}"] li[data-ref]`, (items) =>
    items.map((item) => item.getAttribute('data-ref')!).sort(),
  );

const threeColumns = (earlier: string[], later: string[]) => ({
  onlyEarlier: earlier.filter((ref) => !later.includes(ref)).sort(),
  both: earlier.filter((ref) => later.includes(ref)).sort(),
  onlyLater: later.filter((ref) => !earlier.includes(ref)).sort(),
});

/** Organizations a reply names in its blocks, by any Chinese name, itself aside: read from corpus.json plainly. */
function organizationsNamed(submission: Submission): string[] {
  return corpus.respondents
    .filter((each) => each.kind === 'organization' && each.id !== submission.respondent)
    .filter((each) =>
      submission.blocks.some((block) =>
        [each.name.zh, ...each.aliases].some((name) =>
          normalizeForSearch(block.text).includes(normalizeForSearch(name)),
        ),
      ),
    )
    .map((each) => each.id);
}

describe('compare pages', () => {
  it('exist for the six respondents that replied in both years', () => {
    expect(
      pairs()
        .map((pair) => pair.id)
        .sort(),
    ).toEqual(['csto', 'el-salvador', 'icao', 'interpol', 'nato', 'unodc']);
  });

  it('list in three columns exactly what each reply cites, by the citations data, and the measures it reports', async () => {
    for (const { path, earlier, later } of pairs()) {
      const page = await open(path);
      for (const [kind, refs] of [
        ['instrument', (each: Submission) => each.citations.instruments],
        ['resolution', (each: Submission) => each.citations.resolutions],
        ['organization', organizationsNamed],
        ['measure', (each: Submission) => [...new Set(each.measures.map((entry) => entry.measure))]],
      ] as const) {
        const expected = threeColumns(refs(earlier), refs(later));
        for (const name of ['onlyEarlier', 'both', 'onlyLater'] as const)
          expect(await column(page, kind, name), `${path} ${kind} ${name}`).toEqual(expected[name]);
      }
      await page.close();
    }
  });

  it('link every entry to paragraphs that name it', async () => {
    for (const { path, earlier, later } of pairs()) {
      const page = await open(path);
      const entries = await page.$$eval('table[data-kind] li[data-ref]', (items) =>
        items.map((item) => ({
          kind: item.closest('table')!.getAttribute('data-kind')!,
          ref: item.getAttribute('data-ref')!,
          places: [...item.querySelectorAll('a.compare-summary__place')].map((link) => link.getAttribute('href')!),
        })),
      );
      for (const entry of entries) {
        expect(entry.places.length, `${path} ${entry.ref}`).toBeGreaterThan(0);
        for (const place of entry.places) {
          const [, anchor] = place.split('#');
          const reply = [earlier, later].find((each) => place.includes(each.report.toLowerCase().replace(/\//g, '-')))!;
          if (!anchor) {
            // Named only in a footnote: the link goes to the reply, whose citations say so.
            expect(entry.kind, `${path} ${place}`).not.toBe('organization');
            continue;
          }
          if (entry.kind === 'measure') {
            // A measure's places are the sentences coded with it.
            const coded = reply.measures.some((each) => each.anchor === anchor && each.measure === entry.ref);
            expect(coded, `${path} ${entry.ref} → ${place}`).toBe(true);
            continue;
          }
          const block = reply.blocks.find((each) => each.id === anchor)!;
          const names =
            entry.kind === 'organization'
              ? organizationsNamed({ ...reply, blocks: [block] }).includes(entry.ref)
              : block.mentions.some((mention) => mention.kind === entry.kind && mention.ref === entry.ref);
          expect(names, `${path} ${entry.ref} → ${place}`).toBe(true);
        }
      }
      await page.close();
    }
  });

  it('set every paragraph of both replies in one row each, and mark only passages the other year repeats', async () => {
    for (const { path, earlier, later } of pairs()) {
      const page = await open(path);
      const cells = await page.$$eval('.compare-row:not(.compare-row--head)', (rows) =>
        rows.map((row) =>
          [...row.querySelectorAll('.compare-cell')].map((cell) => {
            const block = cell.querySelector('.block');
            return block
              ? {
                  id: block.id.replace(/^cmp-/, ''),
                  marks: [...block.querySelectorAll('mark.shared')].map((mark) => mark.textContent!),
                }
              : undefined;
          }),
        ),
      );
      expect(cells.every((row) => row.length === 2)).toBe(true);
      for (const [index, reply] of [earlier, later].entries()) {
        const shown = cells.flatMap((row) => (row[index] ? [row[index]!.id] : []));
        expect(shown, `${path} ${reply.id}`).toEqual(expect.arrayContaining(reply.blocks.map((block) => block.id)));
        expect(shown).toHaveLength(reply.blocks.length);
        const other = (index === 0 ? later : earlier).blocks.map((block) => block.text).join('\n');
        for (const mark of cells.flatMap((row) => row[index]?.marks ?? []))
          expect(other, `${path}: ${mark}`).toContain(mark);
      }
      await page.close();
    }
  });

  it('mark, in both columns, every passage of 20 characters or more that two paired paragraphs share', async () => {
    for (const { path, earlier, later } of pairs()) {
      const page = await open(path);
      const rows = await page.$$eval('.compare-row:not(.compare-row--head)', (elements) =>
        elements.map((row) =>
          [...row.querySelectorAll('.compare-cell')].map((cell) => {
            const block = cell.querySelector('.block');
            if (!block) return undefined;
            let at = 0;
            const ranges: [number, number][] = [];
            for (const node of block.childNodes) {
              const element = node as Element;
              if (
                element.classList?.contains('block__no') ||
                element.classList?.contains('compare-cell__year') ||
                element.classList?.contains('block__marker')
              )
                continue;
              const length = node.textContent!.length;
              if (element.tagName === 'MARK') ranges.push([at, at + length]);
              at += length;
            }
            return { id: block.id.replace(/^cmp-/, ''), ranges };
          }),
        ),
      );
      for (const [first, second] of rows) {
        if (!first || !second) continue;
        const textOf = (reply: Submission, id: string) => reply.blocks.find((block) => block.id === id)!.text;
        for (const common of commonSubstrings(textOf(earlier, first.id), textOf(later, second.id), 20)) {
          expect(isWithin(common.earlier, first.ranges), `${path} ${first.id}`).toBe(true);
          expect(isWithin(common.later, second.ranges), `${path} ${second.id}`).toBe(true);
        }
      }
      await page.close();
    }
  });

  it('read on a 360 px phone, earlier paragraph above the later, and pass axe-core', async () => {
    for (const { path } of pairs()) {
      const page = await open(path, 360);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
      const stacked = await page.$$eval('.compare-row:not(.compare-row--head)', (rows) =>
        rows.every((row) => {
          const [first, second] = [...row.querySelectorAll('.compare-cell')].map((cell) =>
            cell.getBoundingClientRect(),
          );
          return first!.bottom <= second!.top + 1;
        }),
      );
      expect(stacked, path).toBe(true);
      await page.close();
      const checked = await axeContext.context.newPage();
      await checked.goto(new URL(path.slice(1), server.url).href);
      expect(await axeViolations(checked), path).toEqual([]);
      await checked.close();
    }
  });
});
