// npm run parse -- FILE [--symbol A/73/112]
// Parses one report text and prints its part of the corpus as JSON.
import { parseArgs } from 'node:util';
import { assembleCorpus, entriesOfParsedReports } from '../src/lib/corpus/assemble-corpus.ts';
import {
  parseSourceFile,
  readInstruments,
  readReportEntries,
  readRespondents,
  DEFAULT_TITLE,
} from '../src/lib/corpus/read-sources.ts';
import { reportErrors } from './report-errors.ts';

function main(): void {
  const { values, positionals } = parseArgs({ options: { symbol: { type: 'string' } }, allowPositionals: true });
  if (positionals.length !== 1) {
    console.error('usage: npm run parse -- FILE [--symbol A/73/112]');
    process.exit(2);
  }
  const respondents = readRespondents();
  const known = readReportEntries().find((entry) => entry.symbol === values.symbol);
  const parsed = parseSourceFile(positionals[0]!, values.symbol, respondents, known?.title ?? DEFAULT_TITLE);
  const instruments = readInstruments();
  const corpus = assembleCorpus(entriesOfParsedReports([parsed], instruments), respondents, instruments);
  process.stdout.write(JSON.stringify(corpus, null, 2) + '\n');
}

try {
  main();
} catch (error) {
  reportErrors(error);
}
