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

/** Each row as "2011 block | 2018 block (why)", "-" for no block: what a reader sees. */
function readerRows(respondent: string): string[] {
  const pair = PAIRS.find((each) => each.respondent === respondent)!;
  const short = (id: string | undefined) => id?.replace(/^a-\d+-\d+-/, '') ?? '-';
  return compareReplies(pair.earlier.blocks, pair.later.blocks).map(
    (row) => `${short(row.earlier?.id)} | ${short(row.later?.id)}${row.pairedBy ? ` (${row.pairedBy})` : ''}`,
  );
}

// Written from reading the two texts; the pairs were settled before the alignment was written to find them.
describe('the pairs a reader makes', () => {
  it('El Salvador: the openings (a UN member, what it has committed to) and the national law; the lists stay with their lead paragraphs', () => {
    expect(readerRows('el-salvador')).toEqual([
      // 2011 ¶1 "as a member of the UN and the OAS, El Salvador has signed and ratified…"; 2018 ¶1 "a founding member of the UN…, committed…".
      'p1 | p1 (place)',
      // 2011 items 1–6: the instruments signed; nothing like them in 2018.
      'p2 | -',
      'p3 | -',
      'p4 | -',
      'p5 | -',
      'p6 | -',
      'p7 | -',
      // 2018 ¶2–4: no WMD held, disarmament, resolution 1540's mandate: new in 2018.
      '- | p2',
      '- | p3',
      '- | p4',
      // 2011 ¶8 "at the national level, the Special Law against Acts of Terrorism…"; 2018 ¶5 national institutions, action plans, national laws.
      'p8 | p5 (place)',
      // 2011 items 1–4: what that law provides.
      'p9 | -',
      'p10 | -',
      'p11 | -',
      'p12 | -',
    ]);
  });

  it('NATO: each paragraph under its own heading; the CBRN defence, partners and science sections paragraph by paragraph', () => {
    expect(readerRows('nato')).toEqual([
      // 2011 heading 大规模毁灭性武器的扩散 and its paragraph (2009 policy, Lisbon 2010 Strategic Concept) beside the
      // 2018 opening (the leaders' calls on the NPT and 1540, Warsaw summit): both what NATO's leaders set out.
      'h1 | -',
      'p1 | p1 (place)',
      'h2 | h1 (heading)',
      // Strengthened CBRN defence / the 2009 policy drives CBRN capabilities; then the multinational CBRN defence task force.
      'p2 | p2 (subject)',
      'p3 | p3 (subject)',
      // 2018: the bodies supporting NATO's CBRN defence, new.
      '- | p4',
      // 2011: intelligence sharing, a section 2018 does not have.
      'h3 | -',
      'p4 | -',
      'h4 | h2 (heading)',
      // 2018: support to civil authorities, the UN counter-terrorism office: new.
      '- | p5',
      // The partnership frameworks; the annual WMD conference.
      'p5 | p6 (wording)',
      'p6 | p7 (wording)',
      'h5 | h3 (heading)',
      // The Science for Peace and Security programme; 2011's second item (activities 2006–2010) has no counterpart.
      'p7 | p8 (wording)',
      'p8 | -',
    ]);
  });
});
