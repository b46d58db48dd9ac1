// Hand-written expectations for the places where the PDF text is hardest to read.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText, realCorpus, SOURCES, submission } from '../test-support/parse-sources.ts';
import { insertPageBreak, type PageBreak } from '../test-support/furniture.ts';

/** Block count, and the words the reply begins and ends with. */
function expectShape(id: string, count: number, first: string, last: string): void {
  const { blocks } = submission(id);
  expect({
    count: blocks.length,
    first: blocks[0]!.text.startsWith(first),
    last: blocks.at(-1)!.text.endsWith(last),
  }).toEqual({ count, first: true, last: true });
}
const types = (id: string) =>
  submission(id)
    .blocks.map((block) => block.type[0])
    .join('');

describe('paragraphs rebuilt from broken lines', () => {
  it('Cambodia 2018: eight paragraphs; the third runs on across a page break and its link lines', () => {
    expectShape('a-73-112-cambodia', 8, '在柬埔寨王国首相', '的情报信息和知识。');
    const third = submission('a-73-112-cambodia').blocks[2]!;
    expect(third.text).toContain('举办了约 202项课程，来自内政部、国家警察总署');
    expect(third.text).not.toContain('undocs.org');
    expect(third.source).toMatchObject({ startLine: 67, endLine: 94 });
  });

  it('Ecuador 2018: a paragraph whose lines touch across a page break stays whole', () => {
    expect(submission('a-73-112-ecuador').blocks[1]!.text).toContain(
      '以作为以包容性的方式应对核实物安全挑战的适当空间',
    );
  });

  it('Philippines 2018: a paragraph with no full stop is still its own paragraph', () => {
    expectShape('a-73-112-philippines', 4, '2015 年 1', '全面实施了。');
    expect(submission('a-73-112-philippines').blocks[0]!.text.endsWith('获得签署并成为法律')).toBe(true);
  });

  it('Qatar 2018: bullets, dashes nested under them and numbers nested under those', () => {
    expectShape('a-73-112-qatar', 28, '卡塔尔是《不扩散', '于制造核武器。');
    const items = submission('a-73-112-qatar').blocks;
    expect(items.every((block) => block.type === 'item')).toBe(true);
    expect(items.slice(14, 24).map((block) => `${block.marker}${block.level}`)).toEqual([
      '•1',
      '–2',
      '–2',
      '1.3',
      '2.3',
      '3.3',
      '4.3',
      '5.3',
      '6.3',
      '7.3',
    ]);
    expect(items[8]!.text).toBe(
      '2009 年，卡塔尔主办了由联合国裁军事务厅组织的关于安全理事会第 1540 (2004)号决议的讲习班。',
    );
  });

  it('INTERPOL 2018: the numbered pillars are headings of the reply, one wrapped over two lines', () => {
    expectShape('a-73-112-interpol', 17, '利用化学、生物、', '世界动物卫生组织等)。');
    const headings = submission('a-73-112-interpol').blocks.filter((block) => block.type === 'heading');
    expect(headings.map((block) => block.marker)).toEqual(['1.', '2.', '3.', '4.']);
    expect(headings[2]!.text).toBe('设计和协调以情报牵头的部门间跨境行动，截获非法贩运的化学、生物、放射和核材料');
  });

  it('NATO 2018: sub-headings after the summary footnote and its link lines', () => {
    expectShape('a-73-112-nato', 11, '北大西洋公约组织', '新出现的安全挑战。');
    expect(types('a-73-112-nato')).toBe('phppphppphp');
    expect(
      submission('a-73-112-nato')
        .blocks.filter((b) => b.type === 'heading')
        .map((b) => b.text),
    ).toEqual(['化学、生物、放射和核防卫能力', '与伙伴的合作', '科学合作']);
  });

  it('El Salvador 2011: numbered items carrying footnote marks', () => {
    expectShape('a-66-115-el-salvador', 12, '在防止恐怖分子获', '和相关活动的资料。');
    expect(types('a-66-115-el-salvador')).toBe('piiiiiipiiii');
  });

  it('Estonia 2011: a paragraph broken by another reply’s footnotes joins up again', () => {
    expectShape('a-66-115-estonia', 11, '爱沙尼亚谴责所有', '其保护工作的原则。');
    expect(submission('a-66-115-estonia').blocks[1]!.text).toContain(
      '爱沙尼亚已经批准了联合国宣布为头等重要的所有打击恐怖主义的公约及议定书。',
    );
    expect(submission('a-66-115-estonia').footnotes).toEqual([]);
  });

  it('FATF 2011: a page header in the middle of the reply, then unindented bullets', () => {
    expectShape('a-66-115-fatf', 11, '反洗钱金融行动任', '和有关法律互助)。');
    expect(types('a-66-115-fatf')).toBe('pppiiippiip');
    expect(submission('a-66-115-fatf').blocks[1]!.page).toBe(16);
  });

  it('NATO 2011: sub-headings set flush left like continuation lines', () => {
    expectShape('a-66-115-nato', 13, '大规模毁灭性武器', '多年期项目在进行中。');
    expect(
      submission('a-66-115-nato')
        .blocks.filter((b) => b.type === 'heading')
        .map((b) => b.text),
    ).toEqual(['大规模毁灭性武器的扩散', '化学、生物、辐射或核防卫能力', '情报共享', '与伙伴的合作', '科技合作']);
  });

  it('Turkmenistan 2011: the Secretariat’s note runs on around Thailand’s footnote', () => {
    const { blocks } = submission('a-66-115-turkmenistan');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.text).toContain('为了遵守大会关于控制和限制秘书处所编制文件的决议');
    expect(blocks[0]!.text).not.toContain('泰国');
  });
});

