// Lighthouse with mobile settings on each kind of page a reader lands on.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLighthouse, type LighthouseScores } from '../../test-support/lighthouse.ts';
import { startStaticServer, type StaticServer } from '../../test-support/static-server.ts';

const PAGES: Record<string, string> = {
  home: '',
  respondent: 'states/el-salvador/',
  report: 'reports/a-73-112/',
  instrument: 'instruments/cwc/',
  search: 'search/?q=1540',
};

/**
 * The search page works out its first results on load, so its performance follows the machine's
 * load (Lighthouse's simulated 4× slower CPU stretches every task): its median of five runs
 * counts, as Lighthouse CI takes the median. Measured 2026-12-07 on this 2-core machine, the two
 * builds taking turns, ten runs each: before the page yielded between its steps on load and
 * prepared text without the per-character path, total blocking time median 210 ms (97–808),
 * performance 0.81–0.99; after, median 77 ms (5–282), performance 0.93–1.0.
 */
const PERFORMANCE_FLOOR = 0.95;

describe('Lighthouse (mobile)', () => {
  let server: StaticServer;
  let result: { scores: Record<string, LighthouseScores>; failedAudits: Record<string, string[]> };

  beforeAll(async () => {
    server = await startStaticServer('dist', '/');
    const present = Object.entries(PAGES).filter(([, path]) =>
      existsSync(`dist/${path.replace(/\?.*$/, '')}index.html`),
    );
    result = await runLighthouse(Object.fromEntries(present.map(([name, path]) => [name, `${server.url}${path}`])), {
      search: 5,
    });
  }, 240_000);
  afterAll(() => server?.close());

  it('scores performance ≥ 0.95 and accessibility, best practices and SEO 1.0 on every page kind', () => {
    expect(Object.keys(result.scores).length).toBeGreaterThanOrEqual(3);
    for (const [name, score] of Object.entries(result.scores)) {
      expect(score.performance, `${name}: ${result.failedAudits[name]}`).toBeGreaterThanOrEqual(PERFORMANCE_FLOOR);
      expect({
        name,
        accessibility: score.accessibility,
        bestPractices: score.bestPractices,
        seo: score.seo,
        failed: result.failedAudits[name],
      }).toEqual({
        name,
        accessibility: 1,
        bestPractices: 1,
        seo: 1,
        failed: [],
      });
    }
  });
});
