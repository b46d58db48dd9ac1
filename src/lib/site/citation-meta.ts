// Highwire Press tags for the one reply a page shows, so Zotero saves it as a report.
import type { Report, Respondent, Submission } from '../schema.ts';
import { replyPageUrl } from '../urls.ts';
import { absoluteUrl } from './base-url.ts';

export function replyCitationTags(reply: { submission: Submission; report: Report }, respondent: Respondent, site: URL | undefined): { name: string; content: string }[] {
  const { report } = reply;
  return [
    { name: 'citation_title', content: `${respondent.name.zh}的答复：${report.title}` },
    { name: 'citation_author', content: respondent.name.zh },
    { name: 'citation_publication_date', content: String(report.year) },
    { name: 'citation_technical_report_institution', content: '联合国' },
    { name: 'citation_technical_report_number', content: report.symbol },
    { name: 'citation_language', content: 'zh' },
    { name: 'citation_public_url', content: absoluteUrl(replyPageUrl(respondent, report.slug), site) },
  ];
}