/** A reply parsed from its source with a page's header and footer printed before source line `line`. */
function replyWithPageBreak(id: string, line: number, pageBreak: Omit<PageBreak, 'line'>) {
  const symbol = submission(id).report as keyof typeof SOURCES;
  const text = insertPageBreak(readFileSync(SOURCES[symbol], 'utf8'), symbol, { ...pageBreak, line });
  const found = parseText(text, symbol).submissions.find((each) => each.id === id);
  if (!found) throw new Error(`no submission ${id}`);
  return found;
}

const texts = (blocks: readonly { text: string }[]) => blocks.map((block) => block.text);

describe('page furniture inside a paragraph, as a new report prints it at every page break', () => {
  it('Cambodia 2018: still eight paragraphs with a header and footer inside a sentence of the second', () => {
    // line 59 ends "…设立指挥打击和预防恐怖主", line 61 goes on "义全国委员会…"
    const reply = replyWithPageBreak('a-73-112-cambodia', 61, { page: 4 });
    expect(texts(reply.blocks)).toEqual(texts(submission('a-73-112-cambodia').blocks));
    expect(reply.blocks[1]!.text).toContain('设立指挥打击和预防恐怖主义全国委员会');
    // The second paragraph starts on a page no furniture proves; the third starts on the new page.
    expect(reply.blocks.map((block) => block.page)).toEqual([undefined, undefined, 4, ...Array(5).fill(undefined)]);
  });

  it.each([
    ['a-73-112-ecuador', 300, '表达了他们的看法和承诺。'],
    ['a-66-115-estonia', 244, '确保管制物资和技术不会在转让过程中转变为大规模毁灭性武器方案'],
    ['a-66-115-thailand', 383, '包括许可证和执法在内的综合出口管制制度，以加强泰国'],
  ])('%s: a header and footer before line %i leave the blocks as they were', (id, line, joined) => {
    const reply = replyWithPageBreak(id, line, { page: 12 });
    expect(texts(reply.blocks)).toEqual(texts(submission(id).blocks));
    expect(reply.blocks.some((block) => block.text.includes(joined))).toBe(true);
  });

  it('FATF 2011: a break inside a flush-left bullet, with the page’s link lines, continues the item', () => {
    const reply = replyWithPageBreak('a-66-115-fatf', 938, {
      page: 17,
      links: ['https://undocs.org/S/RES/1737(2007)'],
    });
    expect(reply.blocks.map(({ type, marker, text }) => ({ type, marker, text }))).toEqual(
      submission('a-66-115-fatf').blocks.map(({ type, marker, text }) => ({ type, marker, text })),
    );
  });

  it('CSTO 2018: a paragraph that starts on page 15 keeps page 15 when a page break falls inside it', () => {
    // line 919 ends "…弗拉基米尔•沃龙科夫", line 921 goes on "于 2018 年 4 月 3 日…"
    const reply = replyWithPageBreak('a-73-112-csto', 921, { page: 16 });
    expect(texts(reply.blocks)).toEqual(texts(submission('a-73-112-csto').blocks));
    expect(reply.blocks.slice(3).map((block) => block.page)).toEqual([15, 15, 15, 16]);
  });

  it('Estonia 2011: the page after El Salvador’s footnotes, printed with its furniture, still joins up', () => {
    // line 224 is a seam: it touches the footnote above it and carries the page's extra space already
    const reply = replyWithPageBreak('a-66-115-estonia', 224, { page: 6 });
    expect(texts(reply.blocks)).toEqual(texts(submission('a-66-115-estonia').blocks));
    expect(reply.footnotes).toEqual([]);
  });

  it('a break between two paragraphs still starts a new one, the next paragraph two spaces in', () => {
    // CSTO 2018 line 909 ends the paragraph "…反恐有关的实际问题。"
    const reply = replyWithPageBreak('a-73-112-csto', 911, { page: 16 });
    expect(texts(reply.blocks)).toEqual(texts(submission('a-73-112-csto').blocks));
    expect(reply.blocks[4]).toMatchObject({ type: 'paragraph', page: 16 });
  });
});

