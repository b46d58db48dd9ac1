// The site's URL scheme. Papers cite these paths: never change one once published.
import type { RespondentEntry } from './schema.ts';

export const KIND_FOLDER = { state: 'states', organization: 'organizations' } as const;

/** /states/cuba/, /organizations/interpol/ (without the site's base path). */
export function respondentUrl(respondent: Pick<RespondentEntry, 'id' | 'kind'>): string {
  return `/${KIND_FOLDER[respondent.kind]}/${respondent.id}/`;
}

/** /reports/a-73-112/ */
export function reportUrl(slug: string): string {
  return `/reports/${slug}/`;
}

/** /states/cuba/a-73-112/: one reply on a page of its own, the target for citations. */
export function replyPageUrl(respondent: Pick<RespondentEntry, 'id' | 'kind'>, reportSlug: string): string {
  return `${respondentUrl(respondent)}${reportSlug}/`;
}

/** /cite/a-73-112-cuba/a-73-112-p3/: citations for one paragraph. */
export function paragraphCiteUrl(submissionId: string, blockId: string): string {
  return `/cite/${submissionId}/${blockId}/`;
}
