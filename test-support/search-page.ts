// The search page driven as a reader drives it: queries typed into its form one after another,
// and what the page then shows read back, results and the notes beside them.
import type { Page } from 'playwright-core';

export async function waitForResults(page: Page): Promise<void> {
  await page.waitForSelector('#search-results[data-state=done], #search-results[data-state=error]');
  const state = await page.getAttribute('#search-results', 'data-state');
  if (state !== 'done') throw new Error(`the search ended in state ${state}`);
}

export interface Shown {
  reply: string;
  /** "text": contains the query; "name": names what the query names, in other words. */
  match: string;
  links: string[];
  /** The first mark of each excerpt. */
  marks: string[];
  /** What its line of terms says ("含：…"), if it has one. */
  terms: string;
}

/** A link the page offers beside the results: a query (another form, an offer) with the count it says, or a paragraph. */
export interface OfferedLink {
  href: string;
  text: string;
  /** The query it runs, and the number of replies the page says it finds. */
  query?: string;
  count?: number;
  /** A paragraph it leads to. */
  anchor?: string;
}

export interface Found {
  query: string;
  total: number;
  /** Replies that contain the query itself. */
  exact: number;
  replies: string[];
  /** "instrument:cwc", "resolution:S/RES/1540(2004)", "organization:nato": what the page says the query names. */
  names: string[];
  /** The block a pasted quotation comes from, where exactly one holds it. */
  source: string | undefined;
  /** The reports' own texts found (card ids). */
  reportTexts: string[];
  shown: Shown[];
  /** "另见": the other forms of a term. */
  seeAlso: OfferedLink[];
  /** For no result: what would find something. */
  offers: OfferedLink[];
  /** The names note, as shown. */
  namesNote: string;
}

/** Runs each query through the search form of one page, as a reader would, and reads what the page found. */
export async function runQueries(page: Page, queries: readonly string[]): Promise<Found[]> {
  return page.evaluate(async (queries) => {
    const form = document.querySelector<HTMLFormElement>('#search-form')!;
    const input = document.querySelector<HTMLInputElement>('#search-page-input')!;
    const results = document.querySelector<HTMLElement>('#search-results')!;
    const settled = () =>
      new Promise<void>((resolve) => {
        const check = () =>
          results.dataset.state === 'done' || results.dataset.state === 'error' ? resolve() : setTimeout(check, 1);
        check();
      });
    const links = (selector: string) =>
      [...document.querySelectorAll<HTMLAnchorElement>(selector)].map((link) => ({
        href: link.getAttribute('href')!,
        text: link.textContent ?? '',
        ...(link.dataset.query !== undefined ? { query: link.dataset.query, count: Number(link.dataset.count) } : {}),
        ...(link.dataset.anchor !== undefined ? { anchor: link.dataset.anchor } : {}),
      }));
    const found = [];
    for (const query of queries) {
      input.value = query;
      form.requestSubmit();
      await settled();
      found.push({
        query,
        total: Number(results.dataset.total),
        exact: Number(results.dataset.exact),
        replies: (results.dataset.replies ?? '').split(' ').filter(Boolean),
        names: (results.dataset.names ?? '').split(' ').filter(Boolean),
        source: results.dataset.source,
        reportTexts: (results.dataset.reportTexts ?? '').split(' ').filter(Boolean),
        shown: [...document.querySelectorAll<HTMLElement>('.search-result')].map((item) => ({
          reply: item.dataset.reply!,
          match: item.dataset.match!,
          links: [...item.querySelectorAll('a')].map((link) => link.getAttribute('href')!),
          marks: [...item.querySelectorAll('.search-result__hits > li')].map(
            (hit) => hit.querySelector('mark')?.textContent ?? '',
          ),
          terms: item.querySelector('.search-result__terms')?.textContent ?? '',
        })),
        seeAlso: document.querySelector<HTMLElement>('#search-see-also')!.hidden ? [] : links('#search-see-also a'),
        offers: document.querySelector<HTMLElement>('#search-offers')!.hidden ? [] : links('#search-offers a'),
        namesNote: document.querySelector<HTMLElement>('#search-names')!.hidden
          ? ''
          : (document.querySelector('#search-names')!.textContent ?? ''),
      });
    }
    return found;
  }, queries);
}
