// The search page's script runs as soon as it has loaded, not after the whole page is parsed and
// laid out: it starts the search in the URL (index file, word chunks, cards) while the browser
// is still drawing the page, and waits for the page only to show the results. Astro writes
// every script it bundles as a deferred module and allows it no attributes, so after the build
// this moves the search page's own module script into its <head> with `async`. Its own script
// is the one module script the home page does not also have (the layout's).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';

const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;

/** The module scripts a page's HTML loads, by their src. */
export function moduleScripts(html: string): string[] {
  return [...html.matchAll(MODULE_SCRIPT)].map((match) => match[1]!);
}

/** The search page's HTML with its own script (the one `shared` does not list) loaded async from the head. */
export function withEarlyScript(html: string, shared: readonly string[]): string {
  const own = moduleScripts(html).filter((src) => !shared.includes(src));
  if (own.length !== 1)
    throw new Error(`early-search-script: expected one script of the search page's own, found ${own.length}`);
  const tag = `<script type="module" src="${own[0]}"></script>`;
  return html.replace(tag, '').replace('</head>', `<script type="module" async src="${own[0]}"></script></head>`);
}

export function earlySearchScript(): AstroIntegration {
  return {
    name: 'early-search-script',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const search = join(root, 'search/index.html');
        const shared = moduleScripts(readFileSync(join(root, 'index.html'), 'utf8'));
        writeFileSync(search, withEarlyScript(readFileSync(search, 'utf8'), shared));
        logger.info('search/index.html loads its script async, from its head');
      },
    },
  };
}
