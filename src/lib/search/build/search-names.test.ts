import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../../../test-support/real-corpus.ts';
import { namesOfQuery, normalizeNameQuery, resolutionForms, resolutionNumber, searchNames } from './search-names.ts';

describe('resolution forms', () => {
  it('covers the ways the texts and readers write a Security Council resolution', () => {
    const forms = resolutionForms('S/RES/1540(2004)');
    for (const form of [
      's/res/1540(2004)',
      's/res/1540',
      '1540',
      '1540(2004)',
      '第1540号',
      '第1540(2004)号',
      '第1540号决议',
      '第1540(2004)号决议',
      '安全理事会第1540(2004)号决议',
      '安理会第1540号决议',
    ])
      expect(forms).toContain(form);
    expect(forms).not.toContain('2004');
    expect(resolutionNumber('S/RES/1540(2004)')).toBe('1540');
  });

  it('covers a General Assembly resolution', () => {
    expect(resolutionForms('A/RES/72/42')).toEqual(
      expect.arrayContaining(['a/res/72/42', '72/42', '第72/42号决议', '大会第72/42号决议']),
    );
    expect(resolutionNumber('A/RES/72/42')).toBe('72/42');
  });
});

describe('normalizeNameQuery', () => {
  it('ignores white space, width, case and title marks around the query', () => {
    expect(normalizeNameQuery('《化学武器公约》')).toBe('化学武器公约');
    expect(normalizeNameQuery(' 第 1540 (2004) 号决议 ')).toBe('第1540(2004)号决议');
    expect(normalizeNameQuery('ＣＷＣ')).toBe('cwc');
  });
});

describe('names of queries in the real corpus', () => {
  const names = searchNames(realCorpus());
  const only = (query: string) => {
    const found = namesOfQuery(names, query);
    expect(found, query).toHaveLength(1);
    return found[0]!;
  };

  it('finds the Chemical Weapons Convention under its short title, its long title and its acronym, with every reply that cites it', () => {
    const cwc = only('化学武器公约');
    expect(cwc.value).toBe('cwc');
    // Cuba and CARICOM use only the long title; the others the short one.
    expect(cwc.replies).toEqual([
      'a-73-112-cuba',
      'a-73-112-qatar',
      'a-73-112-eu',
      'a-73-112-interpol',
      'a-66-115-african-union',
      'a-66-115-caricom',
      'a-66-115-oceania-customs-organisation',
      'a-66-115-opcw',
    ]);
    expect(only('《关于禁止发展、生产、储存和使用化学武器及销毁此种武器的公约》').value).toBe('cwc');
    expect(only('CWC').value).toBe('cwc');
    expect(cwc.page).toBe('/instruments/cwc/');
  });

  it('keeps the TPNW and the Treaty of Tlatelolco apart', () => {
    expect(only('禁止核武器条约').value).toBe('tpnw');
    expect(only('拉丁美洲禁止核武器条约').value).toBe('tlatelolco');
  });

  it('finds resolution 1540 (2004) however it is asked for', () => {
    for (const query of ['1540', '第 1540 (2004) 号决议', '第1540号决议', 'S/RES/1540(2004)', 's/res/1540 (2004)'])
      expect(only(query).value, query).toBe('S/RES/1540(2004)');
    expect(only('1540').label).toEqual({
      zh: '安全理事会第1540(2004)号决议',
      en: 'Security Council resolution 1540 (2004)',
    });
    expect(only('1540').replies).toHaveLength(16);
  });

  it('finds organizations under every name, including replies that use only the other one', () => {
    const nato = only('北约');
    expect(nato.value).toBe('nato');
    expect(only('北大西洋公约组织')).toBe(nato);
    expect(only('NATO')).toBe(nato);
    // UNODC's 2018 reply says 北大西洋公约组织 and 国际刑事警察组织, never 北约 or 国际刑警组织.
    expect(nato.replies).toContain('a-73-112-unodc');
    const interpol = only('国际刑警组织');
    expect(interpol.value).toBe('interpol');
    expect(interpol.replies).toEqual(
      expect.arrayContaining([
        'a-73-112-unodc',
        'a-73-112-eu',
        'a-66-115-russian-federation',
        'a-66-115-league-of-arab-states',
      ]),
    );
  });

  it('is nothing for a query that names nothing', () => {
    for (const query of ['核安全', '2004', '公约', '', '  ']) expect(namesOfQuery(names, query), query).toEqual([]);
  });
});
