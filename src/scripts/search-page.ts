// The search page's controller. The query and the filters live in the URL
// (/search/?q=核安全&report=A/73/112), so a search can be linked, bookmarked and cited; it
// runs on load. The engine (src/lib/search/engine/search-engine.ts) finds the replies over
// Pagefind; this page loads the card of each reply it shows, keeps the replies whose text
// holds the query (shown-results.ts), and has the view (search-view.ts) render them. The
// filter counts follow once the results are on screen; their file loads meanwhile.
import { readSearchParams, type FilterSelection } from '../lib/search/filters/filter-groups.ts';
import { normalizeForSearch } from '../lib/search/text/normalize.ts';
import { QUOTE_MIN_LENGTH } from '../lib/search/query/read-quote.ts';
import type { NameForms, NameOfQuery } from '../lib/search/vocabulary/name-forms.ts';
import { positiveNeedles, SearchEngine, type Outcome, type PagefindApi } from '../lib/search/engine/search-engine.ts';
import { showPage } from '../lib/search/engine/shown-results.ts';
import { withBase } from '../lib/site/base-url.ts';
import { PATHS, searchQueryString } from '../lib/urls.ts';
import { loadCard, loadFacets } from './load-card.ts';
import {
  describe,
  namesNote,
  queryNotes,
  readSelection,
  resultItem,
  showCounts,
  showSelection,
} from './search-view.ts';
import { startUnsegmented } from './start-pagefind.ts';

/** Replies shown at first; each "more" adds MORE_SIZE. */
const FIRST_PAGE = 5;
const MORE_SIZE = 10;

const $ = <E extends Element>(selector: string) => document.querySelector<E>(selector)!;
const form = $<HTMLFormElement>('#search-form');
const boxes = [...document.querySelectorAll<HTMLInputElement>('#search-filters input[type=checkbox]')];
const input = $<HTMLInputElement>('#search-page-input');
const results = $<HTMLElement>('#search-results');
const summary = $<HTMLElement>('#search-summary');
const list = $<HTMLOListElement>('#search-list');
const more = $<HTMLButtonElement>('#search-more');
const names = $<HTMLUListElement>('#search-names');
const hints = $<HTMLUListElement>('#search-hints');
const quote = $<HTMLElement>('#search-quote');
const downloads = $<HTMLElement>('#search-downloads');
const nameForms = JSON.parse(document.querySelector('#search-name-forms')?.textContent ?? '[]') as NameForms[];
const pageTitle = document.title;

let loading: Promise<PagefindApi> | undefined;

function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ withBase(PATHS.pagefindScript))) as PagefindApi & {
      options(options: Record<string, unknown>): Promise<void>;
      init(): Promise<void>;
    };
    // The index is small: searching on the main thread saves downloading Pagefind's worker.
    await pagefind.options({ noWorker: true, metaCacheTag: form.dataset.indexTag });
    void startUnsegmented(pagefind);
    return pagefind;
  })();
  return loading;
}

let nameDetails: Promise<NameOfQuery[]> | undefined;

/** The names with their labels, for a query that is one. */
function loadNames(): Promise<NameOfQuery[]> {
  nameDetails ??= fetch(withBase(PATHS.searchNames)).then((response) => {
    if (!response.ok) throw new Error(`${response.status} for the search names`);
    return response.json() as Promise<NameOfQuery[]>;
  });
  return nameDetails;
}

const engine = new SearchEngine({ pagefind: loadPagefind, nameForms, loadCard, loadFacets, loadNames });

/** The search on screen, as far as its results are shown. */
let current: Outcome | undefined;
let generation = 0;

/** Shows the next results; false if this search was replaced meanwhile. */
async function showMore(outcome: Outcome, count: number, mine: number): Promise<boolean> {
  const from = list.childElementCount;
  const ids = outcome.ids.slice(from, from + count);
  const loaded = await Promise.all(ids.map(async (id) => ({ id, card: await loadCard(id) })));
  if (mine !== generation) return false;
  const page = showPage(outcome, loaded);
  // Never shown nor counted: a reply whose text does not hold the query (or the name it was found by).
  for (const id of page.dropped) console.error(`search: ${id} was found but does not contain "${outcome.query}"`);
  list.append(...page.shown.map((result) => resultItem(result, page.outcome)));
  current = page.outcome;
  more.hidden = list.childElementCount >= current.ids.length;
  return true;
}

/**
 * The sources of a pasted quotation; the panel's code is loaded only for one (1 KB gzipped, measured).
 * Resolves when the panel shows, with the promise of its citations, which come after the first results.
 */
