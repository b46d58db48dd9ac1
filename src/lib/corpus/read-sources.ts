// The corpus from its sources on disk: the registries under content/data/ and the report
// texts under content/sources/, parsed. Bad input becomes ParseErrors with FILE:LINE.
// For the scripts, the tests and the benchmark; the site reads the entries instead (site/collections.ts).
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { z } from 'zod';
import {
  InstrumentSchema,
  RespondentEntrySchema,
  type Corpus,
  type Instrument,
  type RespondentEntry,
} from '../schema.ts';
import { decodeSource } from '../parse/decode-source.ts';
import { parseReport, type ParsedReport } from '../parse/parse-report.ts';
import { ParseError } from '../parse/parse-error.ts';
import { sha256, symbolFromFileName } from './source-file.ts';
import { assembleCorpus, entriesOfParsedReports, type CorpusEntries } from './assemble-corpus.ts';
import { checkExamples } from '../measures/check-examples.ts';
import { attachMeasures } from '../measures/attach-measures.ts';
import { parseCoding, type Coding } from '../measures/parse-coding.ts';

export const ReportEntrySchema = z.object({ symbol: z.string(), file: z.string(), title: z.string() });
export type ReportEntry = z.infer<typeof ReportEntrySchema>;

export const DEFAULT_TITLE = '防止恐怖分子获取大规模毁灭性武器的措施';

export function readJson<T>(file: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ParseError(file, undefined, `cannot read JSON: ${(error as Error).message}`);
  }
  const result = schema.safeParse(data);
  if (!result.success)
    throw new ParseError(file, undefined, `does not match its schema: ${z.prettifyError(result.error)}`);
  return result.data;
}

export function readRespondents(): RespondentEntry[] {
  return readJson('content/data/respondents.json', z.array(RespondentEntrySchema));
}

export function readInstruments(): Instrument[] {
  return readJson('content/data/instruments.json', z.array(InstrumentSchema));
}

export function readReportEntries(): ReportEntry[] {
  return readJson('content/data/reports.json', z.array(ReportEntrySchema));
}

export function parseSourceFile(
  path: string,
  symbol: string | undefined,
  respondents: readonly RespondentEntry[],
  title = DEFAULT_TITLE,
): ParsedReport {
  const file = relative(process.cwd(), path) || path;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new ParseError(
      file,
      undefined,
      `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  const reportSymbol = symbol ?? symbolFromFileName(file);
  if (!reportSymbol)
    throw new ParseError(file, undefined, 'cannot tell the report symbol from the file name: pass --symbol A/73/112');
  const text = decodeSource(bytes, file);
  return parseReport(text, { file, symbol: reportSymbol, title, sha256: sha256(bytes), respondents });
}

export const MEASURES_FILE = 'content/data/measures.jsonl';

/** The curated coding of the measures the replies report. */
export function readCoding(): Coding {
  return parseCoding(readFileSync(MEASURES_FILE, 'utf8'), MEASURES_FILE);
}

/**
 * Every report listed in content/data/reports.json, parsed, its mentions marked and its replies'
 * measures attached: what content/entries/ holds. `uncoded`: the replies the coding does not list yet.
 */
export function parseEntriesWithCoding(): { entries: CorpusEntries; uncoded: string[] } {
  const respondents = readRespondents();
  const parsed = readReportEntries().map((entry) =>
    parseSourceFile(entry.file, entry.symbol, respondents, entry.title),
  );
  const entries = entriesOfParsedReports(parsed, readInstruments());
  const coding = readCoding();
  const attached = attachMeasures(entries.submissions, coding);
  const { submissions, uncoded } = attached;
  const errors = [...attached.errors, ...checkExamples(coding)];
  if (errors.length > 0) throw new AggregateError(errors, `${MEASURES_FILE} does not match the texts`);
  return { entries: { ...entries, submissions }, uncoded };
}

/** What content/entries/ holds, parsed from the sources. */
export function parseEntriesFromSources(): CorpusEntries {
  return parseEntriesWithCoding().entries;
}

/** The corpus as the site publishes it, straight from the sources. */
export function parseCorpusFromSources(): Corpus {
  return assembleCorpus(parseEntriesFromSources(), readRespondents(), readInstruments());
}
