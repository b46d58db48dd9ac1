import { describe, expect, it } from 'vitest';
import { parseQuery } from './parse-query.ts';
import { belongTogether } from './join-words.ts';

/** Each clause's terms as searched, and each excluded term; the hints' codes. */
function reading(query: string): { terms: string[]; excluded: string[]; hints: string[] } {
  const parsed = parseQuery(query);
  return {
    terms: parsed.clauses.flat().map((term) => `${term.kind}:${term.normalized}`),
    excluded: parsed.excluded.map((term) => term.normalized),
    hints: parsed.hints.map((hint) => hint.code),
  };
}

describe('the forms people type', () => {
  it('reads AND as nothing more than the space, and +term as a term that must occur', () => {
    expect(reading('核安全 AND 出口管制')).toEqual({
      terms: ['word:核安全', 'word:出口管制'],
      excluded: [],
      hints: [],
    });
    expect(reading('核安全 +出口管制')).toEqual(reading('核安全 出口管制'));
    expect(reading('核安全 ＋出口管制')).toEqual(reading('核安全 出口管制'));
    expect(reading('核安全 ＡＮＤ 出口管制')).toEqual(reading('核安全 出口管制'));
  });

  it('reads NOT as a minus before the next term, and says so when no term follows', () => {
    expect(reading('核安全 NOT 海关')).toEqual({ terms: ['word:核安全'], excluded: ['海关'], hints: [] });
    expect(reading('核安全 NOT')).toEqual({ terms: ['word:核安全'], excluded: [], hints: ['lone-not'] });
    expect(reading('核安全 not 海关').terms).toEqual(['word:核安全', 'word:not', 'word:海关']);
  });

  it('reads a number and the counting or date characters typed apart from it as one term', () => {
    expect(reading('2018 年 5 月')).toEqual({ terms: ['number:2018年5月'], excluded: [], hints: ['joined'] });
    expect(reading('第 1540 (2004)号决议').terms).toEqual(['number:第1540(2004)号决议']);
    expect(reading('第 1540 （2004） 号决议').terms).toEqual(['number:第1540(2004)号决议']);
    expect(reading('82 个伙伴国').terms).toEqual(['number:82个伙伴国']);
    expect(reading('安理会第 1540 号决议').terms).toEqual(['number:安理会第1540号决议']);
    expect(reading('第 72/42 号决议').terms).toEqual(['number:第72/42号决议']);
  });

  it('keeps a number beside a word that does not count it as two terms', () => {
    expect(reading('古巴 1540')).toEqual({ terms: ['word:古巴', 'number:1540'], excluded: [], hints: [] });
    expect(reading('1540 决议').terms).toEqual(['number:1540', 'word:决议']);
    expect(reading('2018 核安全').terms).toEqual(['number:2018', 'word:核安全']);
  });

  it('reads single characters typed apart (as a PDF copies them) as one word', () => {
    expect(reading('核 安 全')).toEqual({ terms: ['word:核安全'], excluded: [], hints: ['joined'] });
    expect(reading('核 安 全 出口管制').terms).toEqual(['word:核安全', 'word:出口管制']);
    expect(reading('核 安全').terms).toEqual(['word:核', 'word:安全']);
    expect(reading('"核 安" 全').terms).toEqual(['phrase:核安', 'word:全']);
  });

  it('drops an ellipsis or a question mark at either end of a term', () => {
    for (const query of ['核安全……', '核安全...', '核安全…', '……核安全', '核安全？', '核安全?', '...核安全...'])
      expect(reading(query).terms, query).toEqual(['word:核安全']);
    // Inside a term an ellipsis is text (a quotation of 12 characters or more reads it as a gap: read-quote.ts).
    expect(reading('核安全……出口管制').terms).toEqual(['word:核安全......出口管制']);
    expect(reading('……').terms).toEqual([]);
  });

  it('says which words it joined, in the words typed', () => {
    const [hint] = parseQuery('古巴 2018 年 5 月').hints;
    expect(hint).toMatchObject({ code: 'joined', start: 3, end: 13 });
    expect(hint!.zh).toBe('“2018 年 5 月”按一个词检索：2018年5月。');
  });

  it('leaves excluded and quoted terms as typed', () => {
    expect(reading('核安全 -2018 年').terms).toEqual(['word:核安全', 'word:年']);
    expect(reading('核安全 -2018 年').excluded).toEqual(['2018']);
  });
});

describe('belongTogether', () => {
  it('decides from the words before and after', () => {
    expect(belongTogether('核', '核', '安')).toBe(true);
    expect(belongTogether('2018', '2018', '年')).toBe(true);
    expect(belongTogether('2018年', '年', '5')).toBe(true);
    expect(belongTogether('古巴', '古巴', '1540')).toBe(false);
    expect(belongTogether('第', '第', '1540')).toBe(true);
    expect(belongTogether('1540', '1540', '(2004)号决议')).toBe(true);
  });
});
