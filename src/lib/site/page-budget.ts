// How much a page may hold, so that no page grows without bound as reports are added: every
// page stays under 60 KB with the two reports of today and under 100 KB at any scale the
// benchmark builds (npm run bench checks both). A page that would hold more shows the newest
// items in full and lists the others, each linked to a page of its own.
import type { SubmissionEntry } from '../schema.ts';
import type { MentionsInReport } from './mentioned-works.ts';

/**
 * Bytes of HTML a page's own content may take; 60 KB leaves 15,440 bytes beside it for the
 * layout (head with its inline CSS, header, footer: 15.1 KB on organizations/interpol/, the
 * fullest page of today's reports, 59,772 bytes for an estimate of 45,490).
 * SITE_PAGE_BUDGET lowers it for the test build under a sub-path, so that the paged forms of
 * the pages are built and tested with today's two reports.
 */
export const CONTENT_BUDGET = Number(process.env['SITE_PAGE_BUDGET'] ?? 46_000);

/**
 * Bytes of HTML a reply takes in full on a respondent's page, estimated from its text. Fitted on
 * the 32 respondent pages of today, built with no budget (least squares over text, blocks,
 * footnotes, measures and replies: 0.8 × text + 497 per block + 356 per footnote + 115 per
 * measure + 11.3 KB per reply − 1.3 KB), then rounded to whole text: its text in UTF-8, 550
 * bytes per block (number, permalink, cite link), 400 per footnote, 110 per measure entry (its
 * link in the list at the reply's top, its sentence's mark) and 9.3 KB for its heading, details,
 * measures list, citation panel and COinS span. Within 3.3 KB of every page (the most under:
 * organizations/unodc/, whose many links to treaties the estimate does not count).
 */
export function replyWeight(submission: Pick<SubmissionEntry, 'blocks' | 'footnotes' | 'measures'>): number {
  const bytes = (text: string) => new TextEncoder().encode(text).length;
  const text = [...submission.blocks, ...submission.footnotes].reduce((sum, part) => sum + bytes(part.text), 0);
  return (
    text + 550 * submission.blocks.length + 400 * submission.footnotes.length + 110 * submission.measures.length + 9300
  );
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
