// The coding checked against the replies it codes, at every build: each quote is still in its
// block, once; each reply is listed once, before its sentences; and each coded sentence becomes
// the measures of its reply, with the sentence's anchor. A failure is a ParseError at the
// coding's FILE:LINE (a re-parsed source that no longer holds a quote says which, never drops it);
// a reply the coding does not list is returned as not yet coded, for the build to warn about.
import { ParseError } from '../parse/parse-error.ts';
import type { DomainId, MeasureId } from './codebook.ts';
import type { Coding } from './parse-coding.ts';
import { sentenceAnchor } from './sentence-anchor.ts';

/** What the check needs of a reply: its id and its blocks' ids and texts. */
export interface CodedReply {
  id: string;
  blocks: readonly { id: string; text: string }[];
}

/** One measure a coded sentence reports, where it says so: what a reply's `measures` hold. */
export interface ReportedMeasure {
  measure: MeasureId;
  domains: DomainId[];
  block: string;
  quote: string;
  /** The sentence's anchor on the reply's page (sentence-anchor.ts). */
  anchor: string;
}

export interface CheckedCoding {
  errors: ParseError[];
  /** Reply id → the day it was coded and the measures it reports, in the coding's order. */
  coded: Map<string, { coded: string; measures: ReportedMeasure[] }>;
  /** Replies the coding does not list yet. */
  uncoded: string[];
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

export function checkCoding(coding: Coding, replies: readonly CodedReply[]): CheckedCoding {
  const errors: ParseError[] = [];
  const error = (line: number, reason: string) => errors.push(new ParseError(coding.file, line, reason));
  const byId = new Map(replies.map((reply) => [reply.id, reply]));
  const coded: CheckedCoding['coded'] = new Map();
  const statusLine = new Map<string, number>();
  for (const status of coding.statuses) {
    if (!byId.has(status.submission)) error(status.line, `no reply "${status.submission}" in the corpus`);
    else if (statusLine.has(status.submission))
      error(status.line, `${status.submission} is listed twice (also line ${statusLine.get(status.submission)})`);
    else {
      statusLine.set(status.submission, status.line);
      coded.set(status.submission, { coded: status.coded, measures: [] });
    }
  }
  for (const sentence of coding.sentences) {
    const reply = byId.get(sentence.submission);
    const first = statusLine.get(sentence.submission);
    if (!reply || first === undefined || first > sentence.line) {
      error(
        sentence.line,
        `no status line for ${sentence.submission} before its sentences (expected {"submission":"${sentence.submission}","coded":"YYYY-MM-DD"})`,
      );
      continue;
    }
    const block = reply.blocks.find((each) => each.id === sentence.block);
    if (!block) {
      error(sentence.line, `${sentence.submission} has no block ${sentence.block}`);
      continue;
    }
    const found = occurrences(block.text, sentence.quote);
    if (found.length !== 1) {
      error(
        sentence.line,
        found.length === 0
          ? `the quote is not in ${sentence.block} of ${sentence.submission} (any more): re-code this sentence from the text`
          : `the quote occurs ${found.length} times in ${sentence.block}: quote the whole sentence, so that it points at one place`,
      );
      continue;
    }
    const anchor = sentenceAnchor(block.id, block.text, found[0]!);
    for (const measure of sentence.measures)
      coded
        .get(sentence.submission)!
        .measures.push({ measure, domains: sentence.domains, block: block.id, quote: sentence.quote, anchor });
  }
  for (const status of coding.statuses)
    if (status.none !== undefined && (coded.get(status.submission)?.measures.length ?? 0) > 0)
      error(status.line, `${status.submission} is coded as having nothing ("none") but has coded sentences`);
  return { errors, coded, uncoded: replies.map((reply) => reply.id).filter((id) => !statusLine.has(id)) };
}
