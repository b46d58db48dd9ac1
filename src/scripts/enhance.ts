// Small progressive enhancement. Everything works without it: the links it
// copies are on the page as links, the citations as text, and the search form
// submits normally.
import { enableCitationTools } from './cite-tools.ts';
import { addCopyLinkButtons } from './copy-link-buttons.ts';
import { forwardListedAnchor } from './forward-anchor.ts';
import { siteAddress } from '../lib/site/site-address.ts';

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

/** One polite live region for the whole page: screen readers hear "已复制" once, wherever the button was. */
function copyStatus(): HTMLElement {
  let status = document.getElementById('copy-status');
  if (!status) {
    status = document.createElement('p');
    status.id = 'copy-status';
    status.className = 'visually-hidden';
    status.setAttribute('aria-live', 'polite');
    document.body.append(status);
  }
  return status;
}

/**
 * What a button copies: a link (data-copy, as the site's own address) or the text of an
 * element (data-copy-from, an id): a file's <pre> exactly as the download
 * holds it, a citation without the white space around it.
 */
function textToCopy(button: HTMLButtonElement): string {
  if (!button.dataset.copyFrom) return siteAddress(button.dataset.copy!, location.href);
  const source = document.getElementById(button.dataset.copyFrom);
  const text = source?.textContent ?? '';
  return source?.tagName === 'PRE' ? text : text.trim();
}

/** The button says what happened for two seconds, where the reader is looking, and the live region says it aloud. */
function confirmCopy(button: HTMLButtonElement, copied: boolean): void {
  const label = button.getAttribute('aria-label') ?? button.textContent?.trim() ?? '';
  const original = [...button.childNodes];
  const message = copied ? '已复制' : '无法复制，请手动选择文字';
  button.dataset.state = copied ? 'copied' : 'failed';
  button.replaceChildren(message);
  copyStatus().textContent = copied ? `已复制：${label}` : message;
  setTimeout(() => {
    delete button.dataset.state;
    button.replaceChildren(...original);
  }, 2000);
}

/** Buttons that copy a link or a citation; hidden until this script shows them. */
function enableCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy], button[data-copy-from]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(textToCopy(button));
        confirmCopy(button, true);
      } catch {
        confirmCopy(button, false);
      }
    });
  }
}

document.addEventListener('keydown', focusSearchOnSlash);
enableCitationTools();
addCopyLinkButtons();
enableCopyButtons();
forwardListedAnchor();
window.addEventListener('hashchange', forwardListedAnchor);
