// What the search page shows: results, the summary, the names note, the filter boxes and
// their counts. A view renders an outcome; it never changes one. Corpus text only ever
// becomes text nodes, never HTML.
import { buildExcerpt, type UnitHit } from '../lib/search/engine/excerpt.ts';
import type { FilterCounts } from '../lib/search/filters/filter-counts.ts';
import type { FilterSelection } from '../lib/search/filters/filter-groups.ts';
import type { ReplyCard, SearchUnit } from '../lib/search/build/reply-records.ts';
import type { Outcome } from '../lib/search/engine/search-engine.ts';
import type { ShownResult, TermInReply } from '../lib/search/engine/shown-results.ts';
import type { QueryHint } from '../lib/search/query/parse-query.ts';
import { flagLabel, formatDateZh, KIND_LABELS } from '../lib/labels.ts';
import { languageName } from '../lib/languages.ts';
import { withBase } from '../lib/site/base-url.ts';
import { withAnchor } from '../lib/urls.ts';

/** Matching paragraphs shown under each reply. */
const HITS_SHOWN = 3;

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

/** "第 3 段", "脚注 1": where in the reply a unit is, as its page numbers it. */
export function unitLabel(unit: SearchUnit): string {
  if (unit.kind === 'title') return '标题';
  if (unit.kind === 'heading') return `小标题 ${unit.number}`;
  if (unit.kind === 'footnote') return `脚注 ${unit.number}`;
  return `第 ${unit.number} 段`;
}

function hitItem(card: ReplyCard, hit: UnitHit): HTMLLIElement {
  const where = element(
    'a',
    { href: withBase(withAnchor(card.page, hit.unit.anchor)), className: 'search-result__where' },
    unitLabel(hit.unit),
  );
  const excerpt = buildExcerpt(hit.unit.text, hit.ranges).map((piece) =>
    piece.marked ? element('mark', {}, piece.text) : piece.text,
  );
  return element('li', {}, where, ' ', ...excerpt);
}

function resultMeta({ card, byName }: ShownResult, outcome: Outcome): HTMLParagraphElement {
  const language = languageName(card.language);
  const meta = element(
    'p',
    { className: 'search-result__meta' },
    `${card.report} · ${formatDateZh(card.received)} · ${KIND_LABELS[card.kind].zh} · 原文${language.zh}`,
  );
  for (const flag of card.flags ?? [])
    meta.append(
      ' ',
      element('span', { className: 'flag-badge', title: flagLabel(flag).explanation }, flagLabel(flag).label),
    );
  if (byName) {
    const names = outcome.names.map((name) => name.label.zh).join('、');
    meta.append(element('span', { className: 'search-result__by-name' }, ` · 以其他名称提及 ${names}`));
  }
  return meta;
}

/** "含：核安全（第 2、5 段）· 出口管制（第 3 段）": which terms the reply holds, each linked to where. */
function termsLine(card: ReplyCard, terms: readonly TermInReply[]): HTMLParagraphElement {
  const line = element('p', { className: 'search-result__terms' }, '含：');
  terms.forEach((term, index) => {
    if (index > 0) line.append(' · ');
    line.append(`“${term.label}”`);
    if (term.units.length === 0) return void line.append('（以其他名称）');
    line.append('（');
    term.units.forEach((unit, at) => {
      if (at > 0) line.append('、');
      line.append(element('a', { href: withBase(withAnchor(card.page, unit.anchor)) }, unitLabel(unit)));
    });
    line.append('）');
  });
  return line;
}

