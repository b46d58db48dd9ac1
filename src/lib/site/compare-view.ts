// A respondent's two latest replies as its compare page shows them: what each names, in three
// columns (only the earlier, both, only the later), each thing linked to the paragraphs that
// name it; and the two texts aligned paragraph by paragraph, the passages repeated word for
// word marked (src/lib/compare/). Everything is computed at build time: the page needs no script.
import type { Block, Corpus, Report, Respondent, Submission } from '../schema.ts';
import { compareReplies } from '../compare/compare-replies.ts';
import type { PairedBy } from '../compare/align-blocks.ts';
import { cutAtRanges, type SharedPiece } from '../compare/shared-passages.ts';
import {
  summarizeMentions,
  blockMentionsOf,
  NAMED_KINDS,
  type BlockMention,
  type NamedKind,
  type NamedThing,
} from '../compare/mention-summary.ts';
import { bookTitle, resolutionTitle } from '../labels.ts';
import { MEASURE_IDS, measureOf, type MeasureId } from '../measures/codebook.ts';
import { sentenceLabel } from './reply-measures.ts';
import { normalizeForSearch } from '../search/text/normalize.ts';
import {
  instrumentPath,
  measurePath,
  paragraphCitePath,
  replyPath,
  resolutionPath,
  respondentPath,
  withAnchor,
} from '../urls.ts';

export interface Reply {
  submission: Submission;
  report: Report;
}

/** A link to a paragraph (or the reply itself, where only a footnote names the thing). */
export interface PlaceLink {
  label: string;
  path: string;
}

export interface NamedEntry {
  ref: string;
  label: string;
  /** The thing's own page on the site, where it has one. */
  path: string | undefined;
  earlier: PlaceLink[];
  later: PlaceLink[];
}

export type SummaryColumns = Record<'onlyEarlier' | 'both' | 'onlyLater', NamedEntry[]>;

export interface ComparedCell {
  block: Block;
  pieces: SharedPiece[];
  /** The block on its reply's own page: its permalink. */
  path: string;
  /** Its citation page, for a numbered paragraph or item. */
  citePath: string | undefined;
}

export interface CompareView {
  earlier: Reply;
  later: Reply;
  summary: Record<NamedKind, SummaryColumns>;
  rows: { earlier?: ComparedCell; later?: ComparedCell; similarity: number; pairedBy?: PairedBy }[];
}

/** Organizations each block names by any of their Chinese names; the respondent's own name is no news. */
function organizationMentions(corpus: Corpus, reply: Reply, self: string): BlockMention[] {
  const organizations = corpus.respondents.filter((each) => each.kind === 'organization' && each.id !== self);
  const forms = organizations.map((each) => ({
    id: each.id,
    marks: [each.name.zh, ...each.aliases].map(normalizeForSearch),
  }));
  return reply.submission.blocks.flatMap((block) => {
    const text = normalizeForSearch(block.text);
    return forms
      .filter((each) => each.marks.some((mark) => text.includes(mark)))
      .map((each) => ({ kind: 'organization' as const, ref: each.id, blockId: block.id }));
  });
}

/** What a reply cites by its citations data (footnotes included), each thing where its blocks name it. */
function namedIn(corpus: Corpus, reply: Reply, self: string): BlockMention[] {
  const named = [...blockMentionsOf(reply.submission), ...organizationMentions(corpus, reply, self)];
  const { instruments, resolutions } = reply.submission.citations;
  // Named only in a footnote: listed, linked to the reply.
  const inFootnotes = [
    ...instruments
      .filter((ref) => !named.some((each) => each.kind === 'instrument' && each.ref === ref))
      .map((ref) => ({ kind: 'instrument' as const, ref, blockId: '' })),
    ...resolutions
      .filter((ref) => !named.some((each) => each.kind === 'resolution' && each.ref === ref))
      .map((ref) => ({ kind: 'resolution' as const, ref, blockId: '' })),
  ];
  const measures = reply.submission.measures.map((each) => ({
    kind: 'measure' as const,
    ref: each.measure,
    blockId: each.anchor,
  }));
  return [...named, ...inFootnotes, ...measures];
}

