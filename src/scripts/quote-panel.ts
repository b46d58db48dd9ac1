// Where a pasted quotation comes from: each paragraph that holds it, linked to its
// permalink, with its GB/T 7714 citation (read from the paragraph's citation page, so that
// no citation library is shipped to the search page) and a button that copies it.
import type { QuoteSource } from '../lib/search/search-engine.ts';
import { withBase } from '../lib/site/base-url.ts';
import { paragraphCitePath, withAnchor } from '../lib/urls.ts';
import { unitLabel } from './search-view.ts';

/** The GB/T 7714 citation of a paragraph (its citation page) or, for another part, of its reply (the reply's page). */
async function gbtCitation({ card, unit }: QuoteSource): Promise<string> {
  const page =
    unit.number && unit.kind !== 'heading' && unit.kind !== 'footnote' && unit.kind !== 'title'
      ? paragraphCitePath(card.id, unit.anchor)
      : card.page;
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

/** A source's list item; its citation arrives later, and its copy button waits for it. */
function sourceItem(source: QuoteSource): { item: HTMLLIElement; citationShown: Promise<void> } {
  const { card, unit } = source;
  const link = Object.assign(document.createElement('a'), {
    href: withBase(withAnchor(card.page, unit.anchor)),
    textContent: `${card.name.zh}的答复 · ${card.report} · ${unitLabel(unit)}`,
  });
  const english = Object.assign(document.createElement('span'), {
    lang: 'en',
    className: 'en',
    textContent: ` Reply of ${card.name.en}`,
  });
  const citation = Object.assign(document.createElement('p'), { className: 'citation-text', textContent: '…' });
  citation.dataset.format = 'gb-t-7714';
  const copy = copyButton(() => citation.textContent ?? '');
  copy.disabled = true;
  const item = document.createElement('li');
  item.dataset.block = unit.anchor;
  item.append(Object.assign(document.createElement('p'), {}), citation, copy);
  item.firstElementChild!.append('出自 ', link, english);
  const citationShown = gbtCitation(source).then(
    (text) => {
      citation.textContent = text;
      copy.disabled = false;
    },
    () => void (citation.textContent = '引文暂时无法载入，请打开上面的链接。'),
  );
  return { item, citationShown };
}

/** Shows the sources of a quotation, or hides the panel; resolves once their citations are shown. */
export function showQuote(panel: HTMLElement, sources: readonly QuoteSource[] | undefined): Promise<void> {
  const items = (sources ?? []).map(sourceItem);
  panel.hidden = items.length === 0;
  panel.querySelector('ol')!.replaceChildren(...items.map(({ item }) => item));
  return Promise.all(items.map(({ citationShown }) => citationShown)).then(() => undefined);
}
