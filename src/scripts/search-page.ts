// The search page. The query and the filters live in the URL (/search/?q=核安全&report=A/73/112),
// so a search can be linked, bookmarked and cited; it runs on load. Pagefind finds the
// replies that contain the query (an exact phrase of characters, src/lib/search/tokens.ts),
// in the corpus's order. Where the query is the name of an instrument, a resolution or an
// organization (src/lib/search/names.ts), the replies that name it in other words follow,
// found by that name's Pagefind filter. The page loads the card of each reply it shows,
// finds the query (or the name) in the text as printed, and links each excerpt to its
// paragraph. The filter counts follow once the results are on screen. Corpus text only
// ever becomes text nodes.
import { buildExcerpt, findHits, findHitsOfAny, type UnitHit } from '../lib/search/excerpt.ts';
import {
  HIDDEN_FILTERS,
  knownSelection,
  pagefindFilters,
  readSearchParams,
  type FilterSelection,
} from '../lib/search/filter-groups.ts';
import { addCounts, anyName, matchedReplies, withoutFilter, type FilterCounts } from '../lib/search/filter-counts.ts';
import { normalizeForSearch } from '../lib/search/normalize.ts';
import { namesOfQuery, type NameOfQuery } from '../lib/search/query-names.ts';
import type { ReplyCard, SearchUnit } from '../lib/search/reply-records.ts';
import { cardPath, searchQueryString } from '../lib/urls.ts';
import { phraseQuery } from '../lib/search/tokens.ts';
import { withBase } from '../lib/site/base-url.ts';
import { formatDateZh, KIND_LABELS, languageName } from '../lib/labels.ts';
import { startUnsegmented } from './start-pagefind.ts';

/** Replies shown at first; each "more" adds MORE_SIZE. */
const FIRST_PAGE = 5;
const MORE_SIZE = 10;
/** Matching paragraphs shown under each reply. */
const HITS_SHOWN = 3;

interface SearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface SearchResponse {
  results: { id: string }[];
  filters: FilterCounts;
}

/** The part of Pagefind's JavaScript API this page uses (pagefind 1.6). */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  /** Starts it: loads its entry file, metadata and WebAssembly. */
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  /** A null term: the filters' lists only. */
  preload(term: string | null, options: SearchOptions): Promise<void>;
  /** A null term: every record the filters leave. */
  search(term: string | null, options: SearchOptions): Promise<SearchResponse>;
}

interface Outcome {
  query: string;
  normalized: string;
  selection: FilterSelection;
  term: string;
  /** The names the query is. */
  names: NameOfQuery[];
  /** Pagefind ids of the matching replies: those containing the query, then those naming it otherwise, each in the corpus's order. */
  ids: string[];
  /** How many of ids contain the query itself. */
  exact: number;
}

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const boxes = [...document.querySelectorAll<HTMLInputElement>('#search-filters input[type=checkbox]')];
const input = document.querySelector<HTMLInputElement>('#search-page-input')!;
const results = document.querySelector<HTMLElement>('#search-results')!;
const summary = document.querySelector<HTMLElement>('#search-summary')!;
const list = document.querySelector<HTMLOListElement>('#search-list')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const namesNote = document.querySelector<HTMLUListElement>('#search-names')!;
const nameList = JSON.parse(document.querySelector('#search-name-list')?.textContent ?? '[]') as NameOfQuery[];
const pageTitle = document.title;
const ORDER = { order: 'asc' } as const;

let loading: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ withBase('/pagefind/pagefind.js'))) as Pagefind;
    // The index is small: searching on the main thread saves downloading Pagefind's worker.
    await pagefind.options({ noWorker: true, metaCacheTag: form.dataset.indexTag });
    void startUnsegmented(pagefind);
    return pagefind;
  })();
  return loading;
}

/**
 * Until its WebAssembly is ready, Pagefind answers each call 50 ms after checking
 * again; asking every 5 ms starts the first query up to 45 ms sooner. Repeated
 * calls cost little: Pagefind loads each file once.
 */
