import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../../../test-support/real-corpus.ts';
import { namesOfQuery, normalizeNameQuery } from '../../vocabulary/name-forms.ts';
import type { NameFormEntry } from '../../vocabulary/parse-vocabulary.ts';
import { readVocabulary } from '../../vocabulary/read-vocabulary.ts';
import { resolutionNumber } from '../../labels.ts';
import { searchNames, sharedForms } from './search-names.ts';

const curated = readVocabulary().forms;

describe('resolution forms', () => {
  const forms = (symbol: string) => searchNames(realCorpus(), curated).find((name) => name.value === symbol)!.forms;

  it('covers the ways the texts, the press and readers write a Security Council resolution', () => {
    for (const form of [
      's/res/1540(2004)',
      's/res/1540',
      '1540',
      '1540(2004)',
      '第1540号',
      '第1540(2004)号',
      '第1540号决议',
      '1540决议',
      '1540号决议',
      '第1540(2004)号决议',
      '安全理事会第1540(2004)号决议',
      '安理会第1540号决议',
      'unscr1540',
      'securitycouncilresolution1540(2004)',
    ])
      expect(forms('S/RES/1540(2004)')).toContain(form);
    expect(forms('S/RES/1540(2004)')).not.toContain('2004');
    expect(resolutionNumber('S/RES/1540(2004)')).toBe('1540');
  });

  it('covers a General Assembly resolution', () => {
    expect(forms('A/RES/72/42')).toEqual(
      expect.arrayContaining(['a/res/72/42', '72/42', '第72/42号决议', '大会第72/42号决议', '72/42决议']),
    );
    expect(resolutionNumber('A/RES/72/42')).toBe('72/42');
  });

  it('gives a form with {year} only to a resolution that has a year', () => {
    const line: NameFormEntry = {
      target: { kind: 'resolution', body: 'A' },
      form: '第{n}({year})号决议',
      where: 'x',
      file: 'f',
      line: 1,
    };
    const names = searchNames(realCorpus(), [line]);
    expect(names.find((name) => name.value === 'A/RES/72/42')!.forms.some((form) => form.includes('()'))).toBe(false);
  });
});

describe('normalizeNameQuery', () => {
  it('ignores white space, width, case and title marks, inside too', () => {
    expect(normalizeNameQuery('《化学武器公约》')).toBe('化学武器公约');
    expect(normalizeNameQuery('《核材料实物保护公约》修正案')).toBe('核材料实物保护公约修正案');
    expect(normalizeNameQuery(' 第 1540 (2004) 号决议 ')).toBe('第1540(2004)号决议');
    expect(normalizeNameQuery('ＣＷＣ')).toBe('cwc');
  });
});

describe('no form names two things', () => {
  it('in the registries and the curated forms', () => {
    expect(sharedForms(searchNames(realCorpus(), curated))).toEqual([]);
  });

  it('and a form that would is found', () => {
    const clash: NameFormEntry = {
      target: { kind: 'instrument', id: 'npt' },
      form: '化学武器公约',
      where: 'x',
      file: 'f',
      line: 1,
    };
    expect(sharedForms(searchNames(realCorpus(), [clash]))).toEqual([
      { form: '化学武器公约', names: ['instrument:cwc', 'instrument:npt'] },
    ]);
  });
});

describe('names of queries in the real corpus', () => {
  const names = searchNames(realCorpus(), curated);
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

  it('finds the forms researchers use, which the texts do not print', () => {
    expect(only('核不扩散条约').value).toBe('npt');
    expect(only('禁止化学武器公约').value).toBe('cwc');
    expect(only('化武公约').value).toBe('cwc');
    expect(only('制止核恐怖主义公约').value).toBe('icsant');
    expect(only('1540决议').value).toBe('S/RES/1540(2004)');
    expect(only('《核材料实物保护公约》修正案').value).toBe('cppnm-amendment');
    expect(only('核材料实物保护公约 修正案').value).toBe('cppnm-amendment');
  });

  it('is nothing for a query that names nothing', () => {
    for (const query of ['核安全', '2004', '公约', '', '  ']) expect(namesOfQuery(names, query), query).toEqual([]);
  });
});