async function showQuoteSources(outcome: Outcome): Promise<{ citations: Promise<void> }> {
  if (!outcome.quote) {
    quote.hidden = true;
    quote.querySelector('ol')!.replaceChildren();
    return { citations: Promise.resolve() };
  }
  const { showQuote } = await import('./quote-panel.ts');
  return { citations: showQuote(quote, outcome.quote.sources) };
}

function showOutcome(outcome: Outcome): void {
  summary.textContent = describe(outcome);
  const sources = outcome.quote?.sources ?? [];
  results.dataset.total = String(outcome.ids.length);
  results.dataset.exact = String(outcome.exact);
  results.dataset.names = outcome.names.map((name) => `${name.kind}:${name.value}`).join(' ');
  results.dataset.query = positiveNeedles(outcome).join(' ');
  if (sources.length === 1) results.dataset.source = sources[0]!.unit.anchor;
  else delete results.dataset.source;
  downloads.hidden = outcome.ids.length === 0;
  results.removeAttribute('aria-busy');
}

function startShowing(outcome: Outcome): void {
  list.replaceChildren();
  names.replaceChildren(...namesNote(outcome));
  names.hidden = outcome.names.length === 0;
  hints.replaceChildren(...queryNotes(outcome));
  hints.hidden = hints.childElementCount === 0;
}

async function run(query: string, requested: FilterSelection): Promise<void> {
  const mine = ++generation;
  // A query long enough to be a pasted quotation: its panel's code loads beside the index, not after it.
  if (normalizeForSearch(query).length >= QUOTE_MIN_LENGTH) void import('./quote-panel.ts');
  input.value = query;
  showSelection(boxes, requested);
  document.title = query ? `“${query}” · ${pageTitle}` : pageTitle;
  results.dataset.state = 'loading';
  results.setAttribute('aria-busy', 'true');
  try {
    const outcome = await engine.search(query, requested);
    if (mine !== generation) return;
    startShowing(outcome);
    if (!(await showMore(outcome, FIRST_PAGE, mine))) return;
    const { citations } = await showQuoteSources(current!);
    if (mine !== generation) return;
    showOutcome(current!);
    if (performance.getEntriesByName('search:first-results').length === 0) performance.mark('search:first-results');

    const { counts, replies } = await engine.countFilters(current!);
    if (mine !== generation) return;
    showSelection(boxes, current!.selection);
    showCounts(boxes, counts);
    results.dataset.replies = replies.join(' ');
    if (replies.length !== current!.ids.length)
      console.error(`search: ${current!.ids.length} results but ${replies.length} replies counted`);
    await citations;
    if (mine !== generation) return;
    results.dataset.state = 'done';
  } catch (error) {
    if (mine !== generation) return;
    console.error(error);
    summary.textContent = '检索索引无法加载，请稍后再试或刷新页面。';
    results.dataset.state = 'error';
    results.removeAttribute('aria-busy');
  }
}

/** Runs a search and puts it in the URL, so that it can be linked and the back button works. */
function go(request: { query: string; selection: FilterSelection }, history: 'push' | 'none'): void {
  const params = searchQueryString(request.query, request.selection);
  if (history === 'push' && params !== location.search) window.history.pushState(null, '', params);
  void run(request.query, request.selection);
}

const readForm = () => ({ query: input.value, selection: readSelection(boxes) });

for (const box of boxes) box.addEventListener('change', () => go(readForm(), 'push'));

form.addEventListener('submit', (event) => {
  event.preventDefault();
  go(readForm(), 'push');
});

more.addEventListener('click', async () => {
  if (!current) return;
  const shown = list.childElementCount;
  if (await showMore(current, MORE_SIZE, generation)) list.children[shown]?.querySelector('a')?.focus();
});

for (const button of downloads.querySelectorAll<HTMLButtonElement>('button[data-download]'))
  button.addEventListener('click', async () => {
    if (!current) return;
    const outcome = current;
    // Made only when asked for: its code is not part of the page's first download.
    const { resultFile, save } = await import('./result-downloads.ts');
    const cards = await Promise.all(outcome.ids.map(loadCard));
    const file = await resultFile(outcome, cards, button.dataset.download as 'ris' | 'bib' | 'json' | 'csv');
    save(file.name, file.text, file.type);
  });

window.addEventListener('popstate', () => go(readSearchParams(new URLSearchParams(location.search)), 'none'));

const initial = readSearchParams(new URLSearchParams(location.search));
input.value = initial.query;
if (initial.query || Object.keys(initial.selection).length > 0) go(initial, 'none');
// Nothing to search yet: load Pagefind meanwhile, so that the first query is quick.
else void loadPagefind().catch((error: unknown) => console.error(error));
// Needed for the counts (or first, for a selection in the URL): loaded beside the index.
void loadFacets().catch((error: unknown) => console.error(error));
