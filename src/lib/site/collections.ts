// The one place pages read the corpus: the entries under content/entries/ (or CORPUS_ENTRIES)
// and the registries, through Astro's content collections, checked against the schema.
import { getCollection } from 'astro:content';
import { CorpusSchema, type Corpus } from '../schema.ts';
import { respondentUrl } from '../urls.ts';
import { respondentViews, type RespondentView } from './corpus-view.ts';

let corpus: Corpus | undefined;

export async function readSiteCorpus(): Promise<Corpus> {
  if (corpus) return corpus;
  const reports = (await getCollection('reports')).map((entry) => entry.data).sort((a, b) => b.year - a.year);
  const submissions = (await getCollection('submissions')).map((entry) => entry.data);
  const order = new Map(reports.map((report, index) => [report.symbol, index]));
  submissions.sort((a, b) => order.get(a.report)! - order.get(b.report)! || a.source.startLine - b.source.startLine);
  const replied = new Set(submissions.map((submission) => submission.respondent));
  const respondents = (await getCollection('respondents'))
    .map((entry) => entry.data)
    .filter((entry) => replied.has(entry.id))
    .map((entry) => ({ ...entry, url: respondentUrl(entry) }));
  const instruments = (await getCollection('instruments')).map((entry) => entry.data);
  corpus = CorpusSchema.parse({ reports, respondents, submissions, instruments });
  return corpus;
}

export async function readRespondentViews(): Promise<RespondentView[]> {
  const { reports, respondents, submissions } = await readSiteCorpus();
  return respondentViews(reports, respondents, submissions);
}
