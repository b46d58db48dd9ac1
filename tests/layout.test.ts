// The code's layout, as a newcomer reads it: no two modules need each other, and the files and
// folders the README and the comments name are there.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCircles, importGraph, sourceFiles } from '../test-support/import-graph.ts';

const CODE = ['src', 'scripts', 'tests', 'test-support'];

describe('imports', () => {
  it('finds a circle where there is one (the check itself)', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(importCircles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  it('form no circle anywhere in src/, scripts/, tests/ or test-support/', () => {
    const graph = importGraph(CODE);
    expect(graph.size).toBeGreaterThan(200);
    expect(importCircles(graph)).toEqual([]);
  });

  it('keep the search by role: the page’s scripts through the engine’s one door, build and browser code apart', () => {
    const graph = importGraph(CODE);
    const search = 'src/lib/search/';
    const crossings = [...graph].flatMap(([file, imports]) =>
      imports
        .filter(
          (path) =>
            (file.startsWith('src/scripts/') && path.startsWith(search) && path !== `${search}engine/index.ts`) ||
            (file.startsWith(`${search}engine/`) && path.startsWith(`${search}build/`)) ||
            (file.startsWith(`${search}build/`) && path.startsWith(`${search}engine/`)),
        )
        .map((path) => `${file} → ${path}`),
    );
    expect(crossings).toEqual([]);
  });

  it('all lead to files that exist', () => {
    const missing = [...importGraph(CODE)].flatMap(([file, imports]) =>
      imports.filter((path) => !existsSync(path)).map((path) => `${file} → ${path}`),
    );
    expect(missing).toEqual([]);
  });
});

/** Paths from the project's root that a text names: src/lib/urls.ts, content/data/, test-support/. */
const ROOTED_PATH = /(?<![\w/.-])(?:src|scripts|tests|test-support|content|public|bench)\/[\w\-./[\]]*/g;
/** A code file named bare: search-units.ts, BaseLayout.astro. */
const BARE_FILE = /(?<![\w/.-])[\w-]+\.(?:ts|astro|mjs)\b/g;
/** Placeholders and output, not files to find: A-NN-NNN, {id}, <case>, bench/out/. */
const NOT_A_FILE = /NN|[{<*…]|^bench\/(out|third|corpora|hostile)|^content\/sources\/x\.txt/;

function namedPaths(text: string): { rooted: string[]; bare: string[] } {
  const trim = (path: string) => path.replace(/[.,;:)]+$/, '');
  return {
    rooted: [...text.matchAll(ROOTED_PATH)].map((match) => trim(match[0])).filter((path) => !NOT_A_FILE.test(path)),
    bare: [...text.matchAll(BARE_FILE)].map((match) => match[0]),
  };
}

/** The comments of a code file: what a reader takes for its documentation. */
function comments(text: string): string {
  return [...text.matchAll(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->/g)].map((match) => match[0]).join('\n');
}

describe('the README and the comments', () => {
  const files = sourceFiles(CODE);
  const names = new Set([...files, ...sourceFiles(['content'])].map((file) => basename(file)));
  const texts = [
    { file: 'README.md', text: readFileSync('README.md', 'utf8') },
    ...sourceFiles(['content/pages']).map((file) => ({ file, text: readFileSync(file, 'utf8') })),
    ...files.map((file) => ({ file, text: comments(readFileSync(file, 'utf8')) })),
  ];

  it('name only files and folders that exist', () => {
    const stale = texts.flatMap(({ file, text }) => {
      const { rooted, bare } = namedPaths(text);
      return [
        ...rooted.filter((path) => !existsSync(path)).map((path) => `${file}: ${path}`),
        ...bare.filter((name) => !names.has(name)).map((name) => `${file}: ${name}`),
      ];
    });
    expect([...new Set(stale)]).toEqual([]);
  });
});
