import { describe, expect, it } from 'vitest';
import { characterToken, phraseQuery, recordContent, searchTokens, UNIT_SEPARATOR } from './tokens.ts';
import { normalizeForSearch } from './normalize.ts';

describe('Pagefind tokens', () => {
  it('keeps Chinese characters, a-z and 0-9, and spells everything else as x + hex', () => {
    expect(searchTokens(normalizeForSearch('第 1540 (2004)号，72/42、CFSP'))).toEqual([
      '第',
      '1',
      '5',
      '4',
      '0',
      'x28',
      '2',
      '0',
      '0',
      '4',
      'x29',
      '号',
      'x2c',
      '7',
      '2',
      'x2f',
      '4',
      '2',
      'x3001',
      'c',
      'f',
      's',
      'p',
    ]);
  });

  it('gives Pagefind only words it indexes as they are: lower-case letters and digits', () => {
    for (const character of ['é', 'ß', 'Ω', '〇', '\u{20000}', '①', '-', '_'])
      expect(characterToken(character), character).toMatch(/^(x[0-9a-f]+|[a-z0-9]|[\u3400-\u4dbf\u4e00-\u9fff])$/);
    expect(characterToken('_')).toBe('x5f');
  });

  it('quotes the query so that Pagefind matches its characters next to each other only', () => {
    expect(phraseQuery('核安全')).toBe('"核 安 全"');
    expect(phraseQuery('')).toBe('');
  });

  it('keeps paragraphs apart with a separator that is no word', () => {
    expect(recordContent(['古巴', '核安全'])).toBe(`古 巴 ${UNIT_SEPARATOR} 核 安 全`);
    expect(characterToken(UNIT_SEPARATOR)).not.toBe(UNIT_SEPARATOR);
  });
});
