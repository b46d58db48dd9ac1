import type { Line } from './classify-lines.ts';

/**
 * Line number → printed page number, only for lines on a page whose furniture
 * states its number. A page seam starts a page we know nothing about: its
 * number is left out rather than counted on from the last one.
 */
export function findProvenPages(lines: readonly Line[]): Map<number, number> {
  const pages = new Map<number, number>();
  let page: number | undefined;
  for (const line of lines) {
    if (line.kind === 'furniture') {
      // The symbol line opens a page header; the job line after it states the number.
      page = line.page;
      continue;
    }
    if (line.seam) page = undefined;
    if (page !== undefined && line.kind !== 'blank') pages.set(line.no, page);
  }
  return pages;
}
