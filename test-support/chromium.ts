// Debian's chromium driven by playwright-core. Requests that leave the site's
// own origin are blocked and recorded, so a test can assert there were none.
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** `env`: added to this process's environment for the browser (e.g. FONTCONFIG_FILE). */
export function launchChromium(env: Record<string, string> = {}): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, env: { ...process.env, ...env } });
}

export interface GuardedContext {
  context: BrowserContext;
  /** URLs the pages tried to fetch from anywhere but the site. */
  foreignRequests: string[];
}

export async function siteOnlyContext(
  browser: Browser,
  siteUrl: string,
  options: { javaScriptEnabled?: boolean; bypassCSP?: boolean } = {},
): Promise<GuardedContext> {
  const origin = new URL(siteUrl).origin;
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    bypassCSP: options.bypassCSP ?? false,
  });
  const foreignRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  return { context, foreignRequests };
}
