// Parse every report listed in content/data/reports.json into the corpus.
import { assembleCorpus } from '../src/lib/corpus/assemble-corpus.ts';
import type { Corpus } from '../src/lib/schema.ts';
import { parseSourceFile, readInstruments, readReportEntries, readRespondents } from './read-sources.ts';

export function loadCorpus(): Corpus {
  const respondents = readRespondents();
  const parsed = readReportEntries().map((entry) =>
    parseSourceFile(entry.file, entry.symbol, respondents, entry.title),
  );
  return assembleCorpus(parsed, respondents, readInstruments());
}
