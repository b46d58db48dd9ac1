// A block's segments (block-segments.ts) grouped by the coded sentences they fall in, so that a
// page can wrap each coded sentence in an element with its anchor (a-73-112-p5-s2) and mark it.
// The text is cut where a sentence starts and ends; a mention or a footnote mark goes to the
// group where it starts; nothing of the text is lost or repeated.
import type { ReportedMeasure } from '../schema.ts';
import type { MeasureId } from '../measures/codebook.ts';
import type { Segment } from './block-segments.ts';

export interface CodedSentence {
  anchor: string;
  start: number;
  end: number;
  measures: MeasureId[];
}

export interface SegmentGroup {
  /** The coded sentence the group is, or none for text between them. */
  coded?: CodedSentence;
  segments: Segment[];
}

/** The coded sentences of one block, from its reply's measures, in reading order. */
export function codedSentences(text: string, block: string, measures: readonly ReportedMeasure[]): CodedSentence[] {
  const byAnchor = new Map<string, CodedSentence>();
  for (const each of measures) {
    if (each.block !== block) continue;
    const known = byAnchor.get(each.anchor);
    if (known) {
      if (!known.measures.includes(each.measure)) known.measures.push(each.measure);
      continue;
    }
    const start = text.indexOf(each.quote);
    if (start === -1) throw new Error(`${block}: the coded sentence is not in its text: ${each.quote}`);
    byAnchor.set(each.anchor, { anchor: each.anchor, start, end: start + each.quote.length, measures: [each.measure] });
  }
  return [...byAnchor.values()].sort((a, b) => a.start - b.start);
}

/** The length of text a segment covers (a footnote mark covers none of the block's text). */
const lengthOf = (segment: Segment) => (segment.kind === 'ref' ? 0 : segment.text.length);

/** The segments grouped by sentence; a text segment across a sentence's edge is cut there. */
export function groupBySentence(segments: readonly Segment[], sentences: readonly CodedSentence[]): SegmentGroup[] {
  const groups: SegmentGroup[] = [];
  const sentenceAt = (offset: number) => sentences.find((each) => each.start <= offset && offset < each.end);
  const push = (segment: Segment, coded: CodedSentence | undefined) => {
    const last = groups.at(-1);
    if (last && last.coded === coded) last.segments.push(segment);
    else groups.push({ ...(coded ? { coded } : {}), segments: [segment] });
  };
  let at = 0;
  for (const segment of segments) {
    if (segment.kind !== 'text') {
      // A mark right after a sentence's last character belongs to the sentence.
      push(segment, segment.kind === 'ref' ? (sentenceAt(at - 1) ?? sentenceAt(at)) : sentenceAt(at));
      at += lengthOf(segment);
      continue;
    }
    let from = 0;
    while (from < segment.text.length) {
      const offset = at + from;
      const coded = sentenceAt(offset);
      const edges = sentences.flatMap((each) => [each.start, each.end]).filter((edge) => edge > offset);
      const until = Math.min(at + segment.text.length, ...edges);
      push({ kind: 'text', text: segment.text.slice(from, until - at) }, coded);
      from = until - at;
    }
    at += segment.text.length;
  }
  return groups;
}
