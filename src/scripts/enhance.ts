// Small progressive enhancement. Everything works without it: the links it
// copies are on the page as links, and the search form submits normally.
import { forwardListedAnchor } from './forward-anchor.ts';

function focusSearchOnSlash(event: KeyboardEvent): void {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  // The search page's own box first: a selector list would match the header's, which comes first in the page.
  const input =
    document.querySelector<HTMLInputElement>('#search-page-input') ??
    document.querySelector<HTMLInputElement>('#site-search-input');
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
}

/** Buttons that copy the permalink next to them; hidden until this script shows them. */
function enableCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const url = new URL(button.dataset.copy!, location.href).href;
      try {
        await navigator.clipboard.writeText(url);
        button.dataset.state = 'copied';
        button.setAttribute('aria-label', '已复制链接');
      } catch {
        button.dataset.state = 'failed';
        button.setAttribute('aria-label', '无法复制，请使用旁边的链接');
      }
      setTimeout(() => {
        delete button.dataset.state;
        button.setAttribute('aria-label', button.dataset.label ?? '复制链接');
      }, 2000);
    });
  }
}

document.addEventListener('keydown', focusSearchOnSlash);
enableCopyButtons();
forwardListedAnchor();
window.addEventListener('hashchange', forwardListedAnchor);
