// Citations as the reader takes them away: the access date is the reader's
// day, downloads carry it too, and every citation has a copy button. Without
// JavaScript the page shows the build day and says so, the files download as
// built, and the text can be selected by hand.
import { localDay, writeAccessedDate, type AccessedDateForm } from '../lib/cite/accessed-date.ts';

/** Every marked access date (CitePanel's DatedText) becomes today's, in its own format's form. */
function showReadersDate(today: Date): void {
  const day = localDay(today);
  for (const mark of document.querySelectorAll<HTMLElement>('[data-accessed]')) {
    mark.textContent = writeAccessedDate(day, mark.dataset.accessed as AccessedDateForm);
  }
  const iso = writeAccessedDate(day, 'iso');
  for (const note of document.querySelectorAll<HTMLElement>('[data-accessed-note]')) {
    note.textContent = `引用日期为您今天的日期（${iso}），下载的文件和复制的文字也是。`;
  }
}

/**
 * Download links that carry the shown text (with the reader's date) instead of
 * the file as built: a Blob of the <pre> the link names, under the file's name.
 */
function downloadShownText(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-download-from]')) {
    const source = document.getElementById(link.dataset.downloadFrom!);
    if (!source) continue;
    const blob = new Blob([source.textContent ?? ''], { type: link.dataset.mediaType ?? 'text/plain' });
    link.href = URL.createObjectURL(blob);
  }
}

export function enableCitationTools(today = new Date()): void {
  showReadersDate(today);
  downloadShownText();
}
