// npm run measures:agreement: how far the two independent codings of the measures agree
// (content/data/measures-coding/coder-a.jsonl and coder-b.jsonl, as they were made), per measure
// at reply level: the table the README and the method page print.
import { readFileSync } from 'node:fs';
import { agreementTable } from '../src/lib/measures/agreement-table.ts';
import { agreement, type CodedLines } from '../src/lib/measures/agreement.ts';

const read = (file: string): CodedLines =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CodedLines[number]);

const first = read('content/data/measures-coding/coder-a.jsonl');
const second = read('content/data/measures-coding/coder-b.jsonl');
const replies = [...new Set([...first, ...second].map((line) => line.submission))].sort();
console.log(agreementTable(agreement(first, second, replies)));
