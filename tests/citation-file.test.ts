// The terms and the citation of the project as a whole, said in four places that must agree:
// LICENSE (the code), CITATION.cff (the site and dataset), the /about/ page and package.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_TERMS } from '../src/lib/schema.ts';

const read = (path: string) => readFileSync(path, 'utf8');
const packageJson = JSON.parse(read('package.json')) as { version: string };
const citation = read('CITATION.cff');
const about = read('content/pages/about.md');

/** A top-level "key: value" line of CITATION.cff. */
const cff = (key: string) => new RegExp(`^${key}: (.+)$`, 'm').exec(citation)?.[1];

describe('CITATION.cff', () => {
  it('has what the Citation File Format 1.2.0 requires, and the version of package.json', () => {
    expect(cff('cff-version')).toBe('1.2.0');
    expect(cff('message')).toBeDefined();
    expect(cff('title')).toBeDefined();
    expect(citation).toMatch(/^authors:\n {2}- name: \S/m);
    expect(cff('version')).toBe(packageJson.version);
    expect(cff('date-released')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('names the data’s licence and the code’s', () => {
    expect(citation).toMatch(/^license:\n {2}- CC-BY-4.0\n {2}- MIT$/m);
  });
});

describe('the /about/ page', () => {
  it('cites the dataset with the version and date of CITATION.cff', () => {
    expect(about).toContain(`版本 ${cff('version')}. ${cff('date-released')}[引用日期]`);
    const [year, month, day] = cff('date-released')!.split('-').map(Number);
    const english = new Date(Date.UTC(year!, month! - 1, day)).toLocaleDateString('en-US', {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    });
    expect(about).toContain(`Version ${cff('version')}. Dataset. Released ${english}.`);
  });

  it('states the terms the data files carry: the UN’s for the text, CC BY 4.0 for this site’s work, MIT for the code', () => {
    expect(about).toContain(DATA_TERMS.reportsTextTerms);
    expect(about).toContain(DATA_TERMS.curationLicenseUrl);
    expect(about).toContain('MIT');
  });
});

describe('LICENSE', () => {
  it('is the MIT licence for the code, and leaves the reports’ text and the curated data to their own terms', () => {
    const license = read('LICENSE');
    expect(license.split('\n')[0]).toBe('MIT License');
    expect(license).toContain('Permission is hereby granted, free of charge');
    expect(license).toContain(DATA_TERMS.curationLicenseUrl);
  });
});
