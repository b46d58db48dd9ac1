// Build a corpus into its own folder and measure the build and what it produced.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
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
  // Every scale is built cold, from an empty cache of its own: otherwise a scale's time would depend
  // on which corpus the previous build left in Astro's cache.
  const cacheDir = `${outDir.replace(/\/$/, '')}-astro-cache`;
  rmSync(cacheDir, { recursive: true, force: true });
  const env = {
    ...process.env,
    CORPUS_ENTRIES: entriesDir,
    SITE_OUT_DIR: outDir,
    SITE_CACHE_DIR: cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
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
