import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../../test-support/real-corpus.ts';
import { measurePages, measureReportPages } from './measure-pages.ts';
import { MEASURE_IDS } from '../measures/codebook.ts';

const corpus = realCorpus();
const pages = measurePages(corpus);
const reportPages = measureReportPages(corpus, pages);
const anchorsOf = (groups: { replies: { submission: { id: string }; sentences: { anchor: string }[] }[] }[]) =>
  groups.flatMap((group) =>
    group.replies.flatMap((reply) => reply.sentences.map((each) => `${reply.submission.id} ${each.anchor}`)),
  );

describe('the pages of a measure', () => {
  it('hold every sentence coded with it once, on its page or on the page of a report it lists', () => {
    for (const measure of MEASURE_IDS) {
      const own = pages.find((page) => page.measure.id === measure && !page.domain)!;
      const listedHere = reportPages.filter((page) => page.measure.id === measure).map((page) => page.group);
      const expected = corpus.submissions.flatMap((submission) =>
        submission.measures.filter((each) => each.measure === measure).map((each) => `${submission.id} ${each.anchor}`),
      );
      expect(anchorsOf([...own.full, ...listedHere]).sort(), measure).toEqual(expected.sort());
      expect(own.listed.map((each) => each.path).sort()).toEqual(
        listedHere.map((group) => `/measures/${measure}/${group.report.slug}/`).sort(),
      );
    }
  });

  it('show the newest report first and list the older ones that do not fit', () => {
    const cooperation = pages.find((page) => page.measure.id === 'cooperation' && !page.domain)!;
    expect(cooperation.full.map((group) => group.report.symbol)).toEqual(['A/73/112']);
    expect(cooperation.listed.map((each) => each.path)).toEqual(['/measures/cooperation/a-66-115/']);
  });

  it('narrow to a domain: only the sentences naming it, with links to every domain the measure has', () => {
    const chemical = pages.find((page) => page.measure.id === 'legislation' && page.domain?.id === 'chemical')!;
    const sentences = chemical.full.flatMap((group) => group.replies.flatMap((reply) => reply.sentences));
    expect(sentences.length).toBeGreaterThan(0);
    for (const sentence of sentences) expect(sentence.domains.map((domain) => domain.id)).toContain('chemical');
    // El Salvador 2011, paragraph 11: its law defines chemical weapons.
    expect(sentences.map((each) => each.path)).toContain('/states/el-salvador/a-66-115/#a-66-115-p11-s1');
    const own = pages.find((page) => page.measure.id === 'legislation' && !page.domain)!;
    expect(chemical.domains).toEqual(own.domains);
  });

  it('label each sentence by its paragraph and place, and link it on its reply’s own page', () => {
    const financing = pages.find((page) => page.measure.id === 'financing' && !page.domain)!;
    const qatar = financing.full[0]!.replies.find((reply) => reply.respondent.id === 'qatar')!;
    expect(qatar.sentences[0]).toMatchObject({ label: expect.stringMatching(/^第\d+段第\d+句$/) });
    expect(qatar.sentences.every((each) => each.path.startsWith('/states/qatar/a-73-112/#a-73-112-p'))).toBe(true);
  });
});
