import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alignBlocks, type AlignableBlock, type AlignedRow } from './align-blocks.ts';
import { bigramSimilarity } from './bigram-similarity.ts';

// Short paragraphs on different subjects: no two of them share more than a few bigrams.
const SIGNED = '萨尔瓦多已签署并批准了以下各项国际文书。';
const AVIATION = '国际民航组织继续加强与各成员国的伙伴关系。';
const SCIENCE = '北约科学促进和平与安全方案支持民间科学合作。';
const DATABASES = '国际刑警组织提供专门数据库。';
// The same sentence reworded: the clauses change places.
const PARTNERS_2011 = '北约加深了与伙伴国的合作，共享情报的举措继续扩大。';
const PARTNERS_2018 = '北约与伙伴国加深了合作，继续扩大共享情报的举措。';

function paragraphs(prefix: string, texts: string[]): AlignableBlock[] {
  return texts.map((text, index) => ({ id: `${prefix}-p${index + 1}`, type: 'paragraph', text }));
}

/** Each row as "earlier id | later id", "-" for no block: easy to read in a failing test. */
function layout(rows: AlignedRow[]): string[] {
  return rows.map((row) => `${row.earlier?.id ?? '-'} | ${row.later?.id ?? '-'}`);
}

describe('bigramSimilarity', () => {
  it("is Dice's coefficient over pairs of neighbouring characters", () => {
    // 科技 技合 合作 / 科学 学合 合作: one of three in common.
    expect(bigramSimilarity('科技合作', '科学合作')).toBeCloseTo(1 / 3);
    expect(bigramSimilarity('与伙伴的合作', '与伙伴的合作')).toBe(1);
    expect(bigramSimilarity(SIGNED, SCIENCE)).toBe(0);
  });

  it('ignores white space, which only marks where the PDF broke lines or set digits apart', () => {
    expect(bigramSimilarity('2010 年 11 月', '2010年11月')).toBe(1);
  });

  it('compares texts of one character directly', () => {
    expect(bigramSimilarity('核', '核')).toBe(1);
    expect(bigramSimilarity('核', '核武器')).toBe(0);
  });
});

