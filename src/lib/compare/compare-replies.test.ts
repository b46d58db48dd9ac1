import { describe, expect, it } from 'vitest';
import { alignBlocks, type AlignableBlock } from './align-blocks.ts';
import { compareReplies, type ComparedRow } from './compare-replies.ts';

function paragraphs(prefix: string, texts: string[]): AlignableBlock[] {
  return texts.map((text, index) => ({ id: `${prefix}-p${index + 1}`, type: 'paragraph', text }));
}

/** Each row as its block ids and the marked passages of each side. */
function marked(rows: ComparedRow[]): { ids: string; earlier: string[]; later: string[] }[] {
  return rows.map((row) => ({
    ids: `${row.earlier?.id ?? '-'} | ${row.later?.id ?? '-'}`,
    earlier: row.shared.earlier.map((range) => row.earlier!.text.slice(...range)),
    later: row.shared.later.map((range) => row.later!.text.slice(...range)),
  }));
}

const SCIENCE = '北约科学促进和平与安全方案支持来自北约和伙伴国的科学家进行民间科学合作。';
const PARTNERS = '北约通过地中海对话和伊斯坦布尔合作倡议加深了与伙伴国的合作';
const TOOLS = '，并编制了关于化学、生物、放射和核恐怖主义的专用工具。';
/** A paragraph printed in both years: it pairs, and keeps the blocks before and after it apart. */
const KEPT = '与伙伴的合作继续扩大，共享情报的举措稳步推进。';
describe('compareReplies', () => {
  it('marks in a row of two the passages the two blocks share', () => {
    const earlier = paragraphs('e', [
      '通过欧洲-大西洋合作理事会、地中海对话、伊斯坦布尔合作倡议，北约加深了合作和信息共享。',
    ]);
    const later = paragraphs('l', ['北约通过欧洲-大西洋合作理事会、地中海对话、伊斯坦布尔合作倡议，深化了合作。']);
    expect(marked(compareReplies(earlier, later))).toEqual([
      {
        ids: 'e-p1 | l-p1',
        earlier: ['通过欧洲-大西洋合作理事会、地中海对话、伊斯坦布尔合作倡议，'],
        later: ['通过欧洲-大西洋合作理事会、地中海对话、伊斯坦布尔合作倡议，'],
      },
    ]);
  });

  it('marks in a block alone what a block with a partner repeats, but not in that block', () => {
    // The earlier paragraph was split in two; its second half went on with a new clause.
    const earlier = paragraphs('e', [SCIENCE + PARTNERS + '。']);
    const later = paragraphs('l', [
      SCIENCE + '该方案还推动能力建设。',
      '此外，' + PARTNERS + '，共享情报的举措继续扩大。',
    ]);
    expect(marked(compareReplies(earlier, later))).toEqual([
      { ids: 'e-p1 | l-p1', earlier: [SCIENCE], later: [SCIENCE] },
      { ids: '- | l-p2', earlier: [], later: [PARTNERS] },
    ]);
  });

  it('marks a clause kept in two blocks that are both alone, in both', () => {
    // The two blocks stand on either side of a paragraph printed in both years, so pairing them would cross that pair.
    const earlier = paragraphs('e', [
      '预防恐怖主义处是反恐执行工作队大规模毁灭性武器工作组的成员，协助编写了应对放射性袭击的报告' + TOOLS,
      KEPT,
    ]);
    const later = paragraphs('l', [
      KEPT,
      '另外，毒品和犯罪问题办公室为乌克兰举行了核走私问题立法起草工作讲习班' + TOOLS,
    ]);
    expect(marked(compareReplies(earlier, later))).toEqual([
      { ids: 'e-p1 | -', earlier: [TOOLS], later: [] },
      { ids: 'e-p2 | l-p1', earlier: [KEPT], later: [KEPT] },
      { ids: '- | l-p2', earlier: [], later: [TOOLS] },
    ]);
  });

  it('leaves names and terms in a block alone unmarked: a clause of twenty characters counts there', () => {
    const earlier = paragraphs('e', [
      '联合国毒品和犯罪问题办公室是打击核恐怖主义全球倡议的正式观察员，并于二〇一〇年在匈牙利和乌克兰参加了它的会议，还与原子能机构共同主办了说明会。',
      KEPT,
    ]);
    const later = paragraphs('l', [
      KEPT,
      '二〇一七年六月，联合国毒品和犯罪问题办公室还通过视频致辞的方式出席了在东京举行的该倡议第十次全体会议，又前往欧洲联盟执法合作署进行了考察。',
    ]);
    expect(marked(compareReplies(earlier, later))).toEqual([
      { ids: 'e-p1 | -', earlier: [], later: [] },
      { ids: 'e-p2 | l-p1', earlier: [KEPT], later: [KEPT] },
      { ids: '- | l-p2', earlier: [], later: [] },
    ]);
  });

  it('marks nothing where nothing is repeated, and keeps the rows of alignBlocks', () => {
    const earlier = paragraphs('e', [SCIENCE]);
    const later = paragraphs('l', [PARTNERS + '。']);
    const rows = compareReplies(earlier, later);
    expect(marked(rows)).toEqual([{ ids: 'e-p1 | l-p1', earlier: [], later: [] }]);
    expect(rows.map(({ shared: _shared, ...row }) => row)).toEqual(alignBlocks(earlier, later));
  });
});
