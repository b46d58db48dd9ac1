// The last stage of the parse: mark every mention in the text (what a block names: resolutions,
// instruments, other documents) and list, per reply, what it cites (its `citations` in corpus.json).
import type { Block, Instrument, Mention, Report, SubmissionEntry } from '../schema.ts';
import { findResolutionMentions } from './find-resolutions.ts';
import { findInstrumentMentions } from './find-instruments.ts';
import { findBackReferences } from './find-back-references.ts';

export function findMentions(text: string, instruments: readonly Instrument[]): Mention[] {
  const named = findInstrumentMentions(text, instruments);
  return [...findResolutionMentions(text), ...named, ...findBackReferences(text, named, instruments)].sort(
    (a, b) => a.start - b.start,
  );
}

export function markBlockMentions(block: Block, instruments: readonly Instrument[]): Block {
  return { ...block, mentions: findMentions(block.text, instruments) };
}

const unique = (values: string[]) => [...new Set(values)].sort();

/** A reply with its blocks' mentions marked and its citations listed, footnotes included. */
export function markReplyMentions(submission: SubmissionEntry, instruments: readonly Instrument[]): SubmissionEntry {
  const blocks = submission.blocks.map((block) => markBlockMentions(block, instruments));
  const all = [
    ...blocks.flatMap((block) => block.mentions),
    ...submission.footnotes.flatMap((note) => findMentions(note.text, instruments)),
  ];
  const refsOf = (kinds: Mention['kind'][]) =>
    unique(all.filter((mention) => kinds.includes(mention.kind)).map((mention) => mention.ref));
  return {
    ...submission,
    blocks,
    citations: {
      resolutions: refsOf(['resolution']),
      instruments: refsOf(['instrument']),
      documents: refsOf(['document', 'other-resolution']),
    },
  };
}

/** A report with its introduction's mentions marked. */
export function markReportMentions(report: Report, instruments: readonly Instrument[]): Report {
  return { ...report, intro: report.intro.map((block) => markBlockMentions(block, instruments)) };
}
