// One report's text → its part of the corpus. The stages, in order:
// lines → first lines after page furniture marked → page numbers → footnotes
// cut out → sections and replies → blocks → footnotes attached → flags. Pure:
// no file system, no Astro.
import { classifyLines, type Line } from './classify-lines.ts';
import { markFurnitureBreaks } from './read-page-breaks.ts';
import { findProvenPages } from './find-pages.ts';
import { splitFootnotes, type FootnoteDraft } from './split-footnotes.ts';
import { findReplies, type ReplyDraft } from './find-replies.ts';
import { buildBlocks } from './build-blocks.ts';
import type { BlockDraft } from './block-draft.ts';
import { attachFootnotes, type MarkSite } from './attach-footnotes.ts';
import { identifyRespondent } from './identify-respondent.ts';
import { readDate, readLanguage } from './read-reply-header.ts';
import { detectFlags } from './detect-flags.ts';
import { joinLines } from './join-lines.ts';
import { ParseError } from './parse-error.ts';
import { numberBlocks, type BlockNumber } from './number-blocks.ts';
import { footnoteId, introBlockId, officialDocumentUrl, reportSlug, submissionId } from '../urls.ts';
import type { Block, Footnote, Report, RespondentEntry, SubmissionEntry } from '../schema.ts';

export interface ParseOptions {
  /** Path of the source as it should appear in messages and source spans. */
  file: string;
  /** Document symbol, "A/73/112". */
  symbol: string;
  title: string;
  sha256: string;
  respondents: readonly RespondentEntry[];
}

export interface ParsedReport {
  report: Report;
  submissions: SubmissionEntry[];
}

/** A/73/112 → 73. */
export function sessionOf(symbol: string): number {
  const match = /^A\/(\d+)\/\d+$/.exec(symbol);
  if (!match) throw new ParseError(symbol, undefined, 'expected a General Assembly document symbol like "A/73/112"');
  return Number(match[1]);
}

/** The General Assembly's Nth session opens in September of 1945 + N. */
export function sessionYear(session: number): number {
  return 1945 + session;
}

export function parseReport(text: string, options: ParseOptions): ParsedReport {
  const { file } = options;
  const lines = markFurnitureBreaks(classifyLines(text));
  const pages = findProvenPages(lines);
  const { body, footnotes, links } = splitFootnotes(lines, file);
  const skeleton = findReplies(body, file);
  if (skeleton.replies.length === 0)
    throw new ParseError(
      file,
      undefined,
      'no replies found: expected reply headings followed by lines like "[原件：英文]"',
    );
  const submissions = buildSubmissions(skeleton.replies, footnotes, pages, options);
  // The introduction's paragraphs are numbered by the report itself, in order.
  const intro = buildBlocks(skeleton.intro, { file, numberedParagraphs: true }).map((draft, index) =>
    toBlock(draft, { id: introBlockId(index + 1), number: index + 1 }, file, pages, new Map()),
  );
  const session = sessionOf(options.symbol);
  const report: Report = {
    symbol: options.symbol,
    slug: reportSlug(options.symbol),
    year: sessionYear(session),
    session,
    title: options.title,
    officialUrl: officialDocumentUrl(options.symbol),
    intro,
    sections: skeleton.sections,
    links: links.map((link) => ({ ...link, ...pageOf(pages, link.line) })),
    source: { file, sha256: options.sha256, lines: lines.length },
  };
  return { report, submissions };
}

/** Every reply with its blocks and footnotes; every unknown respondent reported at once. */
function buildSubmissions(
  drafts: readonly ReplyDraft[],
  footnotes: readonly FootnoteDraft[],
  pages: Map<number, number>,
  { file, symbol, respondents }: ParseOptions,
): SubmissionEntry[] {
  const replies = drafts.map((draft) => ({ draft, blocks: buildBlocks(draft.lines, { file }) }));
  const attachments = attachFootnotes(markSites(replies), footnotes, file);
  const errors: ParseError[] = [];
  const submissions = replies.flatMap(({ draft, blocks }, index) => {
    const respondent = identifyRespondent(draft.heading, respondents);
    if (!respondent) {
      errors.push(
        new ParseError(
          file,
          draft.headingLine.no,
          `unknown respondent "${draft.heading}": expected a name or alias from content/data/respondents.json (add the respondent there)`,
          draft.headingLine.raw,
        ),
      );
      return [];
    }
    const mine = attachments.filter((attachment) => attachment.site.reply === index);
    const isLast = index === replies.length - 1;
    return [
      buildSubmission({
        draft,
        blocks,
        respondent,
        attachments: mine,
        slug: reportSlug(symbol),
        symbol,
        file,
        pages,
        isLast,
      }),
    ];
  });
  if (errors.length > 0)
    throw errors.length === 1
      ? errors[0]!
      : new AggregateError(errors, errors.map((error) => error.message).join('\n'));
  assertUniqueIds(submissions, file);
  return submissions;
}

