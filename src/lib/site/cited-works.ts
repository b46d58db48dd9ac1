// Resolutions and instruments as the site presents them: who cites each, where.
import type { Corpus, Instrument, Mention, Submission } from '../schema.ts';

/** S/RES/1540(2004) → s-res-1540-2004; A/RES/72/42 → a-res-72-42. */
export function resolutionSlug(symbol: string): string {
  return symbol
    .toLowerCase()
    .replace(/[/()]+/g, '-')
    .replace(/-+$/, '');
}

export function resolutionUrl(symbol: string): string {
  return `/resolutions/${resolutionSlug(symbol)}/`;
}

export function instrumentUrl(id: string): string {
  return `/instruments/${id}/`;
}

/** Security Council or General Assembly, in Chinese and English. */
export function resolutionBody(symbol: string): { zh: string; en: string } {
  return symbol.startsWith('S/')
    ? { zh: '安全理事会', en: 'Security Council' }
    : { zh: '大会', en: 'General Assembly' };
}

export interface CitingPassage {
  submission: Submission;
  blockId: string;
  text: string;
  mention: Mention;
}

/** Every passage that mentions ref, in corpus order: one per mention. */
export function citingPassages(corpus: Corpus, kind: 'resolution' | 'instrument', ref: string): CitingPassage[] {
  return corpus.submissions.flatMap((submission) =>
    submission.blocks.flatMap((block) =>
      block.mentions
        .filter((mention) => mention.kind === kind && mention.ref === ref)
        .map((mention) => ({ submission, blockId: block.id, text: block.text, mention })),
    ),
  );
}

export interface CitedWork {
  ref: string;
  /** Number of replies citing it, per report symbol. */
  perReport: Record<string, number>;
  total: number;
}

function countCiting(corpus: Corpus, refsOf: (submission: Submission) => string[]): CitedWork[] {
  const works = new Map<string, CitedWork>();
  for (const submission of corpus.submissions) {
    for (const ref of refsOf(submission)) {
      const work = works.get(ref) ?? { ref, perReport: {}, total: 0 };
      work.perReport[submission.report] = (work.perReport[submission.report] ?? 0) + 1;
      work.total++;
      works.set(ref, work);
    }
  }
  return [...works.values()].sort((a, b) => b.total - a.total || a.ref.localeCompare(b.ref));
}

export function citedResolutions(corpus: Corpus): CitedWork[] {
  return countCiting(corpus, (submission) => submission.citations.resolutions);
}

export function citedInstruments(corpus: Corpus): (CitedWork & { instrument: Instrument })[] {
  const byId = new Map(corpus.instruments.map((instrument) => [instrument.id, instrument]));
  return countCiting(corpus, (submission) => submission.citations.instruments).map((work) => ({
    ...work,
    instrument: byId.get(work.ref)!,
  }));
}
