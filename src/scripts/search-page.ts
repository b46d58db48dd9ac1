// The search page's controller. The query and the filters live in the URL
// (/search/?q=核安全&report=A/73/112), so a search can be linked, bookmarked and cited; it
// runs on load. The engine (src/lib/search/engine/) finds the replies in Pagefind's index;
// this page loads the card of each reply it shows, keeps the replies whose text holds the
// query, and has the view (search-view.ts) render them. The filter counts follow once the
// results are on screen, then what the page says beside them (other forms, offers).
import {
  nearestToQuote,
  nextTask,
  offers,
  otherForms,
  positiveNeedles,
  readSearchParams,
  SearchEngine,
  showPage,
  type FilterSelection,
  type Outcome,
  type SearchRun,
} from '../lib/search/engine/index.ts';
import { searchQueryString } from '../lib/urls.ts';
import { showQuote } from './quote-panel.ts';
import { resultFile, save } from './result-downloads.ts';
import { siteFiles } from './search-files.ts';
import {
  describe,
  filterGroups,
  namesNote,
  offersNote,
  otherFormsNote,
  queryNotes,
  readSelection,
  reportTextItem,
  resultItem,
  showCounts,
  showSelection,
} from './search-view.ts';

/** Replies shown at first; each "more" adds MORE_SIZE. */
const FIRST_PAGE = 5;
const MORE_SIZE = 10;
/**
 * The reports' own texts shown at first, their cards loaded beside the first replies': a term of
 * the reports' titles is in every report's text (at 50×, 100 cards loaded before the first results).
 */
const FIRST_REPORT_TEXTS = 2;

const initial = readSearchParams(new URLSearchParams(location.search));
const engine = new SearchEngine(siteFiles);
/** The search in the URL starts when the script runs, before it needs any of the page's elements. */
const firstSearch =
  initial.query || Object.keys(initial.selection).length > 0
    ? engine.searchRun(initial.query, initial.selection)
    : undefined;
// Nothing to search yet: the index file loads meanwhile (the head preloads it), so that the first query is quick.
if (!firstSearch) void engine.index().catch((error: unknown) => console.error(error));
if (document.readyState === 'loading')
  await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));

