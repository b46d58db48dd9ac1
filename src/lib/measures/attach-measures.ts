// The last stage of the entries: each reply gets the measures the curated coding reports for it
// (content/data/measures.jsonl, checked by check-coding.ts), and the day it was coded. A reply the
// coding does not list stays "not yet coded": no measures, no date, and the build says which.
import type { SubmissionEntry } from '../schema.ts';
import { checkCoding, type CheckedCoding } from './check-coding.ts';
import type { Coding } from './parse-coding.ts';

export interface AttachedMeasures {
  submissions: SubmissionEntry[];
  errors: CheckedCoding['errors'];
  uncoded: string[];
}

export function attachMeasures(submissions: readonly SubmissionEntry[], coding: Coding): AttachedMeasures {
  const { errors, coded, uncoded } = checkCoding(coding, submissions);
  return {
    submissions: submissions.map((submission) => {
      const found = coded.get(submission.id);
      const { measuresCoded: _old, ...rest } = submission;
      return found ? { ...rest, measuresCoded: found.coded, measures: found.measures } : { ...rest, measures: [] };
    }),
    errors,
    uncoded,
  };
}