function markSites(replies: { draft: ReplyDraft; blocks: BlockDraft[] }[]): MarkSite[] {
  return replies.flatMap(({ draft, blocks }, reply) => [
    ...draft.headingMarkers.map((marker) => ({ marker, line: draft.headingLine.no, reply, block: 'heading' as const })),
    ...blocks.flatMap((block, blockIndex) =>
      block.refs.map((ref) => ({ marker: ref.marker, line: ref.line, reply, block: blockIndex })),
    ),
  ]);
}

interface SubmissionInput {
  draft: ReplyDraft;
  blocks: BlockDraft[];
  respondent: RespondentEntry;
  attachments: { footnote: FootnoteDraft; site: MarkSite }[];
  slug: string;
  symbol: string;
  file: string;
  pages: Map<number, number>;
  isLast: boolean;
}

function buildSubmission(input: SubmissionInput): SubmissionEntry {
  const { draft, blocks, respondent, slug, file, pages } = input;
  const numbers = numberBlocks(
    blocks.map((block) => block.type),
    { slug },
  );
  const { footnotes, refTargets } = buildFootnotes(input, numbers);
  const typed = blocks.map((block, index) => toBlock(block, numbers[index]!, file, pages, refTargets, index));
  // Footnotes keep their own spans: they may be printed inside the next reply.
  const lastLine = Math.max(draft.dateLine.no, ...draft.lines.map((line: Line) => line.no));
  return {
    id: submissionId({ slug }, respondent.id),
    report: input.symbol,
    respondent: respondent.id,
    heading: draft.heading,
    section: draft.section,
    originalLanguage: readLanguage(draft.languageLine, file),
    received: readDate(draft.dateLine, file),
    flags: detectFlags({
      blockTexts: typed.map((block) => block.text),
      footnoteTexts: footnotes.map((note) => note.text),
      isLastInSource: input.isLast,
    }),
    blocks: typed,
    footnotes,
    // Filled in by the last stage, src/lib/mentions, which needs the instruments registry.
    citations: { resolutions: [], instruments: [], documents: [] },
    // Filled in from the curated coding (src/lib/measures/attach-measures.ts), where the reply is coded.
    measures: [],
    source: span(file, draft.headingLine.no, lastLine),
  };
}

/** A reply's footnotes, numbered in the order of their marks, and the footnote each mark (block:line) points to. */
function buildFootnotes(
  { attachments, slug, file, pages }: SubmissionInput,
  numbers: readonly BlockNumber[],
): { footnotes: Footnote[]; refTargets: Map<string, string> } {
  const sorted = [...attachments].sort((a, b) => a.site.line - b.site.line);
  const ids = new Map(sorted.map((attachment, index) => [attachment, footnoteId({ slug }, index + 1)]));
  const footnotes: Footnote[] = sorted.map((attachment) => ({
    id: ids.get(attachment)!,
    marker: attachment.footnote.marker,
    text: joinLines(attachment.footnote.lines.map((line) => line.text)),
    refersTo: attachment.site.block === 'heading' ? 'heading' : numbers[attachment.site.block]!.id,
    ...pageOf(pages, attachment.footnote.lines[0]!.no),
    source: span(file, attachment.footnote.lines[0]!.no, attachment.footnote.lines.at(-1)!.no),
  }));
  const refTargets = new Map<string, string>();
  for (const attachment of sorted) {
    if (attachment.site.block !== 'heading')
      refTargets.set(`${attachment.site.block}:${attachment.site.line}`, ids.get(attachment)!);
  }
  return { footnotes, refTargets };
}

function toBlock(
  draft: BlockDraft,
  { id, number }: BlockNumber,
  file: string,
  pages: Map<number, number>,
  refTargets: Map<string, string>,
  index = -1,
): Block {
  const footnoteRefs = draft.refs.map((ref) => ({
    marker: ref.marker,
    offset: ref.offset,
    footnote: refTargets.get(`${index}:${ref.line}`) ?? '',
  }));
  return {
    id,
    type: draft.type,
    ...(number === undefined ? {} : { number }),
    ...(draft.marker ? { marker: draft.marker } : {}),
    level: draft.level,
    text: draft.text,
    ...pageOf(pages, draft.startLine),
    footnoteRefs,
    mentions: [],
    source: span(file, draft.startLine, draft.endLine),
  };
}

function pageOf(pages: Map<number, number>, line: number): { page?: number } {
  const page = pages.get(line);
  return page === undefined ? {} : { page };
}

function span(file: string, startLine: number, endLine: number) {
  return { file, startLine, endLine };
}

function assertUniqueIds(submissions: readonly SubmissionEntry[], file: string): void {
  const seen = new Map<string, SubmissionEntry>();
  for (const submission of submissions) {
    const earlier = seen.get(submission.id);
    if (earlier) {
      throw new ParseError(
        file,
        submission.source.startLine,
        `a second reply from "${submission.heading}" in one report (the first is at line ${earlier.source.startLine}): expected one reply per respondent`,
      );
    }
    seen.set(submission.id, submission);
  }
}
