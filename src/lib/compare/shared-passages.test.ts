import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cutAtRanges, findSharedPassages, mergeRanges, type SharedPassages } from './shared-passages.ts';
import { commonSubstrings, isWithin } from '../../../test-support/common-substrings.ts';

/** The marked passages as text, earlier and later side by side. */
function passageTexts(earlier: string, later: string, passages: SharedPassages): [string, string][] {
  return passages.earlier.map((range, index) => [earlier.slice(...range), later.slice(...passages.later[index]!)]);
}

/** Precision and recall against the oracle: what every test of findSharedPassages checks. */
function expectFaithful(earlier: string, later: string, passages: SharedPassages): void {
  for (const [earlierText, laterText] of passageTexts(earlier, later, passages)) {
    expect(earlierText).toBe(laterText);
    if (earlierText !== earlier || laterText !== later) expect([...earlierText].length).toBeGreaterThanOrEqual(10);
  }
  for (const common of commonSubstrings(earlier, later, 20)) {
    expect(isWithin(common.earlier, passages.earlier), earlier.slice(...common.earlier)).toBe(true);
    expect(isWithin(common.later, passages.later), later.slice(...common.later)).toBe(true);
  }
}

// NATO's partners paragraph, 2011 and 2018 translations, shortened.
const PARTNERS_2011 = '通过欧洲-大西洋合作理事会、地中海对话、伊斯坦布尔合作倡议，北约加深了合作和信息共享。';
const PARTNERS_2018 =
  '北约通过欧洲-大西洋合作理事会、地中海对话、伊斯坦布尔合作倡议，并与全球各地的其他合作伙伴一道，深化了合作。';