function labelOf(corpus: Corpus, kind: NamedKind, ref: string): { label: string; path: string | undefined } {
  if (kind === 'measure') return { label: measureOf(ref as MeasureId).zh, path: measurePath(ref) };
  if (kind === 'resolution') return { label: resolutionTitle(ref).zh, path: resolutionPath(ref) };
  if (kind === 'instrument') {
    const instrument = corpus.instruments.find((each) => each.id === ref);
    return { label: instrument ? bookTitle(instrument.name.zh) : ref, path: instrumentPath(ref) };
  }
  const respondent = corpus.respondents.find((each) => each.id === ref);
  return { label: respondent?.name.zh ?? ref, path: respondent ? respondentPath(respondent) : undefined };
}

function placeLinks(reply: Reply, respondent: Respondent, blockIds: readonly string[], kind: NamedKind): PlaceLink[] {
  const page = replyPath(respondent, reply.report);
  if (kind === 'measure') {
    // A measure's places are its sentences, each given once however many of its measures it carries.
    const coded = new Map(reply.submission.measures.map((each) => [each.anchor, each.block]));
    return blockIds.map((anchor) => ({
      label: sentenceLabel(reply.submission, coded.get(anchor)!, anchor),
      path: withAnchor(page, anchor),
    }));
  }
  return blockIds.map((id) => {
    const block = reply.submission.blocks.find((each) => each.id === id);
    if (!block) return { label: '脚注', path: page };
    return { label: block.number ? `第${block.number}段` : '小标题', path: withAnchor(page, id) };
  });
}

function entries(
  corpus: Corpus,
  kind: NamedKind,
  things: readonly NamedThing[],
  replies: readonly [Reply, Reply],
  respondent: Respondent,
): NamedEntry[] {
  return things.map((thing) => ({
    ref: thing.ref,
    ...labelOf(corpus, kind, thing.ref),
    earlier: placeLinks(replies[0], respondent, thing.earlierBlockIds, kind),
    later: placeLinks(replies[1], respondent, thing.laterBlockIds, kind),
  }));
}

/** The compare page of a respondent that replied more than once: its two latest replies (`replies` newest first). */
export function compareView(corpus: Corpus, respondent: Respondent, replies: readonly Reply[]): CompareView {
  const [later, earlier] = replies as [Reply, Reply];
  const summary = summarizeMentions(namedIn(corpus, earlier, respondent.id), namedIn(corpus, later, respondent.id));
  const columns = (kind: NamedKind): SummaryColumns => {
    const column = (things: readonly NamedThing[]) => {
      const listed = entries(corpus, kind, things, [earlier, later], respondent);
      // Measures in the codebook's order, as everywhere else on the site.
      return kind === 'measure'
        ? listed.sort((a, b) => MEASURE_IDS.indexOf(a.ref as MeasureId) - MEASURE_IDS.indexOf(b.ref as MeasureId))
        : listed;
    };
    return {
      onlyEarlier: column(summary[kind].onlyEarlier),
      both: column(summary[kind].both),
      onlyLater: column(summary[kind].onlyLater),
    };
  };
  const cell = (reply: Reply, block: Block | undefined, ranges: [number, number][]): ComparedCell | undefined =>
    block && {
      block,
      pieces: cutAtRanges(block.text, ranges),
      path: withAnchor(replyPath(respondent, reply.report), block.id),
      citePath: block.number === undefined ? undefined : paragraphCitePath(reply.submission.id, block.id),
    };
  const rows = compareReplies(earlier.submission.blocks, later.submission.blocks).map((row) => ({
    similarity: row.similarity,
    ...(row.pairedBy ? { pairedBy: row.pairedBy } : {}),
    ...(row.earlier ? { earlier: cell(earlier, row.earlier, row.shared.earlier)! } : {}),
    ...(row.later ? { later: cell(later, row.later, row.shared.later)! } : {}),
  }));
  return {
    earlier,
    later,
    summary: Object.fromEntries(NAMED_KINDS.map((kind) => [kind, columns(kind)])) as Record<NamedKind, SummaryColumns>,
    rows,
  };
}
