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

/** "第5段第2句", or "小标题第1句" for a sub-heading, which has no number. */
export function sentenceLabel(submission: Pick<Submission, 'blocks'>, block: string, anchor: string): string {
  const number = submission.blocks.find((each) => each.id === block)?.number;
  const sentence = /-s(\d+)$/.exec(anchor)![1];
  return `${number === undefined ? '小标题' : `第${number}段`}第${sentence}句`;
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
