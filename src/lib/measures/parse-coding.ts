// content/data/measures.jsonl → the coding: one JSON object a line, so that a review reads a diff
// line by line. For each reply, first its status line, then its coded sentences:
//   {"submission":"a-73-112-cuba","coded":"2026-12-07"}                       (or with "none": why)
//   {"submission":"a-73-112-cuba","block":"a-73-112-p5","quote":"…","measures":[…],"domains":[…]}
// Bad lines are ParseErrors with FILE:LINE, all of them collected. Whether the quotes are in the
// texts, check-coding.ts says.
import { ParseError } from '../parse/parse-error.ts';
import { DOMAIN_IDS, MEASURE_IDS, type DomainId, type MeasureId } from './codebook.ts';

export interface CodingStatus {
  submission: string;
  /** The day the reply was coded (both passes and the adjudication). */
  coded: string;
  /** Why nothing in it is a measure, where nothing is. */
  none?: string;
  line: number;
}

export interface CodedSentence {
  submission: string;
  block: string;
  /** The shortest whole sentence (or list item) that says it, exactly as the block holds it. */
  quote: string;
  measures: MeasureId[];
  domains: DomainId[];
  line: number;
}

export interface Coding {
  file: string;
  statuses: CodingStatus[];
  sentences: CodedSentence[];
}

const STATUS_KEYS = new Set(['submission', 'coded', 'none']);
const SENTENCE_KEYS = new Set(['submission', 'block', 'quote', 'measures', 'domains']);

function idsOf<Id extends string>(value: unknown, known: readonly Id[], what: string): Id[] {
  if (!Array.isArray(value) || value.length === 0) throw new Error(`"${what}" must be a list of ids, not empty`);
  for (const id of value)
    if (!known.includes(id as Id))
      throw new Error(`unknown ${what} id "${String(id)}": expected one of ${known.join(', ')}`);
  if (new Set(value).size !== value.length) throw new Error(`"${what}" lists an id twice`);
  return value as Id[];
}

function readLine(text: string, line: number): CodingStatus | CodedSentence {
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`not JSON: ${(error as Error).message}`, { cause: error });
  }
  if (typeof value !== 'object' || value === null || typeof value['submission'] !== 'string')
    throw new Error('expected an object with "submission"');
  const keys = Object.keys(value);
  if ('coded' in value) {
    if (keys.some((key) => !STATUS_KEYS.has(key)))
      throw new Error(`a status line has only ${[...STATUS_KEYS].join(', ')}`);
    if (typeof value['coded'] !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value['coded']))
      throw new Error('"coded" must be a date, YYYY-MM-DD');
    return {
      submission: value['submission'],
      coded: value['coded'],
      ...(typeof value['none'] === 'string' ? { none: value['none'] } : {}),
      line,
    };
  }
  if (
    keys.some((key) => !SENTENCE_KEYS.has(key)) ||
    typeof value['block'] !== 'string' ||
    typeof value['quote'] !== 'string'
  )
    throw new Error(`a coded sentence has ${[...SENTENCE_KEYS].join(', ')}: a status line has "coded"`);
  return {
    submission: value['submission'],
    block: value['block'],
    quote: value['quote'],
    measures: idsOf(value['measures'], MEASURE_IDS, 'measure'),
    domains: idsOf(value['domains'], DOMAIN_IDS, 'domain'),
    line,
  };
}

export function parseCoding(text: string, file: string): Coding {
  const coding: Coding = { file, statuses: [], sentences: [] };
  const errors: ParseError[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    try {
      const entry = readLine(line, index + 1);
      if ('coded' in entry) coding.statuses.push(entry);
      else coding.sentences.push(entry);
    } catch (error) {
      errors.push(
        new ParseError(file, index + 1, (error as Error).message, line.length > 120 ? `${line.slice(0, 117)}…` : line),
      );
    }
  });
  if (errors.length > 0) throw new AggregateError(errors, `${file}: ${errors.length} bad lines`);
  return coding;
}
