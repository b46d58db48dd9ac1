// npm run bench: measure, print a table, write bench/results.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, platform, release } from 'node:os';
import { formatTable } from '../src/lib/bench/stats.ts';
import { measureParse } from './bench/measure-parse.ts';

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGB: Math.round(totalmem() / 1024 ** 3),
  os: `${platform()} ${release()}`,
  node: process.version,
};

const parse = measureParse();
const results = { date: new Date().toISOString(), machine, parse };

console.log(`Benchmark on ${machine.cpu} (${machine.cores} cores, ${machine.memoryGB} GB), ${machine.os}, Node ${machine.node}\n`);
console.log(
  formatTable([
    ...Object.entries(parse.perReportMs).map(([symbol, ms]): [string, string] => [`parse ${symbol} (median of ${parse.runs})`, `${ms} ms`]),
    [`parse both reports (median of ${parse.runs})`, `${parse.bothReportsMs} ms`],
    ['parse peak memory (RSS, child process)', `${parse.peakRssMB} MB`],
  ]),
);
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
console.log('\nwrote bench/results.json');
