// Fictitious corpora N times the real one, for the benchmark only: each copy of a
// real report gets a new symbol (session 100 + copy) and every reply's blocks in
// a seeded new order. Never written under content/ nor built into the real site.
import type { Block, Report, Submission } from '../src/lib/schema.ts';
import { seededRandom } from './seeded-random.ts';

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

function renumber(
  blocks: readonly Block[],
  slug: string,
  footnoteIds: Map<string, string>,
): { blocks: Block[]; ids: Map<string, string> } {
  let paragraphs = 0;
  let headings = 0;
  const ids = new Map<string, string>();
  const renamed = blocks.map((block) => {
    const id = block.type === 'heading' ? `${slug}-h${++headings}` : `${slug}-p${++paragraphs}`;
    ids.set(block.id, id);
    return {
      ...block,
      id,
      footnoteRefs: block.footnoteRefs.map((ref) => ({ ...ref, footnote: footnoteIds.get(ref.footnote)! })),
    };
  });
  return { blocks: renamed, ids };
}

function copySubmission(submission: Submission, report: Report, slug: string, random: () => number): Submission {
  const footnoteIds = new Map(submission.footnotes.map((note) => [note.id, note.id.replace(/^a-\d+-\d+/, slug)]));
  const { blocks, ids } = renumber(shuffled(submission.blocks, random), slug, footnoteIds);
  return {
    ...submission,
    id: `${slug}-${submission.respondent}`,
    report: report.symbol,
    blocks,
    footnotes: submission.footnotes.map((note) => ({
      ...note,
      id: footnoteIds.get(note.id)!,
      refersTo: ids.get(note.refersTo) ?? note.refersTo,
    })),
    url: submission.url.replace(/#.*$/, `#${slug}`),
  };
}

export function synthesizeCorpus(
  reports: readonly Report[],
  submissions: readonly Submission[],
  factor: number,
  seed = 1,
): { reports: Report[]; submissions: Submission[] } {
  const random = seededRandom(seed);
  const outReports: Report[] = [];
  const outSubmissions: Submission[] = [];
  for (let copy = 0; copy < factor; copy++) {
    for (const real of reports) {
      const session = 100 + copy;
      const number = real.symbol.split('/')[2]!;
      const symbol = `A/${session}/${number}`;
      const slug = `a-${session}-${number}`;
      const report: Report = {
        ...real,
        symbol,
        slug,
        session,
        year: 1945 + session,
        officialUrl: `https://undocs.org/zh/${symbol}`,
      };
      outReports.push(report);
      for (const submission of submissions.filter((each) => each.report === real.symbol))
        outSubmissions.push(copySubmission(submission, report, slug, random));
    }
  }
  return { reports: outReports, submissions: outSubmissions };
}
