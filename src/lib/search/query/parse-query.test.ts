import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeForSearch } from '../text/normalize.ts';
import { parseQuery } from './parse-query.ts';
import { queryTerms, type ParsedQuery, type QueryTerm } from './terms.ts';

/** A parse at a glance: each term as its normalized text, quoted ones in "", and the hints' codes. */
function reading(query: string): { clauses: string[][]; excluded: string[]; hints: string[] } {
  const parsed = parseQuery(query);
  const show = (term: QueryTerm) => (term.kind === 'phrase' ? `"${term.normalized}"` : term.normalized);
  return {
    clauses: parsed.clauses.map((clause) => clause.map(show)),
    excluded: parsed.excluded.map(show),
    hints: parsed.hints.map((hint) => hint.code),
  };
}

const reads = (clauses: string[][], excluded: string[] = [], hints: string[] = []) => ({ clauses, excluded, hints });

describe('parseQuery: each form of the language', () => {
  it('reads a query without syntax as one term, as the search did before', () => {
    expect(parseQuery('核安全')).toEqual({
      clauses: [[{ kind: 'word', text: '核安全', normalized: '核安全', start: 0, end: 3 }]],
      excluded: [],
      hints: [],
    });
    expect(reading('  ＣＦＳＰ\u3000')).toEqual(reads([['cfsp']]));
    expect(reading('1540(2004)')).toEqual(reads([['1540(2004)']]));
  });

  it('needs every term separated by white space, ASCII or ideographic', () => {
    expect(reading('核安全 出口管制')).toEqual(reads([['核安全'], ['出口管制']]));
    expect(reading('核安全\u3000出口管制\t古巴')).toEqual(reads([['核安全'], ['出口管制'], ['古巴']]));
  });

  it('keeps a quoted phrase whole, with the text typed inside the marks', () => {
    expect(parseQuery('"nuclear security"').clauses).toEqual([
      [{ kind: 'phrase', text: 'nuclear security', normalized: 'nuclearsecurity', start: 1, end: 17 }],
    ]);
    for (const query of ['“核 安全”', '「核 安全」', '『核 安全』', '＂核 安全＂'])
      expect(reading(query), query).toEqual(reads([['"核安全"']]));
    expect(reading('古巴 "OR" -"a | b"')).toEqual(reads([['古巴'], ['"or"']], ['"a|b"']));
  });

  it('reads a quotation mark inside a word as text, and one after a phrase as a new term', () => {
    expect(reading('所谓“核安全”问题')).toEqual(reads([['所谓“核安全”问题']]));
    expect(reading('“核安全”问题')).toEqual(reads([['"核安全"'], ['问题']]));
  });

  it('leaves out replies with a term typed after a minus, half or full width', () => {
    expect(reading('核安全 -核武器 －"出口 管制"')).toEqual(reads([['核安全']], ['核武器', '"出口管制"']));
    expect(reading('EC-XXVII 欧洲-大西洋')).toEqual(reads([['ec-xxvii'], ['欧洲-大西洋']]));
  });

  it('joins alternatives with OR, | or ｜, closer than the space between terms', () => {
    expect(reading('化学武器 OR 生物武器 公约')).toEqual(reads([['化学武器', '生物武器'], ['公约']]));
    expect(reading('a|b ｜ c ＯＲ "d e" f')).toEqual(reads([['a', 'b', 'c', '"de"'], ['f']]));
    expect(reading('a or b Or c')).toEqual(reads([['a'], ['or'], ['b'], ['or'], ['c']]));
    expect(reading('-OR')).toEqual(reads([], ['or'], ['only-exclusions']));
  });

  it('says where a term came from: its kind, its text as typed and where the query has it', () => {
    const parsed = parseQuery('ＡＢ -"Cd" e|f 1540');
    expect(queryTerms(parsed)).toEqual([
      { term: { kind: 'word', text: 'ＡＢ', normalized: 'ab', start: 0, end: 2 }, excluded: false },
      { term: { kind: 'word', text: 'e', normalized: 'e', start: 9, end: 10 }, excluded: false },
      { term: { kind: 'word', text: 'f', normalized: 'f', start: 11, end: 12 }, excluded: false },
      { term: { kind: 'number', text: '1540', normalized: '1540', start: 13, end: 17 }, excluded: false },
      { term: { kind: 'phrase', text: 'Cd', normalized: 'cd', start: 5, end: 7 }, excluded: true },
    ]);
  });
});

