import { describe, expect, it } from 'vitest';
import { blockMentionsOf, summarizeMentions, type BlockMention, type NamedKind } from './mention-summary.ts';

function mentions(kind: NamedKind, lines: string): BlockMention[] {
  // "ref block block …" per line.
  return lines
    .trim()
    .split('\n')
    .flatMap((line) => {
      const [ref, ...blockIds] = line.trim().split(/\s+/);
      return blockIds.map((blockId) => ({ kind, ref: ref!, blockId }));
    });
}

describe('summarizeMentions', () => {
  const earlier = [
    ...mentions('instrument', 'cwc e1 e3\nnpt e2\nbwc e2'),
    ...mentions('resolution', 'S/RES/1540(2004) e1'),
  ];
  const later = [
    ...mentions('instrument', 'bwc l1 l4\ncwc l2\nicsant l3\nctbt l3'),
    ...mentions('resolution', 'S/RES/1540(2004) l1 l2\nA/RES/72/42 l3'),
    ...mentions('organization', 'iaea l1'),
  ];
  const summary = summarizeMentions(earlier, later);

  it('sets out each kind in three columns, with the blocks that name each thing', () => {
    expect(summary.instrument).toEqual({
      onlyEarlier: [{ ref: 'npt', earlierBlockIds: ['e2'], laterBlockIds: [] }],
      both: [
        { ref: 'bwc', earlierBlockIds: ['e2'], laterBlockIds: ['l1', 'l4'] },
        { ref: 'cwc', earlierBlockIds: ['e1', 'e3'], laterBlockIds: ['l2'] },
      ],
      onlyLater: [
        { ref: 'ctbt', earlierBlockIds: [], laterBlockIds: ['l3'] },
        { ref: 'icsant', earlierBlockIds: [], laterBlockIds: ['l3'] },
      ],
    });
    expect(summary.resolution).toEqual({
      onlyEarlier: [],
      both: [{ ref: 'S/RES/1540(2004)', earlierBlockIds: ['e1'], laterBlockIds: ['l1', 'l2'] }],
      onlyLater: [{ ref: 'A/RES/72/42', earlierBlockIds: [], laterBlockIds: ['l3'] }],
    });
    expect(summary.organization).toEqual({
      onlyEarlier: [],
      both: [],
      onlyLater: [{ ref: 'iaea', earlierBlockIds: [], laterBlockIds: ['l1'] }],
    });
  });

  it('puts the things most blocks name first, then sorts by ref', () => {
    const { onlyLater } = summarizeMentions(
      [],
      mentions('instrument', 'npt l5\ncwc l1 l2\nbwc l3\nctbt l4'),
    ).instrument;
    expect(onlyLater.map((thing) => thing.ref)).toEqual(['cwc', 'bwc', 'ctbt', 'npt']);
  });

  it('counts a block once however often it names the thing, in the order the blocks first name it', () => {
    const { onlyEarlier } = summarizeMentions(
      mentions('instrument', 'beijing-convention e4 e1 e4 e4 e1'),
      [],
    ).instrument;
    expect(onlyEarlier).toEqual([{ ref: 'beijing-convention', earlierBlockIds: ['e4', 'e1'], laterBlockIds: [] }]);
  });

  it('gives empty columns when neither reply names anything', () => {
    const empty = { onlyEarlier: [], both: [], onlyLater: [] };
    expect(summarizeMentions([], [])).toEqual({
      instrument: empty,
      resolution: empty,
      organization: empty,
      measure: empty,
    });
  });
});

describe('blockMentionsOf', () => {
  it('takes the instruments and UN resolutions of every block, in reading order', () => {
    const reply = {
      blocks: [
        {
          id: 'a-73-112-p1',
          mentions: [
            { kind: 'instrument' as const, ref: 'npt' },
            { kind: 'resolution' as const, ref: 'S/RES/1540(2004)' },
          ],
        },
        { id: 'a-73-112-p2', mentions: [] },
        {
          id: 'a-73-112-p3',
          mentions: [
            { kind: 'other-resolution' as const, ref: 'AG-2016-RES-03' },
            { kind: 'document' as const, ref: 'S/2016/1038' },
            { kind: 'instrument' as const, ref: 'cwc' },
          ],
        },
      ],
    };
    expect(blockMentionsOf(reply)).toEqual([
      { kind: 'instrument', ref: 'npt', blockId: 'a-73-112-p1' },
      { kind: 'resolution', ref: 'S/RES/1540(2004)', blockId: 'a-73-112-p1' },
      { kind: 'instrument', ref: 'cwc', blockId: 'a-73-112-p3' },
    ]);
  });
});
