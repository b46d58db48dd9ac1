// npm run measures:agreement: how far the two independent codings of the measures agree
// (content/data/measures-coding/coder-a.jsonl and coder-b.jsonl, as they were made), per measure
// at reply level: the table the README and the method page print.
import { agreementTable } from '../src/lib/measures/agreement-table.ts';
import { readAgreement } from '../src/lib/measures/read-agreement.ts';

console.log(agreementTable(readAgreement().rows));