const $ = <E extends Element>(selector: string) => document.querySelector<E>(selector)!;
const form = $<HTMLFormElement>('#search-form');
const filters = $<HTMLElement>('#search-filters');
const filterPanel = $<HTMLDetailsElement>('#search-filter-panel');
/** The filter boxes, once the lists are built (after the first results). */
const boxes = () => [...filters.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
const input = $<HTMLInputElement>('#search-page-input');
const results = $<HTMLElement>('#search-results');
const summary = $<HTMLElement>('#search-summary');
const list = $<HTMLOListElement>('#search-list');
const more = $<HTMLButtonElement>('#search-more');
const names = $<HTMLUListElement>('#search-names');
const hints = $<HTMLUListElement>('#search-hints');
const seeAlso = $<HTMLElement>('#search-see-also');
const offered = $<HTMLElement>('#search-offers');
const reportTexts = $<HTMLElement>('#search-report-texts');
const moreReportTexts = $<HTMLButtonElement>('#search-more-report-texts');
const quote = $<HTMLElement>('#search-quote');
const downloads = $<HTMLElement>('#search-downloads');
const pageTitle = document.title;

/** The search on screen, as far as its results are shown. */
let current: Outcome | undefined;
let generation = 0;

/** Shows the next results; false if this search was replaced meanwhile. */
async function showMore(outcome: Outcome, count: number, mine: number): Promise<boolean> {
  const from = list.childElementCount;
  const ids = outcome.ids.slice(from, from + count);
  const loaded = await Promise.all(ids.map(async (id) => ({ id, card: await engine.card(id) })));
  await nextTask();
  if (mine !== generation) return false;
  const page = showPage(outcome, loaded);
  // Never shown nor counted: a reply whose text does not hold the query (or the name it was found by).
  for (const id of page.dropped) console.error(`search: ${id} was found but does not contain "${outcome.query}"`);
  list.append(...page.shown.map((result) => resultItem(result, page.outcome)));
  current = page.outcome;
  more.hidden = list.childElementCount >= current.ids.length;
  return true;
}

/** The reports' own texts that hold the query, as results of their own kind: the first few, the others on request. */
async function showReportTexts(outcome: Outcome, count: number, mine: number): Promise<void> {
  const list = reportTexts.querySelector('ol')!;
  const from = list.childElementCount;
  const cards = await Promise.all(outcome.reportTexts.slice(from, from + count).map((id) => siteFiles.reportCard(id)));
  if (mine !== generation) return;
  list.append(...cards.map((card) => reportTextItem(card, outcome)));
  const left = outcome.reportTexts.length - list.childElementCount;
  moreReportTexts.hidden = left === 0;
  moreReportTexts.textContent = `显示其余 ${left} 份报告正文`;
  reportTexts.hidden = list.childElementCount === 0;
}

/**
 * The sources of a pasted quotation. Resolves when the panel shows, with the promise of its
 * citations, which come after the first results. Its code is part of the page's script: loaded
 * apart, it shared the engine with the page in a third file, which the page then waited for.
 */
function showQuoteSources(outcome: Outcome): { citations: Promise<void> } {
  if (!outcome.quote || outcome.quote.sources.length === 0) {
    quote.hidden = true;
    quote.querySelector('ol')!.replaceChildren();
    return { citations: Promise.resolve() };
  }
  return { citations: showQuote(quote, outcome.quote.sources) };
}

/**
 * A quotation's candidates left after the first results, checked: the count, the first page of
 * replies and the panel of sources grow to all of them. Resolves with the promise of the new
 * sources' citations.
 */
async function completeQuote(outcome: Outcome, mine: number): Promise<{ citations: Promise<void> }> {
  const completed = await engine.completeQuote(outcome);
  if (mine !== generation) return { citations: Promise.resolve() };
  const shownSources = outcome.quote?.sources.length ?? 0;
  current = completed;
  if (list.childElementCount < FIRST_PAGE && !(await showMore(completed, FIRST_PAGE - list.childElementCount, mine)))
    return { citations: Promise.resolve() };
  const free = Math.max(0, FIRST_REPORT_TEXTS - reportTexts.querySelector('ol')!.childElementCount);
  await showReportTexts(current, free, mine);
  if (mine !== generation) return { citations: Promise.resolve() };
  showOutcome(current);
  more.hidden = list.childElementCount >= current.ids.length;
  return { citations: showQuote(quote, current.quote?.sources ?? [], shownSources) };
}

function showOutcome(outcome: Outcome): void {
  summary.textContent = describe(outcome);
  const sources = outcome.quote?.sources ?? [];
  results.dataset.total = String(outcome.ids.length);
  results.dataset.exact = String(outcome.exact);
  results.dataset.names = outcome.names.map((name) => `${name.kind}:${name.value}`).join(' ');
  results.dataset.query = positiveNeedles(outcome).join(' ');
  results.dataset.reportTexts = outcome.reportTexts.join(' ');
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
  seeAlso.replaceChildren();
  seeAlso.hidden = true;
  offered.replaceChildren();
  offered.hidden = true;
  reportTexts.querySelector('ol')!.replaceChildren();
  reportTexts.hidden = true;
  moreReportTexts.hidden = true;
}

/** What the page says after the results: the other forms of a term, and for no result, what would find something. */
async function showNotes(search: SearchRun, mine: number): Promise<void> {
  const [forms, offers_, nearest] = await Promise.all([
    otherForms(search, engine),
    offers(search, engine),
    nearestToQuote(search, engine),
  ]);
  if (mine !== generation) return;
  seeAlso.replaceChildren(...otherFormsNote(forms, search.outcome.selection));
  seeAlso.hidden = forms.length === 0;
  offered.replaceChildren(...offersNote(offers_, nearest));
  offered.hidden = offered.childElementCount === 0;
}

/** Runs a search and shows it; `started`: the same search, already under way. */
async function run(query: string, requested: FilterSelection, started?: Promise<SearchRun>): Promise<void> {
  const mine = ++generation;
  input.value = query;
  showSelection(boxes(), requested);
  document.title = query ? `“${query}” · ${pageTitle}` : pageTitle;
  results.dataset.state = 'loading';
  results.setAttribute('aria-busy', 'true');
  try {
    const search = await (started ?? engine.searchRun(query, requested));
    await nextTask();
    if (mine !== generation) return;
    startShowing(search.outcome);
    const reportTextsShown = showReportTexts(search.outcome, FIRST_REPORT_TEXTS, mine);
    if (!(await showMore(search.outcome, FIRST_PAGE, mine))) return;
    const { citations } = showQuoteSources(current!);
    await reportTextsShown;
    if (mine !== generation) return;
    showOutcome(current!);
    if (performance.getEntriesByName('search:first-results').length === 0) performance.mark('search:first-results');
    await nextTask();
    const completed = current!.quote?.pending ? await completeQuote(current!, mine) : undefined;
    if (mine !== generation) return;

    const [{ counts, replies }] = await Promise.all([engine.countFilters(current!), buildFilters()]);
    if (mine !== generation) return;
    showSelection(boxes(), current!.selection);
    showCounts(boxes(), counts);
    results.dataset.replies = replies.join(' ');
    if (replies.length !== current!.ids.length)
      console.error(`search: ${current!.ids.length} results but ${replies.length} replies counted`);
    await nextTask();
    await Promise.all([citations, completed?.citations, showNotes({ ...search, outcome: current! }, mine)]);
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

let built: Promise<void> | undefined;

/**
 * The filter lists, built once from the index file when the first results are on screen: they
 * do nothing without the script, and left out of the page's HTML they are not drawn before the
 * results (the page's first layout, with its Chinese text, is on the way to them). Open beside
 * the results where the screen is wide; folded above them on a phone, so the first result shows.
 */
function buildFilters(): Promise<void> {
  built ??= engine.filterLists().then((lists) => {
    filters.replaceChildren(...filterGroups(lists));
    for (const box of boxes()) box.addEventListener('change', () => go(readForm(), 'push'));
    if (matchMedia('(min-width: 64rem)').matches) filterPanel.open = true;
  });
  return built;
}

/** Runs a search and puts it in the URL, so that it can be linked and the back button works. */
function go(request: { query: string; selection: FilterSelection }, history: 'push' | 'none'): void {
  const params = searchQueryString(request.query, request.selection);
  if (history === 'push' && params !== location.search) window.history.pushState(null, '', params);
  void run(request.query, request.selection);
}

const readForm = () => ({ query: input.value, selection: readSelection(boxes()) });

form.addEventListener('submit', (event) => {
  event.preventDefault();
  go(readForm(), 'push');
});

more.addEventListener('click', async () => {
  if (!current) return;
  const shown = list.childElementCount;
  if (await showMore(current, MORE_SIZE, generation)) list.children[shown]?.querySelector('a')?.focus();
});

moreReportTexts.addEventListener('click', async () => {
  if (!current) return;
  const shown = reportTexts.querySelector('ol')!.childElementCount;
  await showReportTexts(current, current.reportTexts.length, generation);
  reportTexts.querySelectorAll('ol > li')[shown]?.querySelector('a')?.focus();
});

for (const button of downloads.querySelectorAll<HTMLButtonElement>('button[data-download]'))
  button.addEventListener('click', async () => {
    if (!current) return;
    const outcome = current;
    const cards = await Promise.all(outcome.ids.map((id) => engine.card(id)));
    const file = await resultFile(outcome, cards, button.dataset.download as 'ris' | 'bib' | 'json' | 'csv');
    save(file.name, file.text, file.type);
  });

window.addEventListener('popstate', () => go(readSearchParams(new URLSearchParams(location.search)), 'none'));

input.value = initial.query;
if (firstSearch) void run(initial.query, initial.selection, firstSearch);
else void buildFilters().catch((error: unknown) => console.error(error));