describe('footnotes', () => {
  it('are each attached to the reply and place that hold their mark', () => {
    const all = realCorpus().submissions.flatMap((each) =>
      each.footnotes.map((note) => `${each.id} ${note.marker} ${note.refersTo} ${note.source.startLine}`),
    );
    expect(all).toEqual([
      'a-73-112-nato * heading 1124',
      'a-66-115-el-salvador 1 a-66-115-p2 146',
      'a-66-115-el-salvador 2 a-66-115-p3 150',
      // printed at the foot of the page where Estonia's reply begins
      'a-66-115-el-salvador 3 a-66-115-p4 217',
      'a-66-115-el-salvador 4 a-66-115-p7 221',
      // printed inside Turkmenistan's reply
      'a-66-115-thailand * heading 425',
      'a-66-115-iaea * a-66-115-p1 565',
      'a-66-115-unodc * heading 704',
      'a-66-115-caricom * heading 776',
      'a-66-115-nato ∗ heading 1120',
      'a-66-115-opcw ∗ heading 1249',
      // printed inside the World Customs Organization's reply
      'a-66-115-osce * heading 1320',
    ]);
  });

  it('keep a URL broken over two lines whole', () => {
    expect(submission('a-66-115-caricom').footnotes[0]!.text).toBe(
      '关于加勒比共同体提供的资料全文，请查阅裁军事务厅的网站(http://www.un.org/disarmament)。列入本报告的是执行摘要。',
    );
  });

  it('put each mark at its place in the text', () => {
    const [ref] = submission('a-66-115-el-salvador').blocks[1]!.footnoteRefs;
    const text = submission('a-66-115-el-salvador').blocks[1]!.text;
    expect(text.slice(0, ref!.offset).endsWith('于 2003 年 1 月 21 日核准；')).toBe(true);
  });
});

describe('flags the texts state', () => {
  it('are exactly these', () => {
    const flagged = realCorpus()
      .submissions.filter((each) => each.flags.length > 0)
      .map((each) => `${each.id} ${each.flags.join(',')}`);
    expect(flagged).toEqual([
      'a-73-112-nato summary',
      'a-73-112-unodc truncated',
      'a-66-115-thailand summary',
      'a-66-115-turkmenistan not-reproduced',
      'a-66-115-unodc summary',
      'a-66-115-caricom summary',
      'a-66-115-nato summary',
      'a-66-115-opcw summary',
      'a-66-115-osce summary',
    ]);
  });

  it('keep what there is of the truncated reply', () => {
    expect(submission('a-73-112-unodc').blocks.at(-1)!.text.endsWith('核走私问题立法起草工作讲习班')).toBe(true);
  });
});