function soonAsReady<T>(call: () => Promise<T>): Promise<T> {
  return Promise.any(
    Array.from({ length: 10 }, (_, step) => new Promise<void>((resolve) => setTimeout(resolve, step * 5)).then(call)),
  );
}

let filterCounts: Promise<FilterCounts> | undefined;

/** Every filter value with its number of replies; loading them also makes Pagefind count filter values in each search. */
function loadFilters(pagefind: Pagefind): Promise<FilterCounts> {
  filterCounts ??= pagefind.filters();
  return filterCounts;
}

const cards = new Map<string, Promise<ReplyCard>>();

/** The card of a Pagefind result; stored gzipped, unless the host already undid that (README: hosting). */
function loadCard(id: string): Promise<ReplyCard> {
  let card = cards.get(id);
  if (!card) {
    card = (async () => {
      const response = await fetch(withBase(`/${cardPath(id)}`));
      if (!response.ok) throw new Error(`${response.status} for the card of search result ${id}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
      const text = gzipped
        ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text()
        : new TextDecoder().decode(bytes);
      return JSON.parse(text) as ReplyCard;
    })();
    cards.set(id, card);
  }
  return card;
}

async function search(query: string, requested: FilterSelection): Promise<Outcome> {
  const pagefind = await loadPagefind();
  const normalized = normalizeForSearch(query);
  const term = phraseQuery(normalized);
  // A link may name filters the index does not have (any more): drop those, which needs the list.
  const selection =
    Object.keys(requested).length > 0 ? knownSelection(requested, await loadFilters(pagefind)) : requested;
  const names = namesOfQuery(nameList, query);
  if (!term) return { query, normalized, selection, term, names, ids: [], exact: 0 };
  const options = { filters: pagefindFilters(selection), sort: ORDER };
  const byName = { filters: { ...options.filters, ...anyName(names) }, sort: ORDER };
  // The name's filter lists load beside the query's index chunks, not after them.
  await Promise.all([
    soonAsReady(() => pagefind.preload(term, options)),
    ...(names.length > 0 ? [soonAsReady(() => pagefind.preload(null, byName))] : []),
  ]);
  const exact = (await pagefind.search(term, options)).results.map((result) => result.id);
  if (names.length === 0) return { query, normalized, selection, term, names, ids: exact, exact: exact.length };
  const named = (await pagefind.search(null, byName)).results.map((result) => result.id);
  const others = named.filter((id) => !exact.includes(id));
  return { query, normalized, selection, term, names, ids: [...exact, ...others], exact: exact.length };
}

/** Filter counts over the replies a search finds under a selection: those containing the query, plus those naming it otherwise. */
async function matchCounts(pagefind: Pagefind, outcome: Outcome, selection: FilterSelection): Promise<FilterCounts> {
  const containing = (await pagefind.search(outcome.term, { filters: pagefindFilters(selection) })).filters;
  if (outcome.names.length === 0) return containing;
  const found = matchedReplies(containing);
  const naming = await pagefind.search(null, {
    filters: {
      ...pagefindFilters(selection),
      ...anyName(outcome.names),
      ...(found.length > 0 ? { reply: { none: found } } : {}),
    },
  });
  return addCounts(containing, naming.filters);
}

/** For each filter value, the replies it would leave, the other filters applied; and which replies matched. */
async function countFilters(outcome: Outcome): Promise<{ counts: FilterCounts; replies: string[] }> {
  const pagefind = await loadPagefind();
  const all = await loadFilters(pagefind);
  if (!outcome.term) return { counts: {}, replies: [] };
  const found = await matchCounts(pagefind, outcome, outcome.selection);
  const counts: FilterCounts = {};
  for (const name of Object.keys(all).filter((each) => !HIDDEN_FILTERS.has(each))) {
    // A filter's own selection must not narrow its counts: any of its values may be added.
    counts[name] = outcome.selection[name]
      ? ((await matchCounts(pagefind, outcome, withoutFilter(outcome.selection, name)))[name] ?? {})
      : (found[name] ?? {});
  }
  return { counts, replies: matchedReplies(found) };
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

function english(text: string): HTMLSpanElement {
  return element('span', { lang: 'en', className: 'en' }, text);
}

function showSelection(selection: FilterSelection): void {
  for (const box of boxes) box.checked = selection[box.dataset.filter!]?.includes(box.value) ?? false;
  // A folded list with a ticked value opens, so that what narrows the results is in view.
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-filter-group]'))
    if (selection[details.dataset.filterGroup!]?.length) details.open = true;
}

function showCounts(counts: FilterCounts): void {
  for (const box of boxes) {
    const count = counts[box.dataset.filter!]?.[box.value];
    box.parentElement!.querySelector('.count')!.textContent = count === undefined ? '' : `(${count})`;
  }
}

function readForm(): { query: string; selection: FilterSelection } {
  const selection: FilterSelection = {};
  for (const box of boxes.filter((each) => each.checked)) (selection[box.dataset.filter!] ??= []).push(box.value);
  return { query: input.value, selection };
}

/** "第 3 段", "脚注 1": where in the reply a unit is, as its page numbers it. */
function unitLabel(unit: SearchUnit): string {
  const number = unit.number ?? '';
  if (unit.kind === 'title') return '标题';
  if (unit.kind === 'heading') return `小标题 ${number}`;
  if (unit.kind === 'footnote') return `脚注 ${number}`;
  return `第 ${number} 段`;
}

function hitItem(card: ReplyCard, hit: UnitHit): HTMLLIElement {
  const where = element(
    'a',
    { href: withBase(`${card.page}#${hit.unit.anchor}`), className: 'search-result__where' },
    unitLabel(hit.unit),
  );
  const excerpt = buildExcerpt(hit.unit.text, hit.ranges).map((piece) =>
    piece.marked ? element('mark', {}, piece.text) : piece.text,
  );
  return element('li', {}, where, ' ', ...excerpt);
}

/** One reply as a result; undefined if its text does not contain the query (or, found by name, the name) after all. */
function resultItem(card: ReplyCard, outcome: Outcome, byName: boolean): HTMLLIElement | undefined {
  const hits = byName
    ? findHitsOfAny(
        card.units,
        outcome.names.flatMap((name) => name.marks),
      )
    : findHits(card.units, outcome.normalized);
  if (hits.length === 0) return undefined;
  const language = languageName(card.language);
  const item = element(
    'li',
    { className: 'search-result' },
    element(
      'h2',
      {},
      element(
        'a',
        { href: withBase(`${card.page}#${hits[0]!.unit.anchor}`) },
        `${card.name.zh} `,
        english(card.name.en),
      ),
    ),
    element(
      'p',
      { className: 'search-result__meta' },
      `${card.report} · ${formatDateZh(card.received)} · ${KIND_LABELS[card.kind].zh} · 原文${language.zh}`,
    ),
    element('ul', { className: 'search-result__hits' }, ...hits.slice(0, HITS_SHOWN).map((hit) => hitItem(card, hit))),
  );
  if (byName)
    item
      .querySelector('.search-result__meta')!
      .append(
        element(
          'span',
          { className: 'search-result__by-name' },
          ` · 以其他名称提及 ${outcome.names.map((name) => name.label.zh).join('、')}`,
        ),
      );
  const rest = hits.slice(HITS_SHOWN);
  if (rest.length > 0)
    item.append(
      element(
        'p',
        { className: 'search-result__meta' },
        `另有 ${rest.length} 处：${rest.map((hit) => unitLabel(hit.unit)).join('、')}`,
      ),
    );
  item.dataset.reply = card.id;
  item.dataset.match = byName ? 'name' : 'text';
  return item;
}

let current: Outcome | undefined;
let generation = 0;

/** Shows the next results; false if this search was replaced meanwhile. */
async function showMore(outcome: Outcome, count: number, mine: number): Promise<boolean> {
  const shown = list.childElementCount;
  const loaded = await Promise.all(
    outcome.ids.slice(shown, shown + count).map((id) => loadCard(id).then((card) => ({ id, card }))),
  );
  if (mine !== generation) return false;
  for (const { id, card } of loaded) {
    const byName = outcome.ids.indexOf(id) >= outcome.exact;
    const item = resultItem(card, outcome, byName);
    if (item) list.append(item);
    else {
      // Never show or count a reply that does not contain the query (or the name it was found by).
      console.error(
        `search: ${card.id} was found but does not contain "${outcome.query}"${byName ? ' or the name it is' : ''}`,
      );
      if (!byName) outcome.exact--;
      outcome.ids = outcome.ids.filter((each) => each !== id);
    }
  }
  more.hidden = list.childElementCount >= outcome.ids.length;
  return true;
}

function describe(outcome: Outcome): string {
  if (!outcome.normalized) return outcome.query ? '检索词只有空格。' : '';
  const filtered = Object.keys(outcome.selection).length > 0 ? '（按所选条件）' : '';
  const containing =
    outcome.exact > 0 ? `${outcome.exact} 份答复含有“${outcome.query}”` : `没有答复含有“${outcome.query}”`;
  const others = outcome.ids.length - outcome.exact;
  return others > 0
    ? `${containing}，另有 ${others} 份答复以其他名称提及${filtered}；共 ${outcome.ids.length} 份。`
    : `${containing}${filtered}。`;
}

/** "化学武器公约 = 《关于禁止……的公约》 (CWC), 8 份答复提及": what the query names, linked to its page. */
function showNames(outcome: Outcome): void {
  namesNote.replaceChildren(
    ...outcome.names.map((name) =>
      element(
        'li',
        {},
        `“${outcome.query.trim()}” = `,
        element('a', { href: withBase(name.page) }, name.label.zh),
        ' ',
        english(name.label.en),
        `：全部答复中 ${name.count} 份提及（以任何名称）。`,
      ),
    ),
  );
  namesNote.hidden = outcome.names.length === 0;
}

async function run(query: string, requested: FilterSelection): Promise<void> {
  const mine = ++generation;
  input.value = query;
  showSelection(requested);
  document.title = query ? `“${query}” · ${pageTitle}` : pageTitle;
  results.dataset.state = 'loading';
  results.setAttribute('aria-busy', 'true');
  try {
    const outcome = await search(query, requested);
    if (mine !== generation) return;
    current = outcome;
    list.replaceChildren();
    showNames(outcome);
    if (!(await showMore(outcome, FIRST_PAGE, mine))) return;
    summary.textContent = describe(outcome);
    results.dataset.total = String(outcome.ids.length);
    results.dataset.exact = String(outcome.exact);
    results.dataset.names = outcome.names.map((name) => `${name.kind}:${name.value}`).join(' ');
    results.dataset.query = outcome.normalized;
    results.removeAttribute('aria-busy');
    if (performance.getEntriesByName('search:first-results').length === 0) performance.mark('search:first-results');

    const { counts, replies } = await countFilters(outcome);
    if (mine !== generation) return;
    showSelection(outcome.selection);
    showCounts(counts);
    results.dataset.replies = replies.join(' ');
    if (replies.length !== outcome.ids.length)
      console.error(`search: ${outcome.ids.length} results but ${replies.length} replies counted`);
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

window.addEventListener('popstate', () => go(readSearchParams(new URLSearchParams(location.search)), 'none'));

const initial = readSearchParams(new URLSearchParams(location.search));
input.value = initial.query;
if (initial.query) go(initial, 'none');
// Nothing to search yet: load Pagefind meanwhile, so that the first query is quick.
else void loadPagefind().then(loadFilters, (error: unknown) => console.error(error));
