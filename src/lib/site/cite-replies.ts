// How the site cites its replies: one CitationSet per reply and per numbered block, made
// once per build (formatting costs a few ms each) and shared by every page, the citation
// files and the Highwire tags Zotero reads.
import type { Block, Report, Respondent, Submission } from '../schema.ts';
import type { CitationSource } from '../cite/citation-source.ts';
import { buildCitationSet, type CitationSet } from '../cite/citation-set.ts';
import type { MetaTag } from '../cite/highwire-tags.ts';
import { coinsContextObject } from '../cite/coins.ts';
import { printedItemLabel } from '../cite/printed-item.ts';
import { englishArticle } from '../labels.ts';
import { replyPermalink } from './permalinks.ts';
import type { RespondentView } from './corpus-view.ts';
import { printedName } from './printed-name.ts';

/**
 * Citations as built name the day the page was built (the earliest a reader
 * can have seen this version); in a browser with JavaScript the page rewrites
 * it to the reader's day (src/scripts/cite-tools.ts).
 */
export const BUILT_ON = new Date().toISOString().slice(0, 10);

const cache = new Map<string, CitationSet>();

/** A reply with what its citation names: the report it is in and who wrote it. */
export interface CitableReply {
  submission: Submission;
  report: Report;
  respondent: Respondent;
}

/** A reply, or one numbered block of it: what a citation page or file cites. */
export interface CitableBlock {
  reply: CitableReply;
  block: Block | undefined;
}

export function citationSource(
  { submission, report, respondent }: CitableReply,
  block: Block | undefined,
  site: URL | undefined,
): CitationSource {
  const article = englishArticle(respondent);
  return {
    report: { symbol: report.symbol, year: report.year, title: report.title, officialUrl: report.officialUrl },
    respondent: {
      name: { zh: printedName(submission, respondent), en: respondent.name.en },
      ...(article ? { article } : {}),
    },
    submission: { id: submission.id, received: submission.received, flags: submission.flags },
    ...(block?.number ? { paragraph: paragraphLocator(block.number, block) } : {}),
    permalink: replyPermalink(respondent, report, block?.id, site),
    accessed: BUILT_ON,
  };
}

/** This site's number, and the report's own locators where it prints them: the page, the item's label. */
function paragraphLocator(number: number, block: Block): NonNullable<CitationSource['paragraph']> {
  const printed = printedItemLabel(block.marker);
  return {
    number,
    ...(block.page === undefined ? {} : { page: block.page }),
    ...(printed === undefined ? {} : { printed }),
  };
}

/** The name the report prints in the reply's heading, and the site's name for the respondent. */
export function citedNames({ submission, respondent }: CitableReply): { printed: string; canonical: string } {
  return { printed: printedName(submission, respondent), canonical: respondent.name.zh };
}

export function citationSet(reply: CitableReply, block: Block | undefined, site: URL | undefined): CitationSet {
  const key = `${reply.submission.id}/${block?.id ?? ''}`;
  let set = cache.get(key);
  if (!set) {
    set = buildCitationSet(citationSource(reply, block, site));
    cache.set(key, set);
  }
  return set;
}

/** Highwire Press tags for the one reply a page shows, so Zotero saves it as a report. */
export function replyCitationTags(reply: CitableReply, site: URL | undefined): MetaTag[] {
  return citationSet(reply, undefined, site).highwire;
}

/** A reply as a COinS ContextObject: where a page holds several replies, Zotero offers each as its reply page would save it. */
export function replyContextObject(reply: CitableReply, site: URL | undefined): string {
  const set = citationSet(reply, undefined, site);
  return coinsContextObject(set.highwire, replyDescription(set, reply.report));
}

/** Every reply and every numbered block: the /cite/ pages and files. */
export function citableBlocks(views: readonly RespondentView[]): CitableBlock[] {
  return views.flatMap(({ respondent, replies }) =>
    replies.flatMap(({ submission, report }) => {
      const reply = { submission, report, respondent };
      const numbered = submission.blocks.filter((block) => block.number !== undefined);
      return [{ reply, block: undefined }, ...numbered.map((block) => ({ reply, block }))];
    }),
  );
}

/** The three citation downloads, with the media types reference managers expect. */
export const CITATION_FILE_TYPES = [
  {
    extension: 'bib',
    contentType: 'application/x-bibtex; charset=utf-8',
    field: 'bibtex',
    format: 'bibtex',
    label: 'BibTeX',
    forWhom: 'LaTeX、JabRef',
  },
  {
    extension: 'ris',
    contentType: 'application/x-research-info-systems; charset=utf-8',
    field: 'ris',
    format: 'ris',
    label: 'RIS',
    forWhom: 'Zotero、EndNote',
  },
  {
    extension: 'json',
    contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8',
    field: 'cslJson',
    format: 'csl-json',
    label: 'CSL-JSON',
    forWhom: 'Zotero、pandoc',
  },
] as const;

export type CitationFileType = (typeof CITATION_FILE_TYPES)[number];

export function citationFile({ reply, block }: CitableBlock, type: CitationFileType, site: URL | undefined): Response {
  const set = citationSet(reply, block, site);
  return new Response(set[type.field], { headers: { 'Content-Type': type.contentType } });
}

/**
 * A reply page's description, which Zotero saves as the item's abstract: what
 * the page holds, in its citation's words, so that a summary or a reply the
 * report does not reproduce is never described as a reply's full text.
 */
export function replyDescription(set: CitationSet, report: Pick<Report, 'symbol' | 'year'>): string {
  const { title, flagNotes } = set.work.zh;
  const where = `载于秘书长报告 ${report.symbol}（${report.year}年）。`;
  return flagNotes.length === 0 ? `${title}全文，${where}` : `${title}，${where}${flagNotes.join('。')}。`;
}
