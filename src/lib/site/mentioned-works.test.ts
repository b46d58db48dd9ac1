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

describe('an instrument and its amendment', () => {
  it("lists UNODC 2011, whose text names only the CPPNM's 2005 amendment, as naming the amendment, not as silent", () => {
    const corpus = realCorpus();
    const [a73, a66] = mentionsByReport(corpus, 'instrument', 'cppnm');
    const ids = (replies: { submission: { id: string } }[]) => replies.map((reply) => reply.submission.id);
    expect(ids(a66!.mentioning)).toEqual(['a-66-115-russian-federation']);
    expect(ids(a66!.namingAmendment)).toEqual(['a-66-115-unodc']);
    const [passage] = a66!.namingAmendment[0]!.passages;
    expect(passage!.text.slice(passage!.mention.start, passage!.mention.end)).toBe('核材料实物保护公约》2005 年修正案');
    expect(a66!.notMentioning.map((submission) => submission.id)).not.toContain('a-66-115-unodc');
    // 2018: Qatar names both; Cuba and Ecuador only the amendment.
    expect(ids(a73!.mentioning)).toEqual(['a-73-112-qatar']);
    expect(ids(a73!.namingAmendment).sort()).toEqual(['a-73-112-cuba', 'a-73-112-ecuador']);
  });

  it('keeps every reply in exactly one list', () => {
    const corpus = realCorpus();
    for (const group of mentionsByReport(corpus, 'instrument', 'cppnm')) {
      const listed = [
        ...group.mentioning.map((reply) => reply.submission.id),
        ...group.namingAmendment.map((reply) => reply.submission.id),
        ...group.notMentioning.map((submission) => submission.id),
      ].sort();
      const inReport = corpus.submissions.filter((each) => each.report === group.report.symbol).map((each) => each.id);
      expect(listed).toEqual(inReport.sort());
    }
  });
});
