// Parse texts and the real sources the way the build does (for the parser tests).
import { readFileSync } from 'node:fs';
import type { Submission } from '../src/lib/schema.ts';
import { decodeSource } from '../src/lib/parse/decode-source.ts';
import { parseReport, type ParsedReport } from '../src/lib/parse/parse-report.ts';
import { readInstruments, readRespondents } from '../src/lib/corpus/read-sources.ts';
import { sha256 } from '../src/lib/corpus/source-file.ts';
import { realCorpus } from './real-corpus.ts';

export { realCorpus };

export const SOURCES = {
  'A/73/112': 'content/sources/A-73-112.zh.txt',
  'A/66/115': 'content/sources/A-66-115.zh.txt',
} as const;

export const TITLE = '防止恐怖分子获取大规模毁灭性武器的措施';

export const respondents = readRespondents;
export const instruments = readInstruments;

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

export function submission(id: string): Submission {
  const found = realCorpus().submissions.find((each) => each.id === id);
  if (!found) throw new Error(`no submission ${id}`);
  return found;
}
