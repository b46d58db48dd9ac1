// What a reply's own text or footnotes say about how it is reproduced.
import type { Flag } from '../schema.ts';
import { endsSentence } from './sentence-end.ts';

/** Footnotes saying only a summary is printed and the full text is elsewhere. */
const SUMMARY_NOTE = /全文见|执行摘要|摘要列入本报告/;
/** The Secretariat's note that a reply is not reproduced. */
const NOT_REPRODUCED = /没有在此转载|未在此转载|不在此转载/;

export interface FlagEvidence {
  blockTexts: readonly string[];
  footnoteTexts: readonly string[];
  /** The reply is the last thing in its source text. */
  isLastInSource: boolean;
}

export function detectFlags({ blockTexts, footnoteTexts, isLastInSource }: FlagEvidence): Flag[] {
  const flags: Flag[] = [];
  if (footnoteTexts.some((text) => SUMMARY_NOTE.test(text))) flags.push('summary');
  if (blockTexts.some((text) => NOT_REPRODUCED.test(text))) flags.push('not-reproduced');
  // A source that stops mid-sentence was cut off: keep what is there and say so.
  const lastText = blockTexts.at(-1);
  if (isLastInSource && lastText !== undefined && !endsSentence(lastText)) flags.push('truncated');
  return flags;
}
