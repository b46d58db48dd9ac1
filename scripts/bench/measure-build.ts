// Build a corpus into its own folder and measure the build and what it produced.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pageAssets, pageKind, type PageKind } from '../../src/lib/bench/page-kinds.ts';

export interface BuildFigures {
  replies: number;
  htmlPages: number;
  astroBuildMs: number;
  pagefindMs: number;
  totalBuildMs: number;
  distBytes: number;
  /** The search index: Pagefind's files and the result cards. */
  pagefindBytes: number;
  largestHtml: { path: string; bytes: number };
  largestByKind: Partial<Record<PageKind, { path: string; bytes: number }>>;
  cssBytesByKind: Partial<Record<PageKind, number>>;
  jsBytesByKind: Partial<Record<PageKind, number>>;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
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

export type DistFigures = Omit<BuildFigures, 'replies' | 'astroBuildMs' | 'pagefindMs' | 'totalBuildMs'>;

/** Sizes of what a build produced: total, Pagefind, largest pages, CSS and JS each page loads. */
export function analyzeDist(outDir: string): DistFigures {
  const files = filesUnder(outDir);
  const size = (file: string) => statSync(file).size;
  const html = files
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ path: relative(outDir, file), bytes: size(file), text: readFileSync(file, 'utf8') }));
  const largestByKind: BuildFigures['largestByKind'] = {};
  const cssBytesByKind: BuildFigures['cssBytesByKind'] = {};
  const jsBytesByKind: BuildFigures['jsBytesByKind'] = {};
  const assetBytes = (href: string) => size(join(outDir, href.replace(/^\/(?:[^/]+\/)*?(_astro|pagefind)\//, '$1/')));
  for (const page of html) {
    const kind = pageKind(page.path);
    if ((largestByKind[kind]?.bytes ?? -1) < page.bytes) largestByKind[kind] = { path: page.path, bytes: page.bytes };
    const assets = pageAssets(page.text);
    cssBytesByKind[kind] = Math.max(
      cssBytesByKind[kind] ?? 0,
      assets.inlineCssBytes + assets.css.reduce((sum, href) => sum + assetBytes(href), 0),
    );
    jsBytesByKind[kind] = Math.max(
      jsBytesByKind[kind] ?? 0,
      assets.js.reduce((sum, href) => sum + assetBytes(href), 0),
    );
  }
  const largest = html.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  return {
    htmlPages: html.length,
    distBytes: files.reduce((sum, file) => sum + size(file), 0),
    pagefindBytes: files
      .filter((file) => /^(pagefind|search\/cards)\//.test(relative(outDir, file)))
      .reduce((sum, file) => sum + size(file), 0),
    largestHtml: { path: largest.path, bytes: largest.bytes },
    largestByKind,
    cssBytesByKind,
    jsBytesByKind,
  };
}