describe('findSharedPassages', () => {
  it('marks a clause repeated word for word, in both texts', () => {
    const passages = findSharedPassages(PARTNERS_2011, PARTNERS_2018);
    expect(passageTexts(PARTNERS_2011, PARTNERS_2018, passages)).toEqual([
      [
        '通过欧洲-大西洋合作理事会、地中海对话、伊斯坦布尔合作倡议，',
        '通过欧洲-大西洋合作理事会、地中海对话、伊斯坦布尔合作倡议，',
      ],
    ]);
    expectFaithful(PARTNERS_2011, PARTNERS_2018, passages);
  });

  it('marks runs from ten characters up, so that terms and names alone are left unmarked', () => {
    const earlier = '该组织防止大规模毁灭性武器扩散。另见集体安全条约组织的声明。';
    const later = '成员国决心防止大规模毁灭性武器扩散，并欢迎集体安全条约组织的倡议。';
    // 防止大规模毁灭性武器扩散 has 12 characters; 集体安全条约组织的 has 9.
    expect(passageTexts(earlier, later, findSharedPassages(earlier, later))).toEqual([
      ['防止大规模毁灭性武器扩散', '防止大规模毁灭性武器扩散'],
    ]);
    expect(passageTexts(earlier, later, findSharedPassages(earlier, later, 9)).map(([text]) => text)).toEqual([
      '防止大规模毁灭性武器扩散',
      '集体安全条约组织的',
    ]);
  });

  it('marks all of identical texts and nothing of unrelated ones', () => {
    expect(findSharedPassages(PARTNERS_2011, PARTNERS_2011)).toEqual({
      earlier: [[0, PARTNERS_2011.length]],
      later: [[0, PARTNERS_2011.length]],
    });
    expect(findSharedPassages(PARTNERS_2011, '国际刑警组织提供专门数据库。')).toEqual({ earlier: [], later: [] });
    expect(findSharedPassages('', PARTNERS_2011)).toEqual({ earlier: [], later: [] });
  });

  it('marks a short text whole where the other is the same, not where the other only holds it', () => {
    expect(findSharedPassages('与伙伴的合作', '与伙伴的合作')).toEqual({ earlier: [[0, 6]], later: [[0, 6]] });
    expect(findSharedPassages('与伙伴的合作', '北约加深了与伙伴的合作。')).toEqual({ earlier: [], later: [] });
  });

  it('marks one of two passages that changed places: the diff keeps the order of both texts', () => {
    const first = '国际民航组织继续加强与各成员国和其他国际组织的伙伴关系。';
    const second = '北约科学促进和平与安全方案支持来自北约和伙伴国的科学家。';
    const passages = findSharedPassages(first + second, second + first);
    const marked = passageTexts(first + second, second + first, passages).map(([text]) => text);
    expect(marked).toHaveLength(1);
    expect([first, second]).toContain(marked[0]);
  });

  it('marks a passage whole where the diff started its run late', () => {
    // Found by the property test below: the diff matched 学武 before the passage.
    const earlier = '和生的器学作器武学武的合武武化武和的学的的学学的合和作合生化物学化核';
    const later = '和学武的合武武化武和的学的的学学的合和作合生的器武的学作武化';
    const passages = findSharedPassages(earlier, later);
    expect(passageTexts(earlier, later, passages).map(([text]) => text)).toEqual([
      '学武的合武武化武和的学的的学学的合和作合生',
    ]);
    expectFaithful(earlier, later, passages);
  });

  it('never cuts a character outside the Basic Multilingual Plane in two', () => {
    // U+20000 and U+30000 differ in their first UTF-16 unit only.
    const passage = '萨尔瓦多已签署并批准了以下各项国际文书';
    const passages = findSharedPassages('\u{20000}' + passage, '\u{30000}' + passage);
    expect(passageTexts('\u{20000}' + passage, '\u{30000}' + passage, passages)).toEqual([[passage, passage]]);
  });

  it('counts characters, not UTF-16 units, against the minimum', () => {
    const passage = '\u{20000}'.repeat(5) + '核武器';
    expect(findSharedPassages(`甲${passage}乙`, `丙${passage}丁`).earlier).toEqual([]);
    expect(findSharedPassages(`甲${passage}乙`, `丙${passage}丁`, 8).earlier).toEqual([[1, 14]]);
  });

  it('finds a planted passage in any surroundings, and marks only what both texts hold', () => {
    // Few, common characters: the surroundings share many short runs with the passage.
    const text = (minLength: number, maxLength: number) =>
      fc.string({ unit: fc.constantFrom('的', '和', '化', '学', '生', '物', '核'), minLength, maxLength });
    fc.assert(
      fc.property(text(20, 30), text(0, 60), text(0, 60), text(0, 60), text(0, 60), (passage, a, b, c, d) => {
        const earlier = a + passage + b;
        const later = c + passage + d;
        expectFaithful(earlier, later, findSharedPassages(earlier, later));
      }),
    );
  });
});

describe('mergeRanges', () => {
  it('sorts the ranges and joins those that overlap, not those that only touch', () => {
    expect(
      mergeRanges([
        [20, 30],
        [0, 10],
        [5, 12],
        [12, 15],
      ]),
    ).toEqual([
      [0, 12],
      [12, 15],
      [20, 30],
    ]);
  });
});

describe('cutAtRanges', () => {
  const text = '北约通过欧洲-大西洋合作理事会深化了合作。';

  it('cuts the text into pieces that together are the text, the ranges marked', () => {
    const pieces = cutAtRanges(text, [[2, 15]]);
    expect(pieces).toEqual([
      { text: '北约', shared: false },
      { text: '通过欧洲-大西洋合作理事会', shared: true },
      { text: '深化了合作。', shared: false },
    ]);
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
  });

  it('takes ranges in any order, joining overlaps, and ignores what lies outside the text', () => {
    expect(
      cutAtRanges(text, [
        [15, 40],
        [0, 2],
        [1, 4],
      ]),
    ).toEqual([
      { text: '北约通过', shared: true },
      { text: '欧洲-大西洋合作理事会', shared: false },
      { text: '深化了合作。', shared: true },
    ]);
  });

  it('gives the text as one unmarked piece without ranges, and no piece for no text', () => {
    expect(cutAtRanges(text, [])).toEqual([{ text, shared: false }]);
    expect(cutAtRanges('', [[0, 3]])).toEqual([]);
  });
});
