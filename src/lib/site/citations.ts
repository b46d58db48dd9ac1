// Citations for the pages: one CitationSet per reply and per numbered block,
// made once per build (formatting costs a few ms each) and shared by every page.
import type { Block, Report, Respondent, Submission } from '../schema.ts';
import type { CitationSource } from '../cite/csl-item.ts';
import { buildCitationSet, type CitationSet } from '../cite/citation-set.ts';
import { replyPageUrl } from '../urls.ts';
import { paragraphNumber } from './block-segments.ts';
import { absoluteUrl } from './base-url.ts';

/** Citations name the day the page was built: the earliest a reader can have seen this version. */
const BUILT_ON = new Date().toISOString().slice(0, 10);

const cache = new Map<string, CitationSet>();

export interface CitedReply {
  submission: Submission;
  report: Report;
  respondent: Respondent;
}

export function citationSource(
  { submission, report, respondent }: CitedReply,
  block: Block | undefined,
  site: URL | undefined,
): CitationSource {
  const replyUrl = absoluteUrl(replyPageUrl(respondent, report.slug), site);
  const number = block ? Number(paragraphNumber(block.id)) : undefined;
  return {
    report: { symbol: report.symbol, year: report.year, title: report.title, officialUrl: report.officialUrl },
    respondent: { name: respondent.name },
    submission: { id: submission.id, received: submission.received },
    ...(number ? { paragraph: { number } } : {}),
    permalink: block ? `${replyUrl}#${block.id}` : replyUrl,
    accessed: BUILT_ON,
  };
}

export function citationSet(reply: CitedReply, block: Block | undefined, site: URL | undefined): CitationSet {
  const key = `${reply.submission.id}/${block?.id ?? ''}`;
  let set = cache.get(key);
  if (!set) {
    set = buildCitationSet(citationSource(reply, block, site));
    cache.set(key, set);
  }
  return set;
}

/** /cite/a-73-112-cuba.bib for a reply, /cite/a-73-112-cuba/a-73-112-p3.bib for a paragraph. */
export function citationDownloadPath(
  submissionId: string,
  blockId: string | undefined,
  extension: 'bib' | 'ris' | 'json',
): string {
  return blockId ? `/cite/${submissionId}/${blockId}.${extension}` : `/cite/${submissionId}.${extension}`;
}
