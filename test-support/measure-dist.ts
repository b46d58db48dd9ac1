// What a build produced: its size, the largest page of each kind, the CSS and JavaScript each page loads.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pageAssets, pageKind, type PageKind } from './page-kinds.ts';

export interface DistFigures {
  htmlPages: number;
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

/** Sizes of what a build produced: total, Pagefind, largest pages, CSS and JS each page loads. */
export function analyzeDist(outDir: string): DistFigures {
  const files = filesUnder(outDir);
  const size = (file: string) => statSync(file).size;
  const html = files
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ path: relative(outDir, file), bytes: size(file), text: readFileSync(file, 'utf8') }));
  const largestByKind: DistFigures['largestByKind'] = {};
  const cssBytesByKind: DistFigures['cssBytesByKind'] = {};
  const jsBytesByKind: DistFigures['jsBytesByKind'] = {};
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
