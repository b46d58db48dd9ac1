import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findInOriginal, mayContain, normalizeForSearch, normalizeWithOffsets } from './normalize.ts';

describe('normalizeForSearch', () => {
  it('ignores white space, full and half width, and case', () => {
    expect(normalizeForSearch('2018 年 4 月')).toBe('2018年4月');
    expect(normalizeForSearch('第 1540 (2004)号')).toBe('第1540(2004)号');
    expect(normalizeForSearch('１５４０（２００４）')).toBe('1540(2004)');
    expect(normalizeForSearch('ＣＦＳＰ and Cfsp')).toBe('cfspandcfsp');
    expect(normalizeForSearch('核\u3000安\u200b全\n')).toBe('核安全');
  });

  it('keeps Chinese punctuation that has no half-width form, and the rest of the text', () => {
    expect(normalizeForSearch('核、化学。')).toBe('核、化学。');
    expect(normalizeForSearch('《公约》')).toBe('《公约》');
  });

  it('composes a letter with the marks that follow it, as a query typed in one piece would be', () => {
    expect(normalizeForSearch('Cafe\u0301')).toBe(normalizeForSearch('Café'));
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        (text) => normalizeForSearch(normalizeForSearch(text)) === normalizeForSearch(text),
      ),
    );
  });
});

describe('normalizeWithOffsets and findInOriginal', () => {
  it('maps a match in the normalized text back to the text as printed', () => {
    const text = '从 2008 年 10 月至 2018 年 4 月 15 日';
    const [range] = findInOriginal(normalizeWithOffsets(text), normalizeForSearch('2018年4月'));
    expect(text.slice(...range!)).toBe('2018 年 4 月');
  });

  it('marks full-width text matched by a half-width query', () => {
    const text = '海关处理的贸易量达 98％。';
    const [range] = findInOriginal(normalizeWithOffsets(text), normalizeForSearch('98%'));
    expect(text.slice(...range!)).toBe('98％');
  });

  it('finds every occurrence, overlapping ones included', () => {
    expect(findInOriginal(normalizeWithOffsets('aaa'), 'aa')).toEqual([
      [0, 2],
      [1, 3],
    ]);
  });

  it('gives the normalized text of normalizeForSearch, for any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        (text) => normalizeWithOffsets(text).text === normalizeForSearch(text),
      ),
    );
  });

  it('finds a substring of any text where normalizeForSearch says it is', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), fc.nat(), fc.nat(), (text, a, b) => {
        const [from, to] = [a % text.length, b % text.length].sort((x, y) => x - y);
        const needle = normalizeForSearch(text.slice(from!, to! + 1));
        if (!needle || !normalizeForSearch(text).includes(needle)) return true;
        return findInOriginal(normalizeWithOffsets(text), needle).length > 0;
      }),
    );
  });

  it('maps each character of a text in the common characters to the one it came from', () => {
    const pieces = fc.constantFrom(
      '核',
      '保',
      '安',
      '《',
      '》',
      '、',
      '，',
      '（',
      '）',
      'Ａ',
      '７',
      'a',
      'Z',
      '1',
      '“',
      '—',
      ' ',
      '\n',
      '\u3000',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (characters) => {
        const original = characters.join('');
        const { text, starts, ends } = normalizeWithOffsets(original);
        return [...text].every(
          (character, at) => normalizeForSearch(original.slice(starts[at], ends[at])) === character,
        );
      }),
    );
  });

  it('is the character-by-character definition, for any mix of Chinese, ASCII, full-width forms, marks and spaces', () => {
    // The definition without the shortcut for common characters (normalize.ts, STABLE).
    const byDefinition = (original: string): string => {
      const group = (text: string) => text.normalize('NFKC').toLowerCase().normalize('NFKC');
      const settle = (text: string): string => {
        const next = [...group(text)].filter((character) => !/[\s\p{Cf}]/u.test(character)).join('');
        return next === text ? text : settle(next);
      };
      const apart = (before: string, after: string) =>
        group(before + after) === group(before) + group(after) &&
        settle(settle(before) + settle(after)) === settle(before) + settle(after);
      const groups: string[] = [];
      for (const character of original) {
        if (/[\s\p{Cf}]/u.test(character)) continue;
        groups.push(character);
        while (groups.length > 1 && !apart(groups.at(-2)!, groups.at(-1)!)) {
          const after = groups.pop()!;
          groups.push(groups.pop()! + after);
        }
      }
      return groups.map(settle).join('');
    };
    const pieces = fc.constantFrom(
      '核',
      '安',
      '全',
      '〈',
      '〉',
      '、',
      '。',
      '《',
      '》',
      'A',
      'z',
      'Σ',
      'ς',
      'İ',
      'ﬁ',
      'Ａ',
      '１',
      '（',
      '，',
      '＝',
      '\u0338',
      '“',
      '—',
      '•',
      'ｶ',
      'ﾞ',
      '\u0301',
      '\u0308',
      '\u3099',
      'ᄀ',
      'ᅡ',
      'ᆨ',
      ' ',
      '\u3000',
      '\u200b',
      '㍿',
      '①',
      'e',
      'u',
      'o',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 24 }), (characters) => {
        const text = characters.join('');
        return normalizeWithOffsets(text).text === byDefinition(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('says a text may contain a needle whenever its normalized text does, and exactly so for Chinese, ASCII, full-width punctuation and spaces', () => {
    const pieces = fc.constantFrom(
      '核',
      '安',
      '全',
      '〈',
      '、',
      '。',
      '《',
      'A',
      'z',
      'Σ',
      'İ',
      'ﬁ',
      'Ａ',
      '１',
      '（',
      '，',
      '“',
      'ｶ',
      'ﾞ',
      '\u0301',
      '\u3099',
      ' ',
      '\n',
      '\u3000',
      '\u200b',
      '①',
      'e',
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 20 }),
        fc.array(pieces, { minLength: 1, maxLength: 4 }),
        (characters, needleCharacters) => {
          const text = characters.join('');
          const needle = normalizeForSearch(needleCharacters.join(''));
          const contains = normalizeForSearch(text).includes(needle);
          const simple = /^[核安全〈、。《AzeＡ１（，“ \n\u3000]*$/.test(text);
          return simple ? mayContain(text, needle) === contains : mayContain(text, needle) || !contains;
        },
      ),
      { numRuns: 3000 },
    );
    expect(mayContain('第 1540 (2004)号决议', '1540(2004)')).toBe(true);
    expect(mayContain('第 1540 (2004)号决议', '1541')).toBe(false);
    expect(mayContain('ＣＷＣ公约', 'cwc')).toBe(true);
  });
});
