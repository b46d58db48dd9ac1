import { describe, expect, it } from 'vitest';
import type { ReportedMeasure } from '../schema.ts';
import { blockSegments } from './block-segments.ts';
import { codedSentences, groupBySentence } from './coded-sentences.ts';

const TEXT = '古巴没有此类武器。古巴通过了《化学武器公约》执行法。古巴培训了海关人员。';
const measure = (quote: string, anchor: string, id: ReportedMeasure['measure']): ReportedMeasure => ({
  measure: id,
  domains: ['chemical'],
  block: 'a-73-112-p1',
  quote,
  anchor,
});
const MEASURES = [
  measure('古巴通过了《化学武器公约》执行法。', 'a-73-112-p1-s2', 'legislation'),
  measure('古巴通过了《化学武器公约》执行法。', 'a-73-112-p1-s2', 'instruments'),
  measure('古巴培训了海关人员。', 'a-73-112-p1-s3', 'assistance'),
];

describe('the coded sentences of a block', () => {
  it('are found in its text once each, with every measure they carry', () => {
    expect(codedSentences(TEXT, 'a-73-112-p1', MEASURES)).toEqual([
      { anchor: 'a-73-112-p1-s2', start: 9, end: 26, measures: ['legislation', 'instruments'] },
      { anchor: 'a-73-112-p1-s3', start: 26, end: 36, measures: ['assistance'] },
    ]);
  });

  it('group the block’s segments, cutting the text at their edges and losing nothing', () => {
    const block = {
      text: TEXT,
      footnoteRefs: [{ marker: '1', offset: 26, footnote: 'fn1' }],
      mentions: [{ kind: 'instrument' as const, ref: 'cwc', start: 14, end: 22 }],
    };
    const groups = groupBySentence(blockSegments(block), codedSentences(TEXT, 'a-73-112-p1', MEASURES));
    expect(groups.map((group) => group.coded?.anchor ?? '')).toEqual(['', 'a-73-112-p1-s2', 'a-73-112-p1-s3']);
    expect(groups[1]!.segments.map((segment) => segment.kind)).toEqual(['text', 'mention', 'text', 'ref']);
    const text = groups
      .flatMap((group) => group.segments)
      .map((segment) => ('text' in segment ? segment.text : ''))
      .join('');
    expect(text).toBe(TEXT);
  });

  it('leave a block without coded sentences as one group', () => {
    const segments = blockSegments({ text: TEXT, footnoteRefs: [] });
    expect(groupBySentence(segments, [])).toEqual([{ segments }]);
  });
});
