// Resolutions and instruments as the site presents them: which replies mention each, and where.
import type { Corpus, Instrument, Mention, Report, Submission } from '../schema.ts';

export interface MentioningPassage {
  submission: Submission;
  blockId: string;
  text: string;
  mention: Mention;
}

/** Every passage that mentions ref, in corpus order: one per mention. */
export function passagesMentioning(
  corpus: Corpus,
  kind: 'resolution' | 'instrument',
  ref: string,
): MentioningPassage[] {
  return corpus.submissions.flatMap((submission) =>
    submission.blocks.flatMap((block) =>
      block.mentions
        .filter((mention) => mention.kind === kind && mention.ref === ref)
        .map((mention) => ({ submission, blockId: block.id, text: block.text, mention })),
    ),
  );
}

/** A resolution or instrument, with the number of replies that mention it. */
export interface MentionedWork {
  ref: string;
  /** Number of replies mentioning it, per report symbol. */
  perReport: Record<string, number>;
  total: number;
}

function countMentioning(corpus: Corpus, refsOf: (submission: Submission) => string[]): MentionedWork[] {
  const works = new Map<string, MentionedWork>();
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

export function mentionedResolutions(corpus: Corpus): MentionedWork[] {
  return countMentioning(corpus, (submission) => submission.citations.resolutions);
}

export function mentionedInstruments(corpus: Corpus): (MentionedWork & { instrument: Instrument })[] {
  const byId = new Map(corpus.instruments.map((instrument) => [instrument.id, instrument]));
  return countMentioning(corpus, (submission) => submission.citations.instruments).map((work) => ({
    ...work,
    instrument: byId.get(work.ref)!,
  }));
}

/** A reply with the passages that name something (none where only a footnote does). */
export interface ReplyPassages {
  submission: Submission;
  passages: MentioningPassage[];
}

/** One report's part of a resolution's or instrument's page. */
export interface MentionsInReport {
  report: Report;
  /** Replies of the report that mention it, in the report's order, each with its passages. */
  mentioning: ReplyPassages[];
  /**
   * Replies that do not name it but name an instrument that amends it (a convention's
   * amendment or protocol, content/data/instruments.json `amends`), each with those passages:
   * such a reply speaks of the instrument's text, so it is not listed as silent on it.
   */
  namingAmendment: ReplyPassages[];
  /** Replies of the report that do neither. */
  notMentioning: Submission[];
}

/** Every report, newest first, with the replies that mention ref, those that name only its amendments, and the others. */
export function mentionsByReport(corpus: Corpus, kind: 'resolution' | 'instrument', ref: string): MentionsInReport[] {
  const passages = passagesMentioning(corpus, kind, ref);
  const amendments = kind === 'instrument' ? amendmentsOf(corpus, ref) : [];
  const amendmentPassages = amendments.flatMap((amendment) => passagesMentioning(corpus, 'instrument', amendment));
  return corpus.reports.map((report) => {
    const replies = corpus.submissions.filter((submission) => submission.report === report.symbol);
    // What a reply cites counts its footnotes too, which have no passages to show.
    const refsOf = (submission: Submission) =>
      kind === 'resolution' ? submission.citations.resolutions : submission.citations.instruments;
    const withPassages = (submission: Submission, from: readonly MentioningPassage[]): ReplyPassages => ({
      submission,
      passages: from.filter((passage) => passage.submission === submission),
    });
    const mentioning = replies
      .filter((submission) => refsOf(submission).includes(ref))
      .map((submission) => withPassages(submission, passages));
    const namingAmendment = replies
      .filter((submission) => !refsOf(submission).includes(ref))
      .filter((submission) => amendments.some((amendment) => refsOf(submission).includes(amendment)))
      .map((submission) => withPassages(submission, amendmentPassages));
    const named = new Set([...mentioning, ...namingAmendment].map((reply) => reply.submission));
    return {
      report,
      mentioning,
      namingAmendment,
      notMentioning: replies.filter((submission) => !named.has(submission)),
    };
  });
}

/** Ids of the instruments that amend or add to `ref` (the CPPNM's amendment for the CPPNM). */
export function amendmentsOf(corpus: Pick<Corpus, 'instruments'>, ref: string): string[] {
  return corpus.instruments.filter((instrument) => instrument.amends === ref).map((instrument) => instrument.id);
}
