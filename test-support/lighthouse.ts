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

interface PageRun {
  scores: LighthouseScores;
  failedAudits: string[];
}

/**
 * Scores from 0 to 1 for each named URL, plus the ids of audits that did not pass in full.
 * `runs[name]` runs a page that many times and keeps the run of median performance, as
 * Lighthouse CI does: a page that works on load (the search) varies with the machine's load.
 */
export async function runLighthouse(
  urls: Record<string, string>,
  runs: Record<string, number> = {},
): Promise<{ scores: Record<string, LighthouseScores>; failedAudits: Record<string, string[]> }> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_FLAGS,
  });
  const scores: Record<string, LighthouseScores> = {};
  const failedAudits: Record<string, string[]> = {};
  const runOnce = async (url: string): Promise<PageRun> => {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    return {
      scores: {
        performance: categories['performance']?.score ?? 0,
        accessibility: categories['accessibility']?.score ?? 0,
        bestPractices: categories['best-practices']?.score ?? 0,
        seo: categories['seo']?.score ?? 0,
      },
      failedAudits: Object.values(audits)
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
        .map((audit) => audit.id),
    };
  };
  try {
    for (const [name, url] of Object.entries(urls)) {
      const all: PageRun[] = [];
      for (let run = 0; run < (runs[name] ?? 1); run++) all.push(await runOnce(url));
      const median = all.sort((a, b) => a.scores.performance - b.scores.performance)[Math.floor(all.length / 2)]!;
      scores[name] = median.scores;
      failedAudits[name] = median.failedAudits;
    }
  } finally {
    chrome.kill();
  }
  return { scores, failedAudits };
}
