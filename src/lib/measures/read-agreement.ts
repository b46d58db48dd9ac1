// The two independent codings as they were made (content/data/measures-coding/), read at build
// time: the agreement figures the method page prints, and npm run measures:agreement for the README.
import { readFileSync } from 'node:fs';
import { agreement, type CodedLines, type MeasureAgreement } from './agreement.ts';

/** What content/data/measures-coding/ holds, all published under /data/measures-coding/. */
export const CODING_FILES = [
  'codebook-as-given-to-coders.md',
  'coder-a.jsonl',
  'coder-a-notes.md',
  'coder-b.jsonl',
  'coder-b-notes.md',
  'adjudication.md',
] as const;

export const CODER_FILES = [
  'content/data/measures-coding/coder-a.jsonl',
  'content/data/measures-coding/coder-b.jsonl',
] as const;

function readCoder(file: string): CodedLines {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CodedLines[number]);
}

/** Agreement per measure over every reply either coder lists. */
export function readAgreement(): { rows: MeasureAgreement[]; replies: number } {
  const [first, second] = CODER_FILES.map(readCoder) as [CodedLines, CodedLines];
  const replies = [...new Set([...first, ...second].map((line) => line.submission))].sort();
  return { rows: agreement(first, second, replies), replies: replies.length };
}
