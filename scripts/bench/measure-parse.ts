// Parse time (median of repeated runs, in process, after a warm-up) and peak memory (in a child process).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { decodeSource } from '../../src/lib/parse/decode-source.ts';
import { parseReport } from '../../src/lib/parse/parse-report.ts';
import { median, round } from '../../test-support/stats.ts';
import { readReportEntries, readRespondents } from '../../src/lib/corpus/read-sources.ts';

export interface ParseFigures {
  runs: number;
  perReportMs: Record<string, number>;
  bothReportsMs: number;
  peakRssMB: number;
}

export function measureParse(runs = 30): ParseFigures {
  const respondents = readRespondents();
  const reports = readReportEntries().map((entry) => ({ ...entry, bytes: readFileSync(entry.file) }));
  const parseOne = (report: (typeof reports)[number]) =>
    parseReport(decodeSource(report.bytes, report.file), {
      file: report.file,
      symbol: report.symbol,
      title: report.title,
      sha256: '',
      respondents,
    });
  for (let warm = 0; warm < 5; warm++) reports.forEach(parseOne);

  const perReport: Record<string, number[]> = {};
  const both: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    for (const report of reports) {
      const t0 = performance.now();
      parseOne(report);
      (perReport[report.symbol] ??= []).push(performance.now() - t0);
    }
    both.push(performance.now() - start);
  }
  const child = JSON.parse(execFileSync(process.execPath, ['scripts/bench/parse-once.ts'], { encoding: 'utf8' })) as {
    maxRssBytes: number;
  };
  return {
    runs,
    perReportMs: Object.fromEntries(
      Object.entries(perReport).map(([symbol, times]) => [symbol, round(median(times), 2)]),
    ),
    bothReportsMs: round(median(both), 2),
    peakRssMB: round(child.maxRssBytes / 1024 / 1024, 1),
  };
}
