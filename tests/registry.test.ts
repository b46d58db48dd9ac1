// The curated respondents registry: ids, names and codes a paper may cite.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import countries from 'i18n-iso-countries';
import { respondents } from '../test-support/parse-sources.ts';
import { normalizeName } from '../src/lib/parse/identify-respondent.ts';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

describe('content/data/respondents.json', () => {
  const registry = respondents();

  it('gives every state a real ISO 3166-1 alpha-3 code whose English name matches', () => {
    for (const state of registry.filter((entry) => entry.kind === 'state')) {
      expect(countries.isValid(state.iso3 ?? ''), state.id).toBe(true);
      const official = countries.getName(state.iso3!, 'en', { select: 'all' }) ?? [];
      expect(
        official.some((name) => name === state.name.en || name.startsWith(state.name.en)),
        `${state.id}: ${official.join(' / ')}`,
      ).toBe(true);
    }
  });

  it('says for every organization whether it is in the UN system, and gives no state that flag', () => {
    for (const entry of registry) {
      if (entry.kind === 'organization') expect(typeof entry.unSystem, entry.id).toBe('boolean');
      else expect(entry.unSystem, entry.id).toBeUndefined();
    }
  });

  it('has unique ids and no alias shared by two respondents', () => {
    expect(new Set(registry.map((entry) => entry.id)).size).toBe(registry.length);
    const aliases = registry.flatMap((entry) => entry.aliases.map(normalizeName));
    expect(new Set(aliases).size).toBe(aliases.length);
  });

  it('lists each Chinese name among its aliases', () => {
    for (const entry of registry) expect(entry.aliases, entry.id).toContain(entry.name.zh);
  });
});
