// Fictitious corpora N times the real one, for the benchmark only: each copy of a
// real report gets a new symbol (session 100 + copy) and every reply's blocks in
// a seeded new order, with its coding of measures. Never written under content/ nor built into the real site.
import type { Block, Report, SubmissionEntry } from '../src/lib/schema.ts';
import { numberBlocks } from '../src/lib/parse/number-blocks.ts';
import { sessionYear } from '../src/lib/parse/parse-report.ts';
import { footnoteId, officialDocumentUrl, reportSlug, submissionId } from '../src/lib/urls.ts';
import { seededRandom } from './seeded-random.ts';

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

/** The blocks in a new order, renumbered as the parser numbers them, footnote links kept. */
function renumber(
  blocks: readonly Block[],
  report: Pick<Report, 'slug'>,
  footnoteIds: Map<string, string>,
): { blocks: Block[]; ids: Map<string, string> } {
  const numbers = numberBlocks(
    blocks.map((block) => block.type),
    report,
  );
  const ids = new Map(blocks.map((block, index) => [block.id, numbers[index]!.id]));
  const renamed = blocks.map((block, index) => {
    const { id, number } = numbers[index]!;
    const { number: _old, ...rest } = block;
    return {
      ...rest,
      id,
      ...(number === undefined ? {} : { number }),
      footnoteRefs: block.footnoteRefs.map((ref) => ({ ...ref, footnote: footnoteIds.get(ref.footnote)! })),
    };
  });
  return { blocks: renamed, ids };
}

function copySubmission(submission: SubmissionEntry, report: Report, random: () => number): SubmissionEntry {
  const footnoteIds = new Map(submission.footnotes.map((note, index) => [note.id, footnoteId(report, index + 1)]));
  const { blocks, ids } = renumber(shuffled(submission.blocks, random), report, footnoteIds);
  return {
    ...submission,
    id: submissionId(report, submission.respondent),
    report: report.symbol,
    blocks,
    footnotes: submission.footnotes.map((note) => ({
      ...note,
      id: footnoteIds.get(note.id)!,
      refersTo: ids.get(note.refersTo) ?? note.refersTo,
    })),
    // Each copy of a reply keeps its coding, on its blocks' new ids: a sentence's anchor is its block's and its place in it.
    measures: submission.measures.map((each) => ({
      ...each,
      block: ids.get(each.block)!,
      anchor: `${ids.get(each.block)!}${each.anchor.slice(each.block.length)}`,
    })),
  };
}

/** N copies of each report, sessions 100, 101, …: new symbols no real report has. */
export function synthesizeCorpus(
  reports: readonly Report[],
  submissions: readonly SubmissionEntry[],
  factor: number,
  seed = 1,
): { reports: Report[]; submissions: SubmissionEntry[] } {
  const random = seededRandom(seed);
  const outReports: Report[] = [];
  const outSubmissions: SubmissionEntry[] = [];
  for (let copy = 0; copy < factor; copy++) {
    for (const real of reports) {
      const session = 100 + copy;
      const symbol = `A/${session}/${real.symbol.split('/')[2]!}`;
      const report: Report = {
        ...real,
        symbol,
        slug: reportSlug(symbol),
        session,
        year: sessionYear(session),
        officialUrl: officialDocumentUrl(symbol),
      };
      outReports.push(report);
      for (const submission of submissions.filter((each) => each.report === real.symbol))
        outSubmissions.push(copySubmission(submission, report, random));
    }
  }
  return { reports: outReports, submissions: outSubmissions };
}
