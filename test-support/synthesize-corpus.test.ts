import { describe, expect, it } from 'vitest';
import { assembleCorpus } from '../src/lib/corpus/assemble-corpus.ts';
import { synthesizeCorpus } from './synthesize-corpus.ts';
import { realCorpus } from './real-corpus.ts';

describe('synthesizeCorpus', () => {
  const real = realCorpus();
  const synthetic = synthesizeCorpus(real.reports, real.submissions, 3, 7);

  it('makes N copies of every report under new symbols, none of them real', () => {
    expect(synthetic.reports).toHaveLength(real.reports.length * 3);
    expect(synthetic.submissions).toHaveLength(real.submissions.length * 3);
    const symbols = synthetic.reports.map((report) => report.symbol);
    expect(new Set(symbols).size).toBe(symbols.length);
    for (const report of real.reports) expect(symbols).not.toContain(report.symbol);
  });

  it('keeps every reply’s text, re-ordered, with ids and footnote links that still fit the schema', () => {
    const corpus = assembleCorpus(synthetic, real.respondents, real.instruments);
    const [original] = real.submissions;
    const copy = corpus.submissions.find(
      (each) => each.respondent === original!.respondent && each.report === corpus.reports[0]!.symbol,
    )!;
    expect(copy.blocks.map((block) => block.text).sort()).toEqual(original!.blocks.map((block) => block.text).sort());
    for (const submission of corpus.submissions) {
      for (const ref of submission.blocks.flatMap((block) => block.footnoteRefs))
        expect(submission.footnotes.map((note) => note.id)).toContain(ref.footnote);
    }
  });

  it('is the same for the same seed', () => {
    expect(synthesizeCorpus(real.reports, real.submissions, 2, 7)).toEqual(
      synthesizeCorpus(real.reports, real.submissions, 2, 7),
    );
  });
});
