import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../../test-support/real-corpus.ts';
import { codebookExamples } from './codebook-examples.ts';
import { MEASURES, MEASURE_IDS } from '../measures/codebook.ts';

const trade = MEASURES.find((measure) => measure.id === 'trade-controls')!;

describe('codebookExamples', () => {
  const corpus = realCorpus();

  it('finds the codebook’s sentence for every measure, on its reply page', () => {
    const examples = codebookExamples(corpus);
    expect([...examples.keys()].map((measure) => measure.id)).toEqual([...MEASURE_IDS]);
    const example = examples.get(trade)!;
    expect(example.respondent.id).toBe('thailand');
    expect(example.quote).toBe(trade.example.quote);
    expect(example.path).toMatch(/^\/states\/thailand\/a-66-115\/#a-66-115-p2-s\d+$/);
  });

  it('finds the same sentence in a copy of its reply, then any sentence of the measure, then none', () => {
    const copied = corpus.submissions.map((each) =>
      each.id === 'a-66-115-thailand' ? { ...each, id: 'a-100-115-thailand' } : each,
    );
    expect(codebookExamples({ ...corpus, submissions: copied }).get(trade)!.quote).toBe(trade.example.quote);
    const recoded = corpus.submissions.map((each) =>
      each.id === 'a-66-115-thailand'
        ? { ...each, measures: each.measures.filter((entry) => entry.measure !== 'trade-controls') }
        : each,
    );
    const other = codebookExamples({ ...corpus, submissions: recoded }).get(trade)!;
    expect(other.respondent.id).not.toBe('thailand');
    const none = corpus.submissions.map((each) => ({ ...each, measures: [] }));
    expect(codebookExamples({ ...corpus, submissions: none }).size).toBe(0);
  });
});
