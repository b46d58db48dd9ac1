// /data/datapackage.json and the CSV files it describes, as the build writes them, checked with
// Frictionless's own JavaScript library (npm datapackage): the descriptor against the Data
// Package profile it names, each CSV's header and values against its Table Schema.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Profile } from 'datapackage';
import { describe, expect, it } from 'vitest';
import { CSV_RESOURCES, dataPackage, type DataPackage } from '../src/lib/corpus/data-package.ts';
import { paragraphsCsv } from '../src/lib/corpus/paragraphs-csv.ts';
import { measuresCsv } from '../src/lib/corpus/measures-csv.ts';
import { measuresMatrixCsv } from '../src/lib/corpus/measures-matrix-csv.ts';
import { checkDataPackage } from '../test-support/check-data-package.ts';
import { realCorpus } from '../test-support/real-corpus.ts';

const require = createRequire(import.meta.url);
const corpus = realCorpus();
const FACTS = {
  id: 'https://example.org/data/datapackage.json',
  homepage: 'https://example.org/',
  version: '0.1.0',
  created: '2026-12-07T00:00:00Z',
};
const permalink = (submission: { id: string }, block: { id: string }) =>
  `https://example.org/replies/${submission.id}/#${block.id}`;

/**
 * The package and its CSV in a folder of their own. The build writes the CSV with a byte order
 * mark, for spreadsheet programs; frictionless-py strips it (it reads UTF-8 with a BOM as
 * utf-8-sig), but datapackage-js reads it into the first header ("\uFEFFreport"), so the CSV
 * is handed to it as frictionless-py reads it. tests/site/data-files.test.ts checks that the
 * built file is exactly the BOM and this text.
 */
function writePackage(descriptor: DataPackage, csv = paragraphsCsv(corpus, permalink)): string {
  const folder = mkdtempSync(join(tmpdir(), 'datapackage-'));
  writeFileSync(join(folder, 'datapackage.json'), JSON.stringify(descriptor));
  writeFileSync(join(folder, 'paragraphs.csv'), csv);
  writeFileSync(
    join(folder, 'measures.csv'),
    measuresCsv(corpus, (submission, anchor) => `https://example.org/replies/${submission.id}/#${anchor}`),
  );
  writeFileSync(join(folder, 'measures-matrix.csv'), measuresMatrixCsv(corpus));
  return join(folder, 'datapackage.json');
}

describe('the Data Package profile', () => {
  it('is the JSON Schema that ships in the npm package datapackage, not a copy of ours', async () => {
    const profile = await Profile.load('tabular-data-package');
    const shipped = JSON.parse(
      readFileSync(require.resolve('datapackage/lib/profiles/tabular-data-package.json'), 'utf8'),
    ) as { $schema: string; title: string };
    expect(profile.jsonschema).toEqual(shipped);
    expect(shipped.$schema).toBe('http://json-schema.org/draft-04/schema#');
    expect(shipped.title).toBe('Tabular Data Package');
  });
});

describe('datapackage.json', () => {
  const descriptor = dataPackage(corpus, FACTS);

  it('passes the profile it names, and describes every CSV with its Table Schema, licences and sources', async () => {
    const check = await checkDataPackage(writePackage(descriptor));
    expect(check.profileErrors).toEqual([]);
    expect(descriptor.resources.map((resource) => resource.path)).toEqual([
      'paragraphs.csv',
      'measures.csv',
      'measures-matrix.csv',
    ]);
    expect(descriptor.licenses.map((license) => license.path)).toEqual([
      'https://creativecommons.org/licenses/by/4.0/',
      'https://www.un.org/en/about-us/terms-of-use',
    ]);
    expect(descriptor.sources.map((source) => source.path)).toEqual([
      'https://undocs.org/zh/A/73/112',
      'https://undocs.org/zh/A/66/115',
    ]);
  });

  it('holds CSV files whose headers are their schemas’ fields and whose every value casts to its field', async () => {
    const check = await checkDataPackage(writePackage(descriptor));
    const blocks = corpus.submissions.reduce((sum, submission) => sum + submission.blocks.length, 0);
    const measures = corpus.submissions.reduce((sum, submission) => sum + submission.measures.length, 0);
    const fields = (index: number) => CSV_RESOURCES[index]!.schema.fields.map((field) => field.name);
    expect(check.resources).toEqual([
      { name: 'paragraphs', headers: fields(0), fields: fields(0), rows: blocks },
      { name: 'measures', headers: fields(1), fields: fields(1), rows: measures },
      { name: 'measures-matrix', headers: fields(2), fields: fields(2), rows: corpus.respondents.length },
    ]);
  });

  it('fails a descriptor without resources, a CSV whose header lacks a field, and a value its field forbids', async () => {
    const bare = await checkDataPackage(writePackage({ ...descriptor, resources: [] }));
    expect(bare.profileErrors.join('\n')).toMatch(/resources/);

    const csv = paragraphsCsv(corpus, permalink);
    const [header, first, ...rest] = csv.split('\r\n');
    const withoutPermalink = [header!.replace(/,permalink$/, ''), first, ...rest].join('\r\n');
    const lost = await checkDataPackage(writePackage(descriptor, withoutPermalink));
    expect(lost.resources[0]!.headers).not.toContain('permalink');
    expect(lost.resources[0]!.error).toBeDefined();

    const badPage = [header, first!.replace(/,[^,]*,([^,]*),(https:[^,]+)$/, ',x,$1,$2'), ...rest].join('\r\n');
    expect(badPage).not.toBe(csv);
    const bad = await checkDataPackage(writePackage(descriptor, badPage));
    expect(bad.resources[0]!.error).toMatch(/page|integer|cast/i);
  });
});

describe('paragraphs.csv', () => {
  const rows = paragraphsCsv(corpus, permalink).split('\r\n');

  it('gives each block its paragraph number, printed marker, page, the reply’s flags and its permalink', () => {
    expect(rows[0]).toBe(
      'report,respondent_id,name_en,name_zh,received,block_id,type,text,paragraph_number,printed_marker,page,flags,permalink',
    );
    const row = (reply: string, block: string) => rows.find((each) => each.includes(`${reply}/#${block}`))!;
    // Qatar 2018, its 20th block: printed "3." on page 10.
    expect(row('a-73-112-qatar', 'a-73-112-p20')).toMatch(
      /,20,3\.,10,,https:\/\/example\.org\/replies\/a-73-112-qatar\/#a-73-112-p20$/,
    );
    // NATO 2011, a summary: its first sub-heading has no number, no marker, no page.
    expect(row('a-66-115-nato', 'a-66-115-h1')).toMatch(/,,,,summary,https:[^,]+#a-66-115-h1$/);
    // UNODC 2018, cut off in the source text.
    expect(row('a-73-112-unodc', 'a-73-112-p1')).toMatch(/,1,,,truncated,https:/);
  });
});
