// The last stage of the pipeline: mark every mention in the text and list, per
// reply, what it cites.
import type { Block, Instrument, Mention, Submission } from '../schema.ts';
import { findResolutionMentions } from './find-resolutions.ts';
import { findInstrumentMentions } from './find-instruments.ts';
import { findBackReferences } from './find-back-references.ts';

export function findMentions(text: string, instruments: readonly Instrument[]): Mention[] {
  const named = findInstrumentMentions(text, instruments);
  return [...findResolutionMentions(text), ...named, ...findBackReferences(text, named, instruments)].sort(
    (a, b) => a.start - b.start,
  );
}

export function withMentions(block: Block, instruments: readonly Instrument[]): Block {
  return { ...block, mentions: findMentions(block.text, instruments) };
}

const unique = (values: string[]) => [...new Set(values)].sort();

export function withCitations(submission: Submission, instruments: readonly Instrument[]): Submission {
  const blocks = submission.blocks.map((block) => withMentions(block, instruments));
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