/** One reply as a result: its name linked to the first place it holds the query, and up to three excerpts. */
export function resultItem(result: ShownResult, outcome: Outcome): HTMLLIElement {
  const { card, byName, hits } = result;
  const heading = element(
    'h2',
    {},
    element(
      'a',
      { href: withBase(withAnchor(card.page, hits[0]!.unit.anchor)) },
      `${card.name.zh} `,
      english(card.name.en),
    ),
  );
  const excerpts = hits.slice(0, HITS_SHOWN).map((hit) => hitItem(card, hit));
  const item = element('li', { className: 'search-result' }, heading, resultMeta(result, outcome));
  if (result.terms.length > 0) item.append(termsLine(card, result.terms));
  item.append(element('ul', { className: 'search-result__hits' }, ...excerpts));
  const rest = hits.slice(HITS_SHOWN);
  if (rest.length > 0) {
    const places = rest.map((hit) => unitLabel(hit.unit)).join('、');
    item.append(element('p', { className: 'search-result__meta' }, `另有 ${rest.length} 处：${places}`));
  }
  item.dataset.reply = card.id;
  item.dataset.match = outcome.byFilters ? 'filter' : byName ? 'name' : 'text';
  return item;
}

/** The line above the results: how many replies contain the query, and how many name it otherwise. */
export function describe(outcome: Outcome): string {
  if (outcome.byFilters)
    return outcome.ids.length > 0 ? `按所选条件列出 ${outcome.ids.length} 份答复。` : '没有答复符合所选条件。';
  if (outcome.parsed.clauses.length === 0) return outcome.query.trim() ? '没有可检索的词。' : '';
  const filtered = Object.keys(outcome.selection).length > 0 ? '（按所选条件）' : '';
  const query = outcome.query.trim();
  if (outcome.quote) return `${outcome.exact} 份答复含有这段引文${filtered}。`;
  const several = outcome.parsed.clauses.flat().length > 1 || outcome.parsed.excluded.length > 0;
  const what = several ? `符合“${query}”` : `含有“${query}”`;
  const containing = outcome.exact > 0 ? `${outcome.exact} 份答复${what}` : `没有答复${what}`;
  const others = outcome.ids.length - outcome.exact;
  return others > 0
    ? `${containing}，另有 ${others} 份答复以其他名称提及${filtered}；共 ${outcome.ids.length} 份。`
    : `${containing}${filtered}。`;
}

/** "化学武器公约 = 《关于禁止……的公约》 (CWC)：全部答复中 8 份提及": what the query names, linked to its page. */
export function namesNote(outcome: Outcome): HTMLLIElement[] {
  return outcome.names.map((name) =>
    element(
      'li',
      {},
      `“${outcome.query.trim()}” = `,
      element('a', { href: withBase(name.page) }, name.label.zh),
      ' ',
      english(name.label.en),
      `：全部答复中 ${name.count} 份提及（以任何名称）。`,
    ),
  );
}

/** What was wrong with the query's syntax and how it was read; that traditional characters were searched as simplified. */
export function queryNotes(outcome: Outcome): HTMLLIElement[] {
  const hint = (each: QueryHint) => element('li', {}, `${each.zh} `, english(each.en));
  const notes = outcome.hints.map(hint);
  if (outcome.simplified) notes.push(element('li', {}, `已按简体检索：${outcome.simplified}`));
  return notes;
}

/** The filter boxes: ticked as the selection says; a folded list with a ticked value opens. */
export function showSelection(boxes: readonly HTMLInputElement[], selection: FilterSelection): void {
  for (const box of boxes) box.checked = selection[box.dataset.filter!]?.includes(box.value) ?? false;
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-filter-group]'))
    if (selection[details.dataset.filterGroup!]?.length) details.open = true;
}

/** Beside each box, how many results its value would leave. */
export function showCounts(boxes: readonly HTMLInputElement[], counts: FilterCounts): void {
  for (const box of boxes) {
    const count = counts[box.dataset.filter!]?.[box.value];
    box.parentElement!.querySelector('.count')!.textContent = count === undefined ? '' : `(${count})`;
  }
}

/** The selection the ticked boxes make. */
export function readSelection(boxes: readonly HTMLInputElement[]): FilterSelection {
  const selection: FilterSelection = {};
  for (const box of boxes.filter((each) => each.checked)) (selection[box.dataset.filter!] ??= []).push(box.value);
  return selection;
}
