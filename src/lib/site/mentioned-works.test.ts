import { describe, expect, it } from 'vitest';
import { mentionedInstruments, mentionedResolutions, mentionsByReport, passagesMentioning } from './mentioned-works.ts';
import { resolutionSlug } from '../urls.ts';
import { realCorpus } from '../../../test-support/real-corpus.ts';

describe('mentioned works', () => {
  it('give resolutions URL slugs that keep them apart', () => {
    expect(resolutionSlug('S/RES/1540(2004)')).toBe('s-res-1540-2004');
    expect(resolutionSlug('A/RES/72/42')).toBe('a-res-72-42');
  });

  it('count the replies mentioning each, per report', () => {
    const corpus = realCorpus();
    const resolution1540 = mentionedResolutions(corpus).find((work) => work.ref === 'S/RES/1540(2004)')!;
    expect(resolution1540.perReport).toEqual({ 'A/73/112': 8, 'A/66/115': 8 });
    const cwc = mentionedInstruments(corpus).find((work) => work.ref === 'cwc')!;
    expect(cwc.total).toBe(8);
    expect(cwc.instrument.acronym).toBe('CWC');
  });

  it('find every passage with its block, for keyword in context', () => {
    const passages = passagesMentioning(realCorpus(), 'instrument', 'tlatelolco');
    expect(new Set(passages.map((passage) => passage.submission.id))).toEqual(
      new Set(['a-73-112-opanal', 'a-66-115-caricom']),
    );
    for (const passage of passages)
      expect(passage.text.slice(passage.mention.start, passage.mention.end)).toMatch(
        /特拉特洛尔科条约|拉丁美洲禁止核武器条约|^《条约》$/,
      );
  });
});

describe('mentionsByReport', () => {
  it('splits the replies of each report into those that mention a resolution and those that do not', () => {
    const corpus = realCorpus();
    const groups = mentionsByReport(corpus, 'resolution', 'S/RES/1540(2004)');
    expect(groups.map((group) => group.report.symbol)).toEqual(['A/73/112', 'A/66/115']);
    for (const group of groups) {
      const inReport = corpus.submissions.filter((submission) => submission.report === group.report.symbol);
      const ids = (replies: { id: string }[]) => replies.map((reply) => reply.id).sort();
      expect([...ids(group.mentioning.map((reply) => reply.submission)), ...ids(group.notMentioning)].sort()).toEqual(
        ids(inReport),
      );
      for (const reply of group.mentioning)
        expect(reply.submission.citations.resolutions).toContain('S/RES/1540(2004)');
      for (const reply of group.notMentioning) expect(reply.citations.resolutions).not.toContain('S/RES/1540(2004)');
    }
    expect(groups.map((group) => group.mentioning.length)).toEqual([8, 8]);
  });
});
