// How far two independent codings agree, as content analysts measure it: for each measure, at
// the level of the reply (does the reply report it, yes or no?), the share of replies both
// coders judged alike (percent agreement) and Cohen's kappa, which discounts the agreement two
// coders would reach by chance with the same rates of yes.
import { MEASURE_IDS, type MeasureId } from './codebook.ts';

/** A coding as the agreement reads it: which measures each of its lines gives to which reply. */
export type CodedLines = readonly { submission: string; measures?: readonly string[] }[];

export interface MeasureAgreement {
  measure: MeasureId;
  replies: number;
  /** Replies each coder coded with the measure, and both. */
  first: number;
  second: number;
  both: number;
  /** Share of replies judged alike, 0–1. */
  percent: number;
  /** Cohen's kappa; 1 when both coders never use the measure or always do (no variation to explain). */
  kappa: number;
}

function repliesWith(coding: CodedLines, measure: string): Set<string> {
  return new Set(coding.filter((line) => line.measures?.includes(measure)).map((line) => line.submission));
}

/** Agreement per measure over the replies given (every reply both codings list). */
export function agreement(first: CodedLines, second: CodedLines, replies: readonly string[]): MeasureAgreement[] {
  const n = replies.length;
  return MEASURE_IDS.map((measure) => {
    const a = repliesWith(first, measure);
    const b = repliesWith(second, measure);
    const inA = replies.filter((id) => a.has(id)).length;
    const inB = replies.filter((id) => b.has(id)).length;
    const both = replies.filter((id) => a.has(id) && b.has(id)).length;
    const neither = replies.filter((id) => !a.has(id) && !b.has(id)).length;
    const observed = (both + neither) / n;
    const chance = (inA / n) * (inB / n) + (1 - inA / n) * (1 - inB / n);
    const kappa = chance === 1 ? 1 : (observed - chance) / (1 - chance);
    return { measure, replies: n, first: inA, second: inB, both, percent: observed, kappa };
  });
}
