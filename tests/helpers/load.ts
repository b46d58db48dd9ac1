// Test helpers: parse the real sources the way the build does.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  InstrumentSchema,
  RespondentEntrySchema,
  type Corpus,
  type Instrument,
  type RespondentEntry,
  type Submission,
} from '../../src/lib/schema.ts';
import { decodeSource } from '../../src/lib/parse/decode-source.ts';
import { parseReport, type ParsedReport } from '../../src/lib/parse/parse-report.ts';
import { assembleCorpus } from '../../src/lib/corpus/assemble-corpus.ts';
import { sha256 } from '../../src/lib/corpus/source-file.ts';

export const SOURCES = {
  'A/73/112': 'content/sources/A-73-112.zh.txt',
  'A/66/115': 'content/sources/A-66-115.zh.txt',
} as const;

export const TITLE = '防止恐怖分子获取大规模毁灭性武器的措施';

export function respondents(): RespondentEntry[] {
  return z.array(RespondentEntrySchema).parse(JSON.parse(readFileSync('content/data/respondents.json', 'utf8')));
}

export function instruments(): Instrument[] {
  return z.array(InstrumentSchema).parse(JSON.parse(readFileSync('content/data/instruments.json', 'utf8')));
}

export function parseText(text: string, symbol: string, file = 'test.txt'): ParsedReport {
  return parseReport(text, { file, symbol, title: TITLE, sha256: '0'.repeat(64), respondents: respondents() });
}

export function parseBytes(bytes: Uint8Array, symbol: string, file = 'test.txt'): ParsedReport {
  return parseText(decodeSource(bytes, file), symbol, file);
}

export function parseSource(symbol: keyof typeof SOURCES): ParsedReport {
  const file = SOURCES[symbol];
  const bytes = readFileSync(file);
  return parseReport(decodeSource(bytes, file), {
    file,
    symbol,
    title: TITLE,
    sha256: sha256(bytes),
    respondents: respondents(),
  });
}

let cached: Corpus | undefined;
export function realCorpus(): Corpus {
  cached ??= assembleCorpus([parseSource('A/73/112'), parseSource('A/66/115')], respondents(), instruments());
  return cached;
}

export function submission(id: string): Submission {
  const found = realCorpus().submissions.find((each) => each.id === id);
  if (!found) throw new Error(`no submission ${id}`);
  return found;
}
