// What the top of a reply lists of its measures: each measure the reply reports, in the
// codebook's order, with the sentences that say so (their anchors and where they are).
import type { Submission } from '../schema.ts';
import { MEASURES, type Measure } from '../measures/codebook.ts';

export interface SentenceRef {
  anchor: string;
  /** "第5段第2句": the paragraph (or item) number as the page shows it and the sentence's place in it. */
  label: string;
}

export interface MeasureInReply {
  measure: Measure;
  sentences: SentenceRef[];
}

/**
 * "第5段第2句"; for a sub-heading, which has no paragraph number, its place among the reply's
 * sub-headings as search results name it ("小标题 3"), and the sentence only where it is not the first.
 */
export function sentenceLabel(submission: Pick<Submission, 'blocks'>, block: string, anchor: string): string {
  const number = submission.blocks.find((each) => each.id === block)?.number;
  const sentence = Number(/-s(\d+)$/.exec(anchor)![1]);
  if (number !== undefined) return `第${number}段第${sentence}句`;
  const heading = /-h(\d+)$/.exec(block)?.[1] ?? '';
  return `小标题 ${heading}${sentence > 1 ? ` 第${sentence}句` : ''}`.replace(/ $/, '');
}

export function measuresInReply(submission: Pick<Submission, 'blocks' | 'measures'>): MeasureInReply[] {
  return MEASURES.flatMap((measure) => {
    const anchors = new Map<string, SentenceRef>();
    for (const each of submission.measures)
      if (each.measure === measure.id && !anchors.has(each.anchor))
        anchors.set(each.anchor, { anchor: each.anchor, label: sentenceLabel(submission, each.block, each.anchor) });
    return anchors.size > 0 ? [{ measure, sentences: [...anchors.values()] }] : [];
  });
}
