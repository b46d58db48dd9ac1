// Build a corpus into its own folder and measure the build and what it produced.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeDist, type DistFigures } from '../../test-support/measure-dist.ts';

export interface BuildFigures extends DistFigures {
  replies: number;
  astroBuildMs: number;
  pagefindMs: number;
  totalBuildMs: number;
}

function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export function measureBuild(entriesDir: string, outDir: string): BuildFigures {
  const env = { ...process.env, CORPUS_ENTRIES: entriesDir, SITE_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' };
  const astroBuildMs = timed(() =>
    execFileSync('node_modules/.bin/astro', ['build', '--silent'], { env, stdio: 'ignore' }),
  );
  const pagefindMs = timed(() =>
    execFileSync(process.execPath, ['scripts/index-search.ts', outDir], { env, stdio: 'ignore' }),
  );
  return {
    replies: readdirSync(join(entriesDir, 'submissions')).length,
    astroBuildMs: Math.round(astroBuildMs),
    pagefindMs: Math.round(pagefindMs),
    totalBuildMs: Math.round(astroBuildMs + pagefindMs),
    ...analyzeDist(outDir),
  };
}
