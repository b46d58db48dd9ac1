// The project's own modules and what each imports: every relative import of a .ts, .mjs or
// .astro file (static, re-export, side-effect and dynamic), resolved to a file. For the
// tests that keep the code's layout honest: no import circles, browser code apart from build code.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const SOURCE_FILE = /\.(ts|mjs|astro)$/;

/** `from '…'`, `import '…'` and `import('…')`: the specifier of each. */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

/** Every source file under the folders, relative to the project, without node_modules or built output. */
export function sourceFiles(folders: readonly string[]): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      if (name === 'node_modules' || name.startsWith('.')) return [];
      if (statSync(path).isDirectory()) return walk(path);
      return SOURCE_FILE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
    });
  return folders.flatMap(walk).sort();
}

/** The project files a file imports (relative specifiers only; packages are not the project's). */
export function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const imported = new Set<string>();
  for (const match of text.matchAll(IMPORT)) {
    const specifier = match[1]!;
    if (specifier.startsWith('.')) imported.add(normalize(join(dirname(file), specifier.replace(/\?.*$/, ''))));
  }
  return [...imported];
}

/** File → the project files it imports. */
export function importGraph(folders: readonly string[]): Map<string, string[]> {
  return new Map(sourceFiles(folders).map((file) => [file, importsOf(file)]));
}

/** The strongly connected components of more than one file, or of one that imports itself: import circles (Tarjan). */
export function importCircles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || (graph.get(file) ?? []).includes(file)) circles.push(component.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return circles;
}
