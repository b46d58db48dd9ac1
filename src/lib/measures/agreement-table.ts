// The agreement figures as the README and the method page print them: a Markdown table, a
// measure a row, with both coders' counts, percent agreement and Cohen's kappa.
import { measureOf } from './codebook.ts';
import type { MeasureAgreement } from './agreement.ts';

export function agreementTable(rows: readonly MeasureAgreement[]): string {
  const lines = rows.map(
    (row) =>
      `| ${measureOf(row.measure).zh} \`${row.measure}\` | ${row.first} | ${row.second} | ${row.both} | ${(row.percent * 100).toFixed(1)}% | ${row.kappa.toFixed(2)} |`,
  );
  return [
    '| measure | coder A | coder B | both | agreement | κ |',
    '| --- | --- | --- | --- | --- | --- |',
    ...lines,
  ].join('\n');
}
