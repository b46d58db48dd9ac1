// Highwire Press tags for the one reply a page shows, so Zotero saves it as a report.
import type { Report, Respondent, Submission } from '../schema.ts';
import type { MetaTag } from '../cite/highwire-tags.ts';
import { citationSet } from './citations.ts';

export function replyCitationTags(
  reply: { submission: Submission; report: Report },
  respondent: Respondent,
  site: URL | undefined,
): MetaTag[] {
  return citationSet({ ...reply, respondent }, undefined, site).highwire;
}
