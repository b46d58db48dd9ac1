// Where a pasted quotation comes from: each paragraph that holds it, linked to its
// permalink, with its GB/T 7714 citation (read from the paragraph's citation page, so that
// no citation library is shipped to the search page) and a button that copies it. A passage
// that many paragraphs share (a formula every reply repeats) fetches only the first few
// citations; the others link to their citation pages.
import type { QuoteSource } from '../lib/search/engine/index.ts';
import { withBase } from '../lib/site/base-url.ts';
import { paragraphCitePath, withAnchor } from '../lib/urls.ts';
import { unitLabel } from './search-view.ts';

/** How many sources show their citation in the panel; each costs a page fetched. */
const CITED_IN_PANEL = 5;

/** Where a source's citations are: its paragraph's citation page or, for another part, its reply's page. */
function citationPage({ card, unit }: QuoteSource): string {
  return unit.number && unit.kind !== 'heading' && unit.kind !== 'footnote' && unit.kind !== 'title'
    ? paragraphCitePath(card.id, unit.anchor)
    : card.page;
}

/** The GB/T 7714 citation of a source, read from its citation page. */
async function gbtCitation(source: QuoteSource): Promise<string> {
  const page = citationPage(source);
  const response = await fetch(withBase(page));
  if (!response.ok) throw new Error(`${response.status} for ${page}`);
  const html = new DOMParser().parseFromString(await response.text(), 'text/html');
  return html.querySelector('[data-format="gb-t-7714"]')?.textContent?.trim() ?? '';
}

function copyButton(text: () => string): HTMLButtonElement {
  const button = Object.assign(document.createElement('button'), {
    type: 'button',
    className: 'quiet',
    textContent: '复制引文',
  });
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text());
      button.textContent = '已复制';
    } catch {
      button.textContent = '无法复制，请选中文字复制';
    }
    setTimeout(() => (button.textContent = '复制引文'), 2000);
  });
  return button;
}

/** Where a source is: respondent, report and paragraph, linked to its permalink. */
function sourceLine({ card, unit }: QuoteSource): HTMLParagraphElement {
  const link = Object.assign(document.createElement('a'), {
    href: withBase(withAnchor(card.page, unit.anchor)),
    textContent: `${card.name.zh}的答复 · ${card.report} · ${unitLabel(unit)}`,
  });
  const english = Object.assign(document.createElement('span'), {
    lang: 'en',
    className: 'en',
    textContent: ` Reply of ${card.name.en}`,
  });
  const line = document.createElement('p');
  line.append('出自 ', link, english);
  return line;
}

/** A source's list item with its citation, which arrives later: its copy button waits for it. */
function citedSourceItem(source: QuoteSource): { item: HTMLLIElement; citationShown: Promise<void> } {
  const citation = Object.assign(document.createElement('p'), { className: 'citation-text', textContent: '…' });
  citation.dataset.format = 'gb-t-7714';
  const copy = copyButton(() => citation.textContent ?? '');
  copy.disabled = true;
  const item = document.createElement('li');
  item.dataset.block = source.unit.anchor;
  item.append(sourceLine(source), citation, copy);
  const citationShown = gbtCitation(source).then(
    (text) => {
      citation.textContent = text;
      copy.disabled = false;
    },
    () => void (citation.textContent = '引文暂时无法载入，请打开上面的链接。'),
  );
  return { item, citationShown };
}

/** A source beyond the first few: linked to its citation page instead. */
function linkedSourceItem(source: QuoteSource): { item: HTMLLIElement; citationShown: Promise<void> } {
  const line = sourceLine(source);
  line.append(
    ' · ',
    Object.assign(document.createElement('a'), { href: withBase(citationPage(source)), textContent: '引用格式' }),
  );
  const item = document.createElement('li');
  item.dataset.block = source.unit.anchor;
  item.append(line);
  return { item, citationShown: Promise.resolve() };
}

/**
 * Shows the sources of a quotation, or hides the panel; resolves once their citations are shown.
 * `shown`: how many of them the panel shows already (the first checked), which stay as they are.
 */
export function showQuote(panel: HTMLElement, sources: readonly QuoteSource[] | undefined, shown = 0): Promise<void> {
  const items = (sources ?? [])
    .slice(shown)
    .map((source, index) => (shown + index < CITED_IN_PANEL ? citedSourceItem : linkedSourceItem)(source));
  const list = panel.querySelector('ol')!;
  if (shown === 0) list.replaceChildren();
  list.append(...items.map(({ item }) => item));
  panel.hidden = list.childElementCount === 0;
  return Promise.all(items.map(({ citationShown }) => citationShown)).then(() => undefined);
}
