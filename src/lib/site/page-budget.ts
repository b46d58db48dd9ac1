// How much a page may hold, so that no page grows without bound as reports are added: every
// page stays under 60 KB with the two reports of today and under 100 KB at any scale the
// benchmark builds (npm run bench checks both). A page that would hold more shows the newest
// items in full and lists the others, each linked to a page of its own.
import type { SubmissionEntry } from '../schema.ts';
import type { MentionsInReport } from './mentioned-works.ts';

/**
 * Bytes of HTML a page's own content may take; 60 KB leaves 15,440 bytes beside it for the
 * layout (header, inline CSS, footer). Measured on the fullest page of today's reports,
 * organizations/interpol/: 57,698 bytes for an estimate of 45,420, so 12.3 KB of layout.
 * SITE_PAGE_BUDGET lowers it for the test build under a sub-path, so that the paged forms of
 * the pages are built and tested with today's two reports.
 */
export const CONTENT_BUDGET = Number(process.env['SITE_PAGE_BUDGET'] ?? 46_000);

/**
 * Bytes of HTML a reply takes in full, estimated from its text. Fitted on the 38 replies of
 * today (least squares: 0.93 × text + 690 per block + 8.8 KB, within 1.4 KB of every one), then
 * rounded up: its text in UTF-8, 700 bytes per block (number, tools, permalink, cite link), 400
 * per footnote, and 9 KB for its heading, details and citation panel (six formats, shown); then
 * 900 bytes for the COinS span a page with several replies carries for each (coins.ts: 0.85 KB
 * for the replies of today, their titles percent-encoded).
 */
export function replyWeight(submission: Pick<SubmissionEntry, 'blocks' | 'footnotes'>): number {
  const bytes = (text: string) => new TextEncoder().encode(text).length;
  const text = [...submission.blocks, ...submission.footnotes].reduce((sum, part) => sum + bytes(part.text), 0);
  return text + 700 * submission.blocks.length + 400 * submission.footnotes.length + 9900;
}

/** The items (newest first) shown in full, as many as fit, at least one; and the others, only listed. */
export function splitByBudget<T>(
  items: readonly T[],
  weigh: (item: T) => number,
  budget = CONTENT_BUDGET,
): { full: T[]; listed: T[] } {
  let used = 0;
  let fit = 0;
  for (const item of items) {
    used += weigh(item);
    if (fit > 0 && used > budget) break;
    fit++;
  }
  return { full: items.slice(0, fit), listed: items.slice(fit) };
}

/** Bytes of HTML one report's part of a resolution's or instrument's page takes: its passages in context, its lists of replies. */
export function mentionsWeight(group: MentionsInReport): number {
  const named = [...group.mentioning, ...group.namingAmendment];
  const passages = named.flatMap((reply) => reply.passages).length;
  return 600 + 500 * named.length + 700 * passages + 120 * group.notMentioning.length;
}
