// Lighthouse (mobile settings, its defaults) against Debian's chromium, started as the browser tests start it.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

/** Scores from 0 to 1 for each named URL, plus the ids of audits that did not pass in full. */
export async function runLighthouse(
  urls: Record<string, string>,
): Promise<{ scores: Record<string, LighthouseScores>; failedAudits: Record<string, string[]> }> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_FLAGS,
  });
  const scores: Record<string, LighthouseScores> = {};
  const failedAudits: Record<string, string[]> = {};
  try {
    for (const [name, url] of Object.entries(urls)) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
      const { categories, audits } = result.lhr;
      scores[name] = {
        performance: categories['performance']?.score ?? 0,
        accessibility: categories['accessibility']?.score ?? 0,
        bestPractices: categories['best-practices']?.score ?? 0,
        seo: categories['seo']?.score ?? 0,
      };
      failedAudits[name] = Object.values(audits)
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
        .map((audit) => audit.id);
    }
  } finally {
    chrome.kill();
  }
  return { scores, failedAudits };
}