describe('parseQuery: bad syntax gets a hint and the closest reading', () => {
  it('reads an unclosed quotation mark to the end of the query', () => {
    expect(reading('古巴 "核 安全 -出口')).toEqual(reads([['古巴'], ['"核安全-出口"']], [], ['unclosed-quote']));
    const [hint] = parseQuery('古巴 “核安全').hints;
    expect(hint).toEqual({
      code: 'unclosed-quote',
      zh: '引号 “ 没有闭合：其后的全部内容按一个短语检索。',
      en: 'The quotation mark “ is not closed: everything after it is searched as one phrase.',
      start: 3,
      end: 4,
    });
  });

  it('ignores a lone minus', () => {
    expect(reading('核安全 - 出口')).toEqual(reads([['核安全'], ['出口']], [], ['lone-minus']));
    expect(reading('核安全 -')).toEqual(reads([['核安全']], [], ['lone-minus']));
    expect(reading('a -|b')).toEqual(reads([['a', 'b']], [], ['lone-minus']));
  });

  it('drops OR at either end, and counts OR OR once', () => {
    expect(reading('OR 核安全')).toEqual(reads([['核安全']], [], ['or-at-start']));
    expect(reading('核安全 |')).toEqual(reads([['核安全']], [], ['or-at-end']));
    expect(reading('a OR OR b')).toEqual(reads([['a', 'b']], [], ['or-repeated']));
    expect(reading('a || b')).toEqual(reads([['a', 'b']], [], ['or-repeated']));
    expect(parseQuery('| a').hints[0]!.zh).toBe('开头的 | 已忽略：| 应写在两个词之间，如 化学武器 | 生物武器。');
  });

  it('does not join an excluded term with OR', () => {
    expect(reading('a OR -b')).toEqual(reads([['a']], ['b'], ['or-beside-exclusion']));
    expect(reading('a -b OR c')).toEqual(reads([['a'], ['c']], ['b'], ['or-beside-exclusion']));
  });

  it('ignores empty quotation marks', () => {
    expect(reading('核安全 "" 「 」')).toEqual(reads([['核安全']], [], ['empty-quotes']));
    expect(reading('核安全 "')).toEqual(reads([['核安全']], [], ['empty-quotes']));
  });

  it('finds nothing for a query of exclusions only, and says so', () => {
    expect(reading('-核武器 -"生物 武器"')).toEqual(reads([], ['核武器', '"生物武器"'], ['only-exclusions']));
    expect(parseQuery('-核武器').hints[0]!.en).toBe(
      'The query only leaves terms out, so there is nothing to find: add a term to look for.',
    );
  });

  it('gives one hint of each kind, in the order of the query', () => {
    const parsed = parseQuery('OR a - b - "c');
    expect(parsed.hints.map((hint) => [hint.code, hint.start])).toEqual([
      ['or-at-start', 0],
      ['lone-minus', 5],
      ['unclosed-quote', 11],
    ]);
  });

  it('reads white space and invisible characters alone as no term, without a hint', () => {
    const empty: ParsedQuery = { clauses: [], excluded: [], hints: [] };
    for (const query of ['', '   ', '\u3000', '\u200b', ' \u200b\u00ad '])
      expect(parseQuery(query), JSON.stringify(query)).toEqual(empty);
  });

  it('normalizes every term as the whole query was before', () => {
    for (const term of parseQuery('２０１８年４月 "Nuclear  Security" -Ｘ').clauses.flat())
      expect(term.normalized).toBe(normalizeForSearch(term.text));
  });
});

