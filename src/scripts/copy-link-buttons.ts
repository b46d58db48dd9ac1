// The button beside each block's permalink that copies it. Made here rather than in the HTML: it
// only works with JavaScript, and a page read without it should not carry one hidden button per
// paragraph.

const PERMALINK_LABEL = '本段永久链接';

/** What the button says to a screen reader after 复制链接, from its permalink's own label ("2018年答复本段永久链接" → "（2018年答复本段）"). */
export function copyLinkLabel(permalinkLabel: string): string {
  const owner = permalinkLabel.trim().replace(PERMALINK_LABEL, '');
  return `（${owner}本段）`;
}

/** Adds the copy button to every block's tools, copying the href of its permalink (the first link). */
export function addCopyLinkButtons(root: ParentNode = document): HTMLButtonElement[] {
  return [...root.querySelectorAll<HTMLElement>('.block__tools')].flatMap((tools) => {
    const permalink = tools.querySelector<HTMLAnchorElement>('a[href]');
    if (!permalink || tools.querySelector('button[data-copy]')) return [];
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'quiet';
    button.dataset.copy = permalink.getAttribute('href')!;
    const hidden = document.createElement('span');
    hidden.className = 'visually-hidden';
    hidden.textContent = copyLinkLabel(permalink.querySelector('.visually-hidden')?.textContent ?? '');
    button.append('复制链接', hidden);
    tools.append(button);
    return [button];
  });
}
