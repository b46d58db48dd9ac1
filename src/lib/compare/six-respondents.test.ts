// The six respondents that replied in both years, compared as their pages will show them:
// what a reader would notice if it went wrong.
import { describe, expect, it } from 'vitest';
import type { Submission } from '../schema.ts';
import { realCorpus } from '../../../test-support/real-corpus.ts';
import { compareReplies } from './compare-replies.ts';
import { blockMentionsOf, summarizeMentions, NAMED_KINDS } from './mention-summary.ts';
import { commonSubstrings, isWithin } from '../../../test-support/common-substrings.ts';

interface ReplyPair {
  respondent: string;
  earlier: Submission;
  later: Submission;
}

function replyPairs(): ReplyPair[] {
  const { submissions } = realCorpus();
  const inReport = (respondent: string, report: string) =>
    submissions.find((submission) => submission.respondent === respondent && submission.report === report);
  return [...new Set(submissions.map((submission) => submission.respondent))].sort().flatMap((respondent) => {
    const earlier = inReport(respondent, 'A/66/115');
    const later = inReport(respondent, 'A/73/112');
    return earlier && later ? [{ respondent, earlier, later }] : [];
  });
}

const PAIRS = replyPairs();

it('finds the six respondents that replied in both years', () => {
  expect(PAIRS.map((pair) => pair.respondent)).toEqual(['csto', 'el-salvador', 'icao', 'interpol', 'nato', 'unodc']);
});

describe.each(PAIRS)('$respondent', ({ earlier, later }) => {
  const rows = compareReplies(earlier.blocks, later.blocks);
  const ids = (blocks: readonly { id: string }[]) => blocks.map((block) => block.id);

  it('shows every block of both replies once, the later reply in its order', () => {
    expect(rows.flatMap((row) => (row.later ? [row.later.id] : []))).toEqual(ids(later.blocks));
    const earlierIds = rows.flatMap((row) => (row.earlier ? [row.earlier.id] : []));
    expect([...earlierIds].sort()).toEqual(ids(earlier.blocks).sort());
  });

  it('marks in a row of two only passages that stand word for word in the block beside', () => {
    for (const { earlier: left, later: right, shared } of rows) {
      if (!left || !right) continue;
      const leftTexts = shared.earlier.map((range) => left.text.slice(...range));
      const rightTexts = shared.later.map((range) => right.text.slice(...range));
      expect(leftTexts).toEqual(rightTexts);
    }
  });

  it('marks in a block alone only passages that stand word for word in the other reply', () => {
    for (const { earlier: left, later: right, shared } of rows) {
      if (left && right) continue;
      const [block, ranges, otherReply] = left ? [left, shared.earlier, later] : [right!, shared.later, earlier];
      for (const range of ranges)
        expect(otherReply.blocks.some((other) => other.text.includes(block.text.slice(...range)))).toBe(true);
    }
  });

  it('marks every run of 20 characters that two paired blocks share', () => {
    for (const { earlier: left, later: right, shared } of rows) {
      if (!left || !right) continue;
      for (const common of commonSubstrings(left.text, right.text, 20)) {
        expect(isWithin(common.earlier, shared.earlier), left.text.slice(...common.earlier)).toBe(true);
        expect(isWithin(common.later, shared.later), right.text.slice(...common.later)).toBe(true);
      }
    }
  });

  it('pairs a block printed unchanged in both years with its copy, similarity 1, marked whole', () => {
    const earlierTexts = new Set(earlier.blocks.map((block) => block.text));
    for (const row of rows) {
      if (!row.later || !earlierTexts.has(row.later.text)) continue;
      expect(row.earlier?.text).toBe(row.later.text);
      expect(row.similarity).toBe(1);
      expect(row.shared.later).toEqual([[0, row.later.text.length]]);
    }
  });

  it('lists every instrument and resolution a block names in the mention columns, with that block', () => {
    const earlierMentions = blockMentionsOf(earlier);
    const laterMentions = blockMentionsOf(later);
    const summary = summarizeMentions(earlierMentions, laterMentions);
    const listed = (side: 'earlierBlockIds' | 'laterBlockIds') =>
      new Set(
        NAMED_KINDS.flatMap((kind) =>
          [...summary[kind].onlyEarlier, ...summary[kind].both, ...summary[kind].onlyLater].flatMap((thing) =>
            thing[side].map((blockId) => `${kind} ${thing.ref} ${blockId}`),
          ),
        ),
      );
    const asKey = (mention: { kind: string; ref: string; blockId: string }) =>
      `${mention.kind} ${mention.ref} ${mention.blockId}`;
    expect(new Set(earlierMentions.map(asKey))).toEqual(listed('earlierBlockIds'));
    expect(new Set(laterMentions.map(asKey))).toEqual(listed('laterBlockIds'));
  });
});

it("pairs NATO's heading 与伙伴的合作, printed in both years", () => {
  const nato = PAIRS.find((pair) => pair.respondent === 'nato')!;
  const row = compareReplies(nato.earlier.blocks, nato.later.blocks).find(
    (each) => each.later?.text === '与伙伴的合作',
  );
  expect(row?.earlier?.text).toBe('与伙伴的合作');
  expect(row?.similarity).toBe(1);
});

it('puts resolution 1540 (2004), which UNODC names in both years, in the middle column', () => {
  const unodc = PAIRS.find((pair) => pair.respondent === 'unodc')!;
  const summary = summarizeMentions(blockMentionsOf(unodc.earlier), blockMentionsOf(unodc.later));
  expect(summary.resolution.both.map((thing) => thing.ref)).toContain('S/RES/1540(2004)');
});
