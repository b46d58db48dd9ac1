// The site's URL scheme. Papers cite these paths: never change one once published.
import type { RespondentEntry } from './schema.ts';

const KIND_FOLDER = { state: 'states', organization: 'organizations' } as const;

/** /states/cuba/, /organizations/interpol/ (without the site's base path). */
export function respondentUrl(respondent: Pick<RespondentEntry, 'id' | 'kind'>): string {
  return `/${KIND_FOLDER[respondent.kind]}/${respondent.id}/`;
}

/** /reports/a-73-112/ */
export function reportUrl(slug: string): string {
  return `/reports/${slug}/`;
}