describe('alignBlocks', () => {
  it('pairs identical replies one to one, in order', () => {
    const texts = [SIGNED, AVIATION, SCIENCE];
    const rows = alignBlocks(paragraphs('e', texts), paragraphs('l', texts));
    expect(layout(rows)).toEqual(['e-p1 | l-p1', 'e-p2 | l-p2', 'e-p3 | l-p3']);
    expect(rows.map((row) => row.similarity)).toEqual([1, 1, 1]);
  });

  it('pairs repeated identical paragraphs by their places', () => {
    const texts = [SIGNED, AVIATION, SIGNED];
    expect(layout(alignBlocks(paragraphs('e', texts), paragraphs('l', texts)))).toEqual([
      'e-p1 | l-p1',
      'e-p2 | l-p2',
      'e-p3 | l-p3',
    ]);
  });

  it('pairs a paragraph printed twice with the copy nearest its place', () => {
    const earlier = paragraphs('e', [SIGNED, AVIATION, SIGNED]);
    const later = paragraphs('l', [AVIATION, SIGNED]);
    expect(layout(alignBlocks(earlier, later))).toEqual(['e-p1 | -', 'e-p2 | l-p1', 'e-p3 | l-p2']);
  });

  it('follows the later reply when paragraphs were reordered', () => {
    const earlier = paragraphs('e', [SIGNED, AVIATION, SCIENCE]);
    const later = paragraphs('l', [SCIENCE, SIGNED, AVIATION]);
    expect(layout(alignBlocks(earlier, later))).toEqual(['e-p3 | l-p1', 'e-p1 | l-p2', 'e-p2 | l-p3']);
  });

  it('pairs a reworded paragraph, with its similarity', () => {
    const [row, ...rest] = alignBlocks(paragraphs('e', [PARTNERS_2011]), paragraphs('l', [PARTNERS_2018]));
    expect(rest).toEqual([]);
    expect(layout([row!])).toEqual(['e-p1 | l-p1']);
    expect(row!.similarity).toBeGreaterThan(0.5);
    expect(row!.similarity).toBeLessThan(1);
  });

  it('puts a dropped paragraph on its own row after the one before it', () => {
    const earlier = paragraphs('e', [SIGNED, AVIATION, SCIENCE]);
    const later = paragraphs('l', [SIGNED, SCIENCE]);
    const rows = alignBlocks(earlier, later);
    expect(layout(rows)).toEqual(['e-p1 | l-p1', 'e-p2 | -', 'e-p3 | l-p2']);
    expect(rows[1]!.similarity).toBe(0);
  });

  it('keeps a dropped paragraph next to its predecessor when that one moved', () => {
    const earlier = paragraphs('e', [SIGNED, AVIATION, SCIENCE]);
    const later = paragraphs('l', [SCIENCE, SIGNED]);
    expect(layout(alignBlocks(earlier, later))).toEqual(['e-p3 | l-p1', 'e-p1 | l-p2', 'e-p2 | -']);
  });

  it('puts dropped opening paragraphs at the top', () => {
    const earlier = paragraphs('e', [DATABASES, AVIATION, SCIENCE]);
    const later = paragraphs('l', [SCIENCE]);
    expect(layout(alignBlocks(earlier, later))).toEqual(['e-p1 | -', 'e-p2 | -', 'e-p3 | l-p1']);
  });

  it('puts an added paragraph on its own row where the later reply has it', () => {
    const earlier = paragraphs('e', [SIGNED, SCIENCE]);
    const later = paragraphs('l', [SIGNED, AVIATION, SCIENCE]);
    expect(layout(alignBlocks(earlier, later))).toEqual(['e-p1 | l-p1', '- | l-p2', 'e-p2 | l-p3']);
  });

  it('pairs nothing in a reply rewritten from scratch, the earlier reply first', () => {
    const earlier = paragraphs('e', [SIGNED, AVIATION]);
    const later = paragraphs('l', [SCIENCE, DATABASES, PARTNERS_2018]);
    const rows = alignBlocks(earlier, later);
    expect(layout(rows)).toEqual(['e-p1 | -', 'e-p2 | -', '- | l-p1', '- | l-p2', '- | l-p3']);
    expect(rows.every((row) => row.similarity === 0)).toBe(true);
  });

  it('pairs nothing when either reply is empty', () => {
    expect(layout(alignBlocks(paragraphs('e', [SIGNED]), []))).toEqual(['e-p1 | -']);
    expect(layout(alignBlocks([], paragraphs('l', [SIGNED])))).toEqual(['- | l-p1']);
  });

  it('pairs a heading with a heading before a paragraph that resembles it more', () => {
    const earlier: AlignableBlock[] = [
      { id: 'e-p1', type: 'paragraph', text: '科学合作。' },
      { id: 'e-h1', type: 'heading', text: '科技合作' },
    ];
    const later: AlignableBlock[] = [{ id: 'l-h1', type: 'heading', text: '科学合作' }];
    expect(bigramSimilarity('科学合作。', '科学合作')).toBeGreaterThan(bigramSimilarity('科技合作', '科学合作'));
    expect(layout(alignBlocks(earlier, later))).toEqual(['e-p1 | -', 'e-h1 | l-h1']);
  });

  it('pairs a heading with a paragraph when no heading resembles it', () => {
    const earlier: AlignableBlock[] = [{ id: 'e-p1', type: 'item', text: '情报共享' }];
    const later: AlignableBlock[] = [{ id: 'l-h1', type: 'heading', text: '情报共享' }];
    expect(layout(alignBlocks(earlier, later))).toEqual(['e-p1 | l-h1']);
  });

  it('pairs only from the threshold up', () => {
    const earlier = paragraphs('e', ['科技合作']);
    const later = paragraphs('l', ['科学合作']);
    expect(layout(alignBlocks(earlier, later, 0.3))).toEqual(['e-p1 | l-p1']);
    expect(layout(alignBlocks(earlier, later, 0.4))).toEqual(['e-p1 | -', '- | l-p1']);
  });
});

describe('alignBlocks on any replies', () => {
  // Texts from a few characters, so that some pairs resemble each other and some do not.
  const text = fc.string({ unit: fc.constantFrom('核', '武', '器', '合', '作', '。'), minLength: 1, maxLength: 8 });
  const reply = (prefix: string) =>
    fc
      .array(fc.record({ type: fc.constantFrom('paragraph', 'heading'), text }), { maxLength: 8 })
      .map((blocks) => blocks.map((block, index): AlignableBlock => ({ id: `${prefix}${index}`, ...block })));

  it('puts every block of both replies on exactly one row, the later reply in its order', () => {
    fc.assert(
      fc.property(reply('e'), reply('l'), (earlier, later) => {
        const rows = alignBlocks(earlier, later);
        expect(rows.flatMap((row) => (row.later ? [row.later.id] : []))).toEqual(later.map((block) => block.id));
        const earlierIds = rows.flatMap((row) => (row.earlier ? [row.earlier.id] : []));
        expect([...earlierIds].sort()).toEqual(earlier.map((block) => block.id).sort());
        expect(rows.every((row) => row.earlier || row.later)).toBe(true);
      }),
    );
  });

  it('puts an unpaired earlier block right after the earlier block before it', () => {
    fc.assert(
      fc.property(reply('e'), reply('l'), (earlier, later) => {
        const rows = alignBlocks(earlier, later);
        rows.forEach((row, index) => {
          if (!row.earlier || row.later) return;
          const before = earlier[earlier.indexOf(row.earlier) - 1];
          expect(before ? rows[index - 1]?.earlier : rows[index - 1]).toBe(before);
        });
      }),
    );
  });
});
