import { describe, expect, it } from 'vitest';
import { buildExcerpt, findHits, findHitsOfAny } from './excerpt.ts';
import type { SearchUnit } from '../text/search-units.ts';

const units: SearchUnit[] = [
  { anchor: 'a-73-112', kind: 'title', text: '古巴' },
  { anchor: 'a-73-112-p1', kind: 'paragraph', text: '古巴没有也不打算拥有大规模毁灭性武器。' },
  {
    anchor: 'a-73-112-p2',
    kind: 'paragraph',
    text: '古巴在原子能机构组织的核安全国际会议上发挥了积极作用，支持核安全。',
  },
  { anchor: 'a-73-112-fn1', kind: 'footnote', text: '见 <script>alert("x")</script> 核 安全' },
];

describe('findHits', () => {
  it('lists the units that contain the query, in reading order, with every match', () => {
    const hits = findHits(units, '核安全');
    expect(hits.map((hit) => hit.unit.anchor)).toEqual(['a-73-112-p2', 'a-73-112-fn1']);
    expect(hits[0]!.ranges).toHaveLength(2);
    expect(units[3]!.text.slice(...hits[1]!.ranges[0]!)).toBe('核 安全');
  });

  it('finds nothing for an empty query', () => {
    expect(findHits(units, '')).toEqual([]);
  });
});

describe('findHitsOfAny', () => {
  const names: SearchUnit[] = [
    { anchor: 'p1', kind: 'paragraph', text: '北大西洋公约组织（北约）和国际刑事警察组织' },
    { anchor: 'p2', kind: 'paragraph', text: '没有提及。' },
  ];

  it('marks every name of one thing, overlapping matches merged', () => {
    const [hit, ...rest] = findHitsOfAny(names, ['北约', '北大西洋公约组织', '北大西洋']);
    expect(rest).toEqual([]);
    expect(hit!.ranges.map((range) => names[0]!.text.slice(...range))).toEqual(['北大西洋公约组织', '北约']);
  });

  it('finds nothing without needles', () => {
    expect(findHitsOfAny(names, [])).toEqual([]);
    expect(findHitsOfAny(names, [''])).toEqual([]);
  });
});

describe('buildExcerpt', () => {
  it('marks the match and cuts the text around it with ellipses', () => {
    const text = units[2]!.text;
    const [hit] = findHits([units[2]!], '国际会议');
    const pieces = buildExcerpt(text, hit!.ranges, 5);
    expect(pieces).toEqual([
      { text: '…', marked: false },
      { text: '织的核安全', marked: false },
      { text: '国际会议', marked: true },
      { text: '上发挥了积', marked: false },
      { text: '…', marked: false },
    ]);
  });

  it('marks every match inside the excerpt and keeps markup as text', () => {
    const [hit] = findHits([units[3]!], 'script');
    const pieces = buildExcerpt(units[3]!.text, hit!.ranges);
    expect(pieces.filter((piece) => piece.marked).map((piece) => piece.text)).toEqual(['script', 'script']);
    expect(pieces.map((piece) => piece.text).join('')).toBe(units[3]!.text);
  });

  it('never cuts a character outside the Basic Multilingual Plane in two', () => {
    const text = `${'𠀀'.repeat(10)}核安全${'𠀀'.repeat(10)}`;
    const [hit] = findHits([{ anchor: 'x', kind: 'paragraph', text }], '核安全');
    for (const piece of buildExcerpt(text, hit!.ranges, 3))
      expect(piece.text).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
  });
});
