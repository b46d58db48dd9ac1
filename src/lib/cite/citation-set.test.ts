// Every reply and paragraph of the real corpus, cited in every format: the
// invariants a citation must keep, and how long the build will spend on them.
import { performance } from 'node:perf_hooks';
import { describe, expect, test } from 'vitest';
import { realCorpus } from '../../../test-support/real-corpus.ts';
import { replyPath, withAnchor } from '../urls.ts';
import { buildCitationSet } from './citation-set.ts';
import type { CitationSource } from './citation-source.ts';

const SITE = 'https://example.org/wmd';

/** One source per reply and per numbered paragraph or item, as the citation pages will need them. */
function corpusSources(): CitationSource[] {
  const corpus = realCorpus();
  const sources: CitationSource[] = [];
  for (const submission of corpus.submissions) {
    const report = corpus.reports.find((candidate) => candidate.symbol === submission.report)!;
    const respondent = corpus.respondents.find((candidate) => candidate.id === submission.respondent)!;
    const reply: CitationSource = {
      report,
      respondent,
      submission,
      permalink: SITE + replyPath(respondent, report),
      accessed: '2026-11-23',
    };
    sources.push(reply);
    for (const block of submission.blocks) {
      if (block.number)
        sources.push({
          ...reply,
          paragraph: { number: block.number, ...(block.page ? { page: block.page } : {}) },
          permalink: withAnchor(reply.permalink, block.id),
        });
    }
  }
  return sources;
}

describe('the whole corpus', () => {
  const sources = corpusSources();

  test('every citation names the symbol, the permalink, the official document and the access date', () => {
    for (const source of sources) {
      const set = buildCitationSet(source);
      const texts = [set.gbt, set.chicago.reference, set.apa.reference, set.bibtex, set.ris, set.cslJson];
      for (const text of texts) expect(text).toContain(source.report.symbol);
      for (const text of texts) expect(text).toContain(source.permalink);
      for (const text of texts) expect(text).toContain(source.report.officialUrl);
      for (const text of [set.gbt, set.bibtex]) expect(text).toContain(source.accessed);
    }
  });

  test('a paragraph’s locator says whose paragraph and whose numbering, and is never bare', () => {
    for (const source of sources.filter((each) => each.paragraph)) {
      const set = buildCitationSet(source);
      const number = source.paragraph!.number;
      const locator = new RegExp(`(答复|说明)第${number}段（本站编号）`);
      for (const text of [set.gbt, set.bibtex, set.ris, set.cslJson]) expect(text).toMatch(locator);
      for (const text of [set.gbt, set.bibtex, set.ris, set.cslJson]) expect(text).not.toMatch(/[:,] 第\d+段/);
      for (const inText of [set.chicago.inText, set.apa.inText])
        expect(inText).toContain(`para. ${number} [numbered on this site])`);
    }
  });

  // Measured, not asserted beyond a loose ceiling: the numbers go in the report, a ceiling catches a regression.
  // 6.8 s here with the other unit tests running beside it: 14 ms a set, most of it citeproc-js's in-text citations.
  test('500 citation sets in well under a build budget', () => {
    const batch = Array.from({ length: 500 }, (_, index) => sources[index % sources.length]!);
    buildCitationSet(batch[0]!); // engines are built on first use; time that separately
    const started = performance.now();
    for (const source of batch) buildCitationSet(source);
    const elapsed = performance.now() - started;
    console.info(
      `${sources.length} corpus sources; 500 citation sets (3 styles + 2 in-text + BibTeX + RIS + CSL-JSON + Highwire) in ${Math.round(elapsed)} ms`,
    );
    expect(elapsed).toBeLessThan(15_000);
  });
});
