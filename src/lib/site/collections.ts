// The one place pages read the corpus: the entries under content/entries/ (or CORPUS_ENTRIES)
// and the registries, through Astro's content collections, checked against the schema.
import { getCollection } from 'astro:content';
import type { Corpus } from '../schema.ts';
import { assembleCorpus } from '../corpus/assemble-corpus.ts';
import { respondentViews, type RespondentView } from './corpus-view.ts';

let corpus: Promise<Corpus> | undefined;

async function readEntries(): Promise<Corpus> {
  const [reports, submissions, respondents, instruments] = await Promise.all([
    getCollection('reports'),
    getCollection('submissions'),
    getCollection('respondents'),
    getCollection('instruments'),
  ]);
  const data = <T>(entries: { data: T }[]) => entries.map((entry) => entry.data);
  return assembleCorpus(
    { reports: data(reports), submissions: data(submissions) },
    data(respondents),
    data(instruments),
  );
}

/** Read once per build: every page shares it. */
export function readSiteCorpus(): Promise<Corpus> {
  corpus ??= readEntries();
  return corpus;
}

export async function readRespondentViews(): Promise<RespondentView[]> {
  const { reports, respondents, submissions } = await readSiteCorpus();
  return respondentViews(reports, respondents, submissions);
}
