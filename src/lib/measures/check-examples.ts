// The codebook's examples (codebook.ts) must be sentences the coding codes with their measure alone:
// checked with the coding at build time, so that a re-coded sentence cannot leave the method page
// quoting an example the coding no longer gives.
import { ParseError } from '../parse/parse-error.ts';
import { MEASURES } from './codebook.ts';
import type { Coding } from './parse-coding.ts';

export const CODEBOOK_FILE = 'src/lib/measures/codebook.ts';

export function checkExamples(coding: Coding): ParseError[] {
  return MEASURES.flatMap(({ id, example }) =>
    coding.sentences.some(
      (sentence) =>
        sentence.submission === example.submission &&
        sentence.quote === example.quote &&
        sentence.measures.length === 1 &&
        sentence.measures[0] === id,
    )
      ? []
      : [
          new ParseError(
            CODEBOOK_FILE,
            undefined,
            `the example of ${id} is not a sentence ${coding.file} codes with it alone in ${example.submission}: ${example.quote}`,
          ),
        ],
  );
}
