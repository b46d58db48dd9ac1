// The data files as the built site serves them, checked against the JSON Schemas the site
// publishes beside them by a standard validator (Ajv): what a reader downloads is what is tested.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/lib/schema.ts';
import { jsonSchemaValidator } from '../../test-support/json-schema-validator.ts';
import { startStaticServer, type StaticServer } from '../../test-support/static-server.ts';
import { BUILDS } from '../../test-support/built-site.ts';
import { checkDataPackage } from '../../test-support/check-data-package.ts';
import { saveServedDataPackage } from '../../test-support/served-data-package.ts';

describe.each(BUILDS)('%s served at %s', (dir, base) => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(dir, base);
  });
  afterAll(() => server?.close());

  /** A published path, fetched as a reader would; the paths are written out, as papers cite them. */
  async function fetchJson(path: string): Promise<unknown> {
    const response = await fetch(new URL(path, server.url));
    expect(response.status, path).toBe(200);
    return response.json();
  }

  it('publishes corpus.schema.json, named by its own URL, and corpus.json passes it', async () => {
    const schema = (await fetchJson('data/corpus.schema.json')) as { $id: string };
    expect(new URL(schema.$id).pathname).toBe(`${base}data/corpus.schema.json`);
    expect(jsonSchemaValidator(schema)(await fetchJson('data/corpus.json'))).toEqual([]);
  });

  it('publishes a file for every reply of corpus.json, each passing reply.schema.json', async () => {
    const schema = (await fetchJson('data/reply.schema.json')) as { $id: string };
    expect(new URL(schema.$id).pathname).toBe(`${base}data/reply.schema.json`);
    const validateReply = jsonSchemaValidator(schema);
    const corpus = (await fetchJson('data/corpus.json')) as Corpus;
    for (const submission of corpus.submissions) {
      const file = (await fetchJson(`data/replies/${submission.id}.json`)) as { submission: unknown };
      expect(validateReply(file), submission.id).toEqual([]);
      expect(file.submission, submission.id).toEqual(submission);
    }
    expect(corpus.submissions.length).toBeGreaterThan(30);
  });

  it('publishes datapackage.json, named by its own URL, whose CSV files pass their Table Schemas as served', async () => {
    const { descriptor, descriptorPath, firstBytes } = await saveServedDataPackage(server.url);
    expect(new URL(descriptor.id).pathname).toBe(`${base}data/datapackage.json`);
    for (const resource of descriptor.resources) {
      // One byte order mark, for spreadsheet programs.
      expect(firstBytes[resource.path]!.slice(0, 3), resource.path).toEqual([0xef, 0xbb, 0xbf]);
      expect(firstBytes[resource.path]![3], resource.path).not.toBe(0xef);
    }
    const check = await checkDataPackage(descriptorPath);
    expect(check.profileErrors).toEqual([]);
    const corpus = (await fetchJson('data/corpus.json')) as Corpus;
    // Each file holds a row for each thing of corpus.json it lists.
    const expectedRows: Record<string, number> = {
      paragraphs: corpus.submissions.reduce((sum, submission) => sum + submission.blocks.length, 0),
      measures: corpus.submissions.reduce((sum, submission) => sum + submission.measures.length, 0),
      'measures-matrix': corpus.respondents.length,
    };
    expect(check.resources.map((resource) => resource.name).sort()).toEqual(Object.keys(expectedRows).sort());
    for (const resource of check.resources) {
      expect(resource.error, resource.name).toBeUndefined();
      expect(resource.headers, resource.name).toEqual(resource.fields);
      expect(resource.rows, resource.name).toBe(expectedRows[resource.name]);
    }
  });

  it("links a reply's data file from the reply's page", async () => {
    const html = await (await fetch(new URL('states/cuba/a-73-112/', server.url))).text();
    expect(html).toContain(
      `<link rel="alternate" type="application/json" href="${base}data/replies/a-73-112-cuba.json">`,
    );
  });
});