describe('parseQuery: properties', () => {
  const plain = fc.constantFrom('核', '安', '全', 'a', 'Z', 'Ａ', '１', '（', '.', '、', 'Σ', 'ﬁ', '\u0301', '\u200b');
  const wordOf = (characters: fc.Arbitrary<string>) =>
    fc.array(characters, { minLength: 1, maxLength: 6 }).map((each) => each.join(''));

  it('never throws, and every term it reads is normalized and not empty', () => {
    const syntax = fc.constantFrom(
      ' ',
      '\u3000',
      '"',
      '“',
      '”',
      '「',
      '」',
      '-',
      '－',
      '|',
      '｜',
      'OR',
      'ＯＲ',
      'AND',
      'NOT',
      '+',
      '…',
      '?',
      '..',
    );
    const query = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.array(fc.oneof(syntax, plain, fc.string({ maxLength: 2 })), { maxLength: 20 }).map((each) => each.join('')),
    );
    fc.assert(
      fc.property(query, (text) => {
        const parsed = parseQuery(text);
        for (const { term } of queryTerms(parsed))
          expect(term.normalized !== '' && term.normalized === normalizeForSearch(term.text)).toBe(true);
        const codes = parsed.hints.map((hint) => hint.code);
        expect(new Set(codes).size).toBe(codes.length);
        for (const hint of parsed.hints) expect(0 <= hint.start && hint.start <= hint.end && hint.end <= text.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a query of one term without syntax characters as exactly that term', () => {
    const inside = fc.oneof(plain, fc.constantFrom('-', '－', '"', '“', '」', 'O', 'R', 'ＯＲ'));
    const term = fc
      .tuple(plain, wordOf(inside))
      .map(([first, rest]) => first + rest)
      // An ellipsis at either end is dropped (join-words.ts): such a term is not read as typed.
      .filter((text) => normalizeForSearch(text) !== '' && !/^\.{2,}|\.{2,}$/.test(text));
    const space = fc.constantFrom('', ' ', '\u3000', '\t ');
    fc.assert(
      fc.property(space, term, space, (before, text, after) => {
        const parsed = parseQuery(before + text + after);
        expect(parsed.clauses.map((clause) => clause.map((each) => each.text))).toEqual([[text]]);
        expect(parsed.clauses[0]![0]!.normalized).toBe(normalizeForSearch(text));
        expect(parsed.excluded).toEqual([]);
        expect(parsed.hints).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the same query whatever white space is between and around its terms', () => {
    const word = wordOf(plain);
    const piece = fc.oneof(
      word,
      word.map((text) => `-${text}`),
      fc.array(word, { maxLength: 3 }).map((words) => `"${words.join(' ')}"`),
      fc.array(word, { maxLength: 3 }).map((words) => `-「${words.join('\u3000')}」`),
      fc.constantFrom('OR', '|', '｜', '-', '"'),
    );
    const space = fc.array(fc.constantFrom(' ', '\u3000', '\t', '\n'), { minLength: 1, maxLength: 3 });
    const shape = (parsed: ParsedQuery) => ({
      clauses: parsed.clauses.map((clause) => clause.map((term) => [term.normalized, term.kind])),
      excluded: parsed.excluded.map((term) => [term.normalized, term.kind]),
      hints: parsed.hints.map((hint) => hint.code),
    });
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 6 }),
        fc.array(space, { minLength: 7 }),
        (pieces, spaces) => {
          const spaced = pieces.map((each, index) => spaces[index]!.join('') + each).join('') + spaces[6]!.join('');
          expect(shape(parseQuery(spaced))).toEqual(shape(parseQuery(pieces.join(' '))));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
