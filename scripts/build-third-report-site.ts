// For the tests: add a third report to a copy of the project exactly as the README's
// "Adding a report" says, with no code change, and build it (bench/third/project/dist/).
// Each step's command, exit status and output go to bench/third/steps.json for
// tests/site/third-report.test.ts to check; a failing step stops the script with its output.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { synthesizeThirdReport, THIRD_REPORT } from '../test-support/third-report.ts';

const WORK = 'bench/third';
const PROJECT = join(WORK, 'project');
/** What a clone holds that a build reads; node_modules is found one folder up and up, as Node looks for it. */
const COPIED = [
  'src',
  'content',
  'public',
  'scripts',
  'test-support',
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
];

interface Step {
  command: string;
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[]): Step {
  // A fresh build's environment: no SITE_URL or output folder set by whoever runs the tests.
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const name of ['SITE_OUT_DIR', 'SITE_BASE', 'CORPUS_ENTRIES', 'SITE_URL', 'SITE_PAGE_BUDGET', 'SITE_CACHE_DIR'])
    delete env[name];
  const result = spawnSync(command, args, { cwd: PROJECT, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const step = {
    command: [command, ...args].join(' '),
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
  };
  if (step.status !== 0) {
    process.stderr.write(
      `${step.command} failed (${step.status}):\n${step.stdout.slice(-4000)}${step.stderr.slice(-4000)}\n`,
    );
    process.exit(1);
  }
  return step;
}

rmSync(WORK, { recursive: true, force: true });
mkdirSync(PROJECT, { recursive: true });
for (const entry of COPIED) cpSync(entry, join(PROJECT, entry), { recursive: true });
// The copy's entries are what the steps below write; the ones copied along would hide a step that did nothing.
rmSync(join(PROJECT, 'content/entries'), { recursive: true });

// 1. Put the Chinese text in content/sources/.
const source = readFileSync(THIRD_REPORT.from.file, 'utf8');
writeFileSync(join(PROJECT, THIRD_REPORT.file), synthesizeThirdReport(source));

// 2. Add it to content/data/reports.json.
const reportsFile = join(PROJECT, 'content/data/reports.json');
const reports = JSON.parse(readFileSync(reportsFile, 'utf8')) as { symbol: string; file: string; title: string }[];
reports.push({ symbol: THIRD_REPORT.symbol, file: THIRD_REPORT.file, title: reports[0]!.title });
writeFileSync(reportsFile, JSON.stringify(reports, null, 2) + '\n');

// 3. and 4. Parse it, write the entries, build.
const steps = [
  run('npm', ['run', 'parse', '--', THIRD_REPORT.file]),
  run('npm', ['run', 'entries']),
  run('npm', ['run', 'build']),
];
writeFileSync(join(WORK, 'steps.json'), JSON.stringify(steps, null, 2));
console.log(`third report: ${steps.map((step) => step.command).join(', ')}: built ${PROJECT}/dist`);
