// A built site as the browser tests open it: served, with chromium, a context that may
// fetch only from the site, one that lets axe-core be injected, and the site's corpus.json.
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { CorpusSchema, type Corpus } from '../src/lib/schema.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';
import { launchChromium, siteOnlyContext, type GuardedContext } from './chromium.ts';

/** The two builds npm test makes of today's reports: at the root, and under a sub-path. */
export const BUILDS = [
  ['dist', '/'],
  ['dist-sub', '/sub/'],
] as const;

export interface BuiltSite {
  server: StaticServer;
  browser: Browser;
  guarded: GuardedContext;
  /** Bypasses the site's CSP, which forbids the inline script axe-core is injected as. */
  axeContext: GuardedContext;
  corpus: Corpus;
  close: () => Promise<void>;
}

export async function openBuiltSite(dir = 'dist', base = '/'): Promise<BuiltSite> {
  if (!existsSync(`${dir}/index.html`)) throw new Error(`${dir}/ is missing: run \`npm test\`, which builds it`);
  const server = await startStaticServer(dir, base);
  const browser = await launchChromium();
  const guarded = await siteOnlyContext(browser, server.url);
  const axeContext = await siteOnlyContext(browser, server.url, { bypassCSP: true });
  const corpus = CorpusSchema.parse(await (await fetch(`${server.url}data/corpus.json`)).json());
  const close = async () => {
    await browser.close();
    await server.close();
  };
  return { server, browser, guarded, axeContext, corpus, close };
}
