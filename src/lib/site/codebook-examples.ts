// The method page's example for each measure: the sentence the codebook names (codebook.ts; the
// build checks it is coded, check-examples.ts), found in the corpus the site is built from, with
// where it stands. Other corpora (the benchmark's copies, test builds) may hold it under another
// reply, or not at all: then the same sentence in a copy of its reply, or else the first sentence
// coded with the measure, or none.
import type { Corpus, Report, ReportedMeasure, Respondent, Submission } from '../schema.ts';
import { MEASURES, type Measure } from '../measures/codebook.ts';
import { replyPath, withAnchor } from '../urls.ts';

export interface CodebookExample {
  measure: Measure;
  quote: string;
  respondent: Respondent;
  report: Report;
  /** The sentence on its reply's page. */
  path: string;
}

type ExamplesCorpus = Pick<Corpus, 'reports' | 'respondents' | 'submissions'>;

function findExample(
  corpus: ExamplesCorpus,
  measure: Measure,
): { submission: Submission; coded: ReportedMeasure } | undefined {
  const coded = (submission: Submission, quote?: string) =>
    submission.measures.find((each) => each.measure === measure.id && (quote === undefined || each.quote === quote));
  const { submission: id, quote } = measure.example;
  const submission =
    corpus.submissions.find((each) => each.id === id && coded(each, quote)) ??
    corpus.submissions.find((each) => coded(each, quote)) ??
    corpus.submissions.find((each) => coded(each));
  return submission && { submission, coded: coded(submission, quote) ?? coded(submission)! };
}

/** Each measure's example, where the corpus has one. */
export function codebookExamples(corpus: ExamplesCorpus): Map<Measure, CodebookExample> {
  const examples = new Map<Measure, CodebookExample>();
  for (const measure of MEASURES) {
    const found = findExample(corpus, measure);
    if (!found) continue;
    const respondent = corpus.respondents.find((each) => each.id === found.submission.respondent)!;
    const report = corpus.reports.find((each) => each.symbol === found.submission.report)!;
    examples.set(measure, {
      measure,
      quote: found.coded.quote,
      respondent,
      report,
      path: withAnchor(replyPath(respondent, report), found.coded.anchor),
    });
  }
  return examples;
}
