// The built files: no broken internal link or anchor (linkinator), valid HTML (html-validate).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check, LinkState } from 'linkinator';
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';
import { startStaticServer, type StaticServer } from '../../test-support/static-server.ts';
import { BUILDS } from '../../test-support/built-site.ts';
import { htmlFiles } from '../../test-support/html-files.ts';

describe.each(BUILDS)('%s served at %s', (dir, base) => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(dir, base);
  });
  afterAll(() => server?.close());

  it('has no broken internal link or fragment', async () => {
    const origin = new URL(server.url).origin;
    const result = await check({
      path: server.url,
      recurse: true,
      checkFragments: true,
      concurrency: 8,
      linksToSkip: async (link) => !link.startsWith(origin),
    });
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.status} ${link.url} (on ${link.parent})`);
    expect(broken).toEqual([]);
    // It crawled the whole site, down to reply pages (fragments are checked on each; only broken ones are listed).
    const checked = result.links.map((link) => link.url);
    expect(checked).toEqual(
      expect.arrayContaining([
        `${server.url}states/el-salvador/a-66-115/`,
        `${server.url}organizations/nato/compare/`,
        `${server.url}data/corpus.json`,
      ]),
    );
  });
});

describe('HTML', () => {
  it('validates without errors (html-validate, recommended rules)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const files = htmlFiles('dist');
    const reports = await Promise.all(files.map((file) => validator.validateFile(file)));
    const failed = reports.filter((report) => !report.valid);
    const text = formatterFactory('text')(failed.flatMap((report) => report.results));
    expect(text).toBe('');
    expect(files.length).toBeGreaterThan(80);
  });
});
