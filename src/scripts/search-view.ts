// What the search page shows: results, the summary, the names note, the filter boxes and
// their counts. A view renders an outcome; it never changes one. Corpus text only ever
// becomes text nodes, never HTML.
import {
  buildExcerpt,
  findHitsOfAny,
  positiveNeedles,
  type FilterCounts,
  type FilterList,
  type FilterSelection,
  type NearParagraph,
  type Offer,
  type OtherForm,
  type Outcome,
  type QueryHint,
  type ReplyCard,
  type ReportTextCard,
  type SearchUnit,
  type ShownResult,
  type TermInReply,
  type UnitHit,
} from '../lib/search/engine/index.ts';
import { flagLabel, formatDateZh, KIND_LABELS } from '../lib/labels.ts';
import { languageName } from '../lib/languages.ts';
import { withBase } from '../lib/site/base-url.ts';
import { searchPath, withAnchor } from '../lib/urls.ts';

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

/** "导言第 2 段", "目录": where in a report's own text a unit is, as the report numbers it. */
function reportUnitLabel(unit: SearchUnit): string {
  if (unit.kind === 'title') return '标题';
  if (unit.kind === 'heading') return '目录';
  return `导言第 ${unit.number} 段`;
}

function hitItem(card: Pick<ReplyCard, 'page'>, hit: UnitHit, label = unitLabel): HTMLLIElement {
  const where = element(
    'a',
    {
      href: withBase(hit.unit.anchor ? withAnchor(card.page, hit.unit.anchor) : card.page),
      className: 'search-result__where',
    },
    label(hit.unit),
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
    if (term.byName) return void line.append('（以其他名称）');
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

/** Whether a quotation's candidates are all read: some are after the first results, and beyond QUOTE_CANDIDATES none. */
function quoteChecking(quote: NonNullable<Outcome['quote']>): string {
  const pending = (quote.pending?.replies.length ?? 0) + (quote.pending?.reportTexts.length ?? 0);
  if (pending > 0) return `；正在核对其余 ${pending} 份含有其片段的文本`;
  return quote.unchecked > 0 ? `；另有 ${quote.unchecked} 份答复含有其片段，未逐一核对` : '';
}

/** The line above the results: how many replies contain the query, how many name it otherwise, and the reports' own text. */
export function describe(outcome: Outcome): string {
  if (outcome.byFilters)
    return outcome.ids.length > 0 ? `按所选条件列出 ${outcome.ids.length} 份答复。` : '没有答复符合所选条件。';
  if (outcome.parsed.clauses.length === 0) return outcome.query.trim() ? '没有可检索的词。' : '';
  const filtered = Object.keys(outcome.selection).length > 0 ? '（按所选条件）' : '';
  const query = outcome.query.trim();
  const reports = outcome.reportTexts.length > 0 ? `；秘书长报告正文 ${outcome.reportTexts.length} 份也含有` : '';
  if (outcome.quote) return `${outcome.exact} 份答复含有这段引文${filtered}${reports}${quoteChecking(outcome.quote)}。`;
  const several = outcome.parsed.clauses.flat().length > 1 || outcome.parsed.excluded.length > 0;
  const what = several ? `符合“${query}”` : `含有“${query}”`;
  const others = outcome.ids.length - outcome.exact;
  if (outcome.exact === 0 && others > 0)
    return `${others} 份答复以其他名称提及“${query}”所指的名称${filtered}（没有答复原样写作“${query}”）${reports}。`;
  const containing = outcome.exact > 0 ? `${outcome.exact} 份答复${what}` : `没有答复${what}`;
  return others > 0
    ? `${containing}，另有 ${others} 份答复以其他名称提及${filtered}；共 ${outcome.ids.length} 份${reports}。`
    : `${containing}${filtered}${reports}。`;
}

/** "化学武器公约 = 《关于禁止……的公约》 (CWC)：所列 8 份答复中 8 份提及": what the query names, linked to its page, counted among the replies listed. */
export function namesNote(outcome: Outcome): HTMLLIElement[] {
  return outcome.names.map((name) =>
    element(
      'li',
      {},
      `“${outcome.query.trim()}”中的名称 = `,
      element('a', { href: withBase(name.page) }, name.label.zh),
      ' ',
      english(name.label.en),
      `：所列 ${outcome.ids.length} 份答复中 ${outcome.namedInResults[`${name.kind}:${name.value}`] ?? 0} 份提及（以任何名称；全部答复中共 ${name.count} 份）。`,
    ),
  );
}

/** A link to a search, with the number of replies it lists: what following it shows. */
function searchLink(query: string, selection: FilterSelection, text: string, count: number): HTMLAnchorElement {
  const link = element('a', { href: withBase(searchPath(query, selection)) }, text);
  link.dataset.query = query;
  link.dataset.count = String(count);
  return link;
}

/** "另见：核保安（3 份答复）": the other forms of a term, each a link to the query with it instead. */
export function otherFormsNote(forms: readonly OtherForm[], selection: FilterSelection): HTMLElement[] {
  const byTerm = new Map<string, OtherForm[]>();
  for (const form of forms) byTerm.set(form.term, [...(byTerm.get(form.term) ?? []), form]);
  return [...byTerm].map(([term, each]) => {
    const line = element('p', {}, `“${term}”在其他答复中也写作，另见：`);
    each.forEach((form, index) => {
      if (index > 0) line.append('、');
      line.append(searchLink(form.query, selection, form.form, form.count), `（${form.count} 份答复）`);
    });
    return line;
  });
}

const OFFER_TEXT: Record<Offer['kind'], string> = {
  split: '分成几个词检索：',
  variant: '换一种写法：',
  name: '您要找的是不是：',
  'without-filters': '不加筛选条件：',
};

/** For a query that found nothing: why, and what would find something, each a link with its count. */
export function offersNote(offers: readonly Offer[], nearest: readonly NearParagraph[]): HTMLElement[] {
  if (offers.length === 0 && nearest.length === 0) return [];
  const notes: HTMLElement[] = [element('p', {}, '没有答复含有这个词或这段文字。可以试试：')];
  const list = element('ul', {});
  for (const offer of offers)
    list.append(
      element(
        'li',
        {},
        OFFER_TEXT[offer.kind],
        searchLink(offer.query, offer.selection, offer.label ?? offer.query, offer.count),
        `（${offer.count} 份答复）`,
      ),
    );
  for (const near of nearest) {
    const link = element(
      'a',
      { href: withBase(withAnchor(near.card.page, near.unit.anchor)) },
      `${near.card.name.zh} · ${near.card.report} · ${unitLabel(near.unit)}`,
    );
    link.dataset.anchor = near.unit.anchor;
    const excerpt = buildExcerpt(near.unit.text, [], 60)
      .map((piece) => piece.text)
      .join('');
    list.append(
      element(
        'li',
        { className: 'search-offers__near' },
        '最接近的段落：',
        link,
        `（引文 ${near.length} 字中 ${near.common} 字依次相同）`,
        element('br'),
        excerpt,
      ),
    );
  }
  notes.push(list);
  return notes;
}

/** One report's own text as a result: the report, linked, and where its text holds the query. */
export function reportTextItem(card: ReportTextCard, outcome: Outcome): HTMLLIElement {
  const needles = outcome.quote ? outcome.quote.parts : positiveNeedles(outcome);
  const hits = findHitsOfAny(card.units, needles);
  const heading = element(
    'h3',
    {},
    element('a', { href: withBase(card.page) }, `${card.report} ${card.title}`),
    ' ',
    english(`Report of the Secretary-General (${card.year})`),
  );
  const item = element(
    'li',
    { className: 'search-report-text' },
    heading,
    element('p', { className: 'search-result__meta' }, '秘书长报告正文（不是答复）'),
  );
  item.append(
    element(
      'ul',
      { className: 'search-result__hits' },
      ...hits.slice(0, HITS_SHOWN).map((hit) => hitItem(card, hit, reportUnitLabel)),
    ),
  );
  item.dataset.report = card.id;
  return item;
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
  if (Object.keys(selection).length > 0)
    document.querySelector<HTMLDetailsElement>('#search-filter-panel')!.open = true;
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

/** A group's title, in Chinese with English beside. */
function groupTitle(list: FilterList): (Node | string)[] {
  return [`${list.group.label.zh} `, english(list.group.label.en)];
}

/** The filter lists as boxes, each value with a place for its count; folded groups in a disclosure. */
export function filterGroups(lists: readonly FilterList[]): HTMLElement[] {
  return lists.map((list) => {
    const boxes = list.values.map(({ value, label }) => {
      const box = element('input', { type: 'checkbox', value });
      box.dataset.filter = list.group.name;
      return element('label', {}, box, label, element('span', { className: 'count' }));
    });
    if (!list.folded) return element('fieldset', {}, element('legend', {}, ...groupTitle(list)), ...boxes);
    const details = element(
      'details',
      { className: 'search-filters__cited' },
      element('summary', {}, ...groupTitle(list)),
      element('fieldset', {}, element('legend', { className: 'visually-hidden' }, list.group.label.zh), ...boxes),
    );
    details.dataset.filterGroup = list.group.name;
    return details;
  });
}
