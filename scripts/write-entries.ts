// npm run entries: parse the sources and write content/entries/ (committed).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ENTRIES_DIR, toEntryFiles } from '../src/lib/corpus/entry-files.ts';
import { assembleCorpus } from '../src/lib/corpus/assemble-corpus.ts';
import {
  MEASURES_FILE,
  parseEntriesWithCoding,
  readInstruments,
  readRespondents,
} from '../src/lib/corpus/read-sources.ts';
import { checkVocabulary } from '../src/lib/vocabulary/check-vocabulary.ts';
import { readVocabulary } from '../src/lib/vocabulary/read-vocabulary.ts';
import { reportErrors } from './report-errors.ts';

try {
  const { entries, uncoded } = parseEntriesWithCoding();
  // A new report's replies are shown as not yet coded until content/data/measures.jsonl codes them.
  if (uncoded.length > 0)
    console.warn(`${MEASURES_FILE}: ${uncoded.length} replies not yet coded for measures: ${uncoded.join(', ')}`);
  // Assembled only to check the whole against the schema before anything is written.
  const corpus = assembleCorpus(entries, readRespondents(), readInstruments());
  // The curated vocabulary must still match the texts it was made from.
  const vocabularyErrors = checkVocabulary(readVocabulary(), corpus);
  if (vocabularyErrors.length > 0)
    throw new AggregateError(vocabularyErrors, 'the vocabulary does not match the texts');
  const files = toEntryFiles(entries);
  for (const folder of ['reports', 'submissions']) {
    const path = join(ENTRIES_DIR, folder);
    mkdirSync(path, { recursive: true });
    for (const stale of readdirSync(path)) rmSync(join(path, stale));
  }
  for (const file of files) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.content);
  }
  console.log(
    `content/entries: ${corpus.reports.length} reports, ${corpus.submissions.length} replies, ${corpus.respondents.length} respondents`,
  );
} catch (error) {
  reportErrors(error);
}
