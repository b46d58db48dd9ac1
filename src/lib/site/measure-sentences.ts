// What /measures/{id}/ lists: every sentence coded with one measure (and, on a domain's page,
// naming that domain), grouped by report, newest first, then by reply in the report's order;
// each sentence with its place on the reply's own page and its domains.
import type { Corpus, Report, Respondent, Submission } from '../schema.ts';
import { DOMAINS, domainOf, type Domain, type DomainId, type MeasureId } from '../measures/codebook.ts';
import { replyPath, withAnchor } from '../urls.ts';
import { sentenceLabel } from './reply-measures.ts';

export interface ListedSentence {
  anchor: string;
  quote: string;
  domains: Domain[];
  /** "第5段第2句" */
  label: string;
  /** The sentence on its reply's own page. */
  path: string;
}

export interface ReplySentences {
  submission: Submission;
  respondent: Respondent;
  sentences: ListedSentence[];
}

export interface ReportSentences {
  report: Report;
  replies: ReplySentences[];
}

function sentencesOf(
  { submission, respondent, report }: { submission: Submission; respondent: Respondent; report: Report },
  measure: MeasureId,
  domain: DomainId | undefined,
): ListedSentence[] {
  return submission.measures
    .filter((each) => each.measure === measure && (!domain || each.domains.includes(domain)))
    .map((each) => ({
      anchor: each.anchor,
      quote: each.quote,
      domains: each.domains.map(domainOf),
      label: sentenceLabel(submission, each.block, each.anchor),
      path: withAnchor(replyPath(respondent, report), each.anchor),
    }));
}

/** The measure's sentences by report, newest first; reports and replies without one are left out. */
export function sentencesOfMeasure(
  corpus: Pick<Corpus, 'reports' | 'respondents' | 'submissions'>,
  measure: MeasureId,
  domain?: DomainId,
): ReportSentences[] {
  const respondentOf = new Map(corpus.respondents.map((respondent) => [respondent.id, respondent]));
  return [...corpus.reports]
    .sort((a, b) => b.year - a.year || b.symbol.localeCompare(a.symbol))
    .map((report) => ({
      report,
      replies: corpus.submissions
        .filter((submission) => submission.report === report.symbol)
        .sort((a, b) => a.source.startLine - b.source.startLine)
        .map((submission) => {
          const respondent = respondentOf.get(submission.respondent)!;
          return {
            submission,
            respondent,
            sentences: sentencesOf({ submission, respondent, report }, measure, domain),
          };
        })
        .filter((reply) => reply.sentences.length > 0),
    }))
    .filter((group) => group.replies.length > 0);
}

/** The domains the measure's sentences name, in the codebook's order: the links that narrow its page. */
export function domainsOfMeasure(groups: readonly ReportSentences[]): Domain[] {
  const sentences = groups.flatMap((group) => group.replies.flatMap((reply) => reply.sentences));
  const named = new Set(sentences.flatMap((each) => each.domains.map((domain) => domain.id)));
  return DOMAINS.filter((domain) => named.has(domain.id));
}

/** Bytes of HTML one report's part of a measure's page takes: its heading, each reply's line, each sentence quoted with its links. */
export function sentencesWeight(group: ReportSentences): number {
  const bytes = (text: string) => new TextEncoder().encode(text).length;
  const sentences = group.replies.flatMap((reply) => reply.sentences);
  return 600 + 700 * group.replies.length + sentences.reduce((sum, each) => sum + bytes(each.quote) + 500, 0);
}
