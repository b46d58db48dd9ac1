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

  it('keeps both replies in their order when paragraphs were reordered: the moved one stands alone in each', () => {
    const earlier = paragraphs('e', [SIGNED, AVIATION, SCIENCE]);
    const later = paragraphs('l', [SCIENCE, SIGNED, AVIATION]);
    expect(layout(alignBlocks(earlier, later))).toEqual(['- | l-p1', 'e-p1 | l-p2', 'e-p2 | l-p3', 'e-p3 | -']);
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

  it('keeps a dropped paragraph next to its predecessor', () => {
    const earlier = paragraphs('e', [SIGNED, AVIATION, SCIENCE]);
    const later = paragraphs('l', [SCIENCE, SIGNED]);
    expect(layout(alignBlocks(earlier, later))).toEqual(['- | l-p1', 'e-p1 | l-p2', 'e-p2 | -', 'e-p3 | -']);
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

  it('pairs nothing in a reply rewritten from scratch whose paragraphs share no wording, the earlier reply first', () => {
    const earlier = paragraphs('e', [SIGNED, AVIATION]);
    const later = paragraphs('l', [SCIENCE, DATABASES, '核安全峰会于两千年举行。']);
    const rows = alignBlocks(earlier, later);
    expect(layout(rows)).toEqual(['e-p1 | -', 'e-p2 | -', '- | l-p1', '- | l-p2', '- | l-p3']);
    expect(rows.every((row) => row.similarity === 0 && row.pairedBy === undefined)).toBe(true);
  });

  it('pairs by place the first and the last paragraphs of two rewritten replies, where they share some wording', () => {
    // 萨尔瓦多, 国家: some words in common, too few to pair by wording.
    const earlier = paragraphs('e', [
      '萨尔瓦多已签署各项国际文书。',
      '国际民航组织继续合作。',
      '在国家层面，特别法已经生效。',
    ]);
    const later = paragraphs('l', [
      '萨尔瓦多是联合国的创始会员。',
      '北约科学方案。',
      '萨尔瓦多正在制定国内法律和国家机制。',
    ]);
    const rows = alignBlocks(earlier, later);
    expect(layout(rows)).toEqual(['e-p1 | l-p1', 'e-p2 | -', '- | l-p2', 'e-p3 | l-p3']);
    expect(rows.map((row) => row.pairedBy)).toEqual(['place', undefined, undefined, 'place']);
    expect(rows[0]!.similarity).toBeLessThan(0.3);
  });

  it('pairs list items by their position in the list', () => {
    const item = (id: string, text: string): AlignableBlock => ({ id, type: 'item', text });
    const earlier = [item('e-p1', '举办讲习班'), item('e-p2', '提供数据库')];
    const later = [item('l-p1', '举办培训班'), item('l-p2', '提供培训')];
    expect(layout(alignBlocks(earlier, later))).toEqual(['e-p1 | l-p1', 'e-p2 | l-p2']);
  });

  it('keeps a paragraph under its own heading: a pair that would cross a pair of headings is not made', () => {
    const block = (id: string, type: AlignableBlock['type'], text: string): AlignableBlock => ({ id, type, text });
    const earlier = [
      block('e-h1', 'heading', '扩散'),
      block('e-p1', 'paragraph', SIGNED),
      block('e-h2', 'heading', '科学合作'),
    ];
    const later = [block('l-h1', 'heading', '科学合作'), block('l-p1', 'paragraph', SIGNED)];
    expect(layout(alignBlocks(earlier, later))).toEqual(['e-h1 | -', 'e-p1 | -', 'e-h2 | l-h1', '- | l-p1']);
  });

  it('pairs paragraphs that repeat a clause of 20 characters word for word, however else they differ', () => {
    const clause = '防止大规模毁灭性武器扩散和防范化学、生物、辐射';
    const earlier = paragraphs('e', [
      `北约在二〇〇九年通过了《${clause}》，里斯本首脑会议核可的战略构想把恐怖主义列为直接威胁，并重申盟军决心确保北约掌握全面能力，以阻止和防范对人民安全和领土保障的任何威胁。`,
    ]);
    const later = paragraphs('l', [
      `作为首要政策文件，《${clause}》仍然有效、全面和灵活，足以应对不断演变的威胁，其执行工作正在持续进行中，不断推动相关能力的发展，各盟国定期审查进展情况并交流经验。`,
    ]);
    const [row] = alignBlocks(earlier, later);
    expect(row!.similarity).toBeLessThan(0.3);
    expect(row!.pairedBy).toBe('wording');
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

  it('pairs by wording only from the threshold up; below it, the two only paragraphs pair by place', () => {
    const earlier = paragraphs('e', ['科技合作']);
    const later = paragraphs('l', ['科学合作']);
    expect(alignBlocks(earlier, later, 0.3).map((row) => row.pairedBy)).toEqual(['wording']);
    expect(alignBlocks(earlier, later, 0.4).map((row) => row.pairedBy)).toEqual(['place']);
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

  it('reads each reply in its own order down its column', () => {
    fc.assert(
      fc.property(reply('e'), reply('l'), (earlier, later) => {
        const rows = alignBlocks(earlier, later);
        expect(rows.flatMap((row) => (row.earlier ? [row.earlier.id] : []))).toEqual(earlier.map((block) => block.id));
      }),
    );
  });

  it('gives every pair a reason, and no reason to a block alone', () => {
    fc.assert(
      fc.property(reply('e'), reply('l'), (earlier, later) => {
        for (const row of alignBlocks(earlier, later))
          expect(row.pairedBy === undefined).toBe(!(row.earlier && row.later));
      }),
    );
  });
});
