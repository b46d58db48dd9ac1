// What the search knows about each reply, built from corpus.json: the searchable parts of its
// text (each with the anchor a result links to), the Pagefind record that finds it, its filter
// values (the facets), and the small card the search page shows for it (files/cards.ts).
import type { Corpus, Respondent, Submission } from '../../schema.ts';
import type { ReplyCard } from '../files/cards.ts';
import { nameFilters } from './name-filters.ts';
import { normalizeForSearch } from '../text/normalize.ts';
import { searchUnits } from '../text/search-units.ts';
import { recordContent } from '../text/tokens.ts';
import { replyPath, reportSlug } from '../../urls.ts';

/** Filter name → the reply's values. Pagefind filters, URL parameters and the filter lists all use these names. */
export type ReplyFilterValues = Record<string, string[]>;

/** Where filters beyond the basic ones come from; nameFilters (name-filters.ts) unless a test says otherwise. */
export type ExtraFilters = (submission: Submission) => ReplyFilterValues;

/** The filters every reply has, plus the names it cites or mentions. */
export function replyFilterValues(
  submission: Submission,
  respondent: Respondent,
  extraFilters: ExtraFilters,
): ReplyFilterValues {
  return {
    report: [submission.report],
    year: [submission.received.slice(0, 4)],
    kind: [respondent.kind],
    language: [submission.originalLanguage],
    // The measures the reply reports, as this site codes them; none for a reply not yet coded.
    measure: [...new Set(submission.measures.map((each) => each.measure))],
    ...extraFilters(submission),
  };
}

export interface ReplyRecord {
  url: string;
  /** The respondent's id: with the report, what names the reply (reply-facets.ts). */
  respondent: string;
  content: string;
  language: 'zh';
  filters: ReplyFilterValues;
  card: ReplyCard;
}

/** One Pagefind record per reply, in corpus order (newest report first, each in its printed order): results come in this order (engine/search-engine.ts). */
export function replyRecords(corpus: Corpus, extraFilters: ExtraFilters = nameFilters(corpus)): ReplyRecord[] {
  const respondents = new Map(corpus.respondents.map((respondent) => [respondent.id, respondent]));
  return corpus.submissions.map((submission) => {
    const respondent = respondents.get(submission.respondent);
    if (!respondent) throw new Error(`${submission.id}: respondent "${submission.respondent}" is not in corpus.json`);
    const units = searchUnits(submission);
    return {
      url: submission.url,
      respondent: submission.respondent,
      content: recordContent(units.map((unit) => normalizeForSearch(unit.text))),
      language: 'zh',
      filters: replyFilterValues(submission, respondent, extraFilters),
      card: {
        id: submission.id,
        report: submission.report,
        received: submission.received,
        kind: respondent.kind,
        language: submission.originalLanguage,
        name: respondent.name,
        ...(respondent.acronym ? { acronym: respondent.acronym } : {}),
        page: replyPath(respondent, { slug: reportSlug(submission.report) }),
        ...(submission.flags.length > 0 ? { flags: submission.flags } : {}),
        units,
      },
    };
  });
}

/** For each filter and value, the number of replies: what the search page lists before any query. */
export function filterTotals(records: readonly Pick<ReplyRecord, 'filters'>[]): Record<string, Record<string, number>> {
  const totals: Record<string, Record<string, number>> = {};
  for (const record of records) {
    for (const [name, values] of Object.entries(record.filters))
      for (const value of values) (totals[name] ??= {})[value] = (totals[name]![value] ?? 0) + 1;
  }
  return totals;
}

/**
 * The Pagefind page hash and URL of each record in a fragment file: Pagefind writes one
 * fragment per page (fragment/zh_161a778.pf_fragment) or, on large sites, groups of them
 * keyed by page hash. `json` is the file after gunzip, without Pagefind's 12-byte signature.
 */
export function fragmentPages(path: string, json: unknown): { id: string; url: string }[] {
  const name = /([^/]+)\.pf_fragment$/.exec(path)?.[1];
  if (!name || typeof json !== 'object' || json === null) throw new Error(`${path}: not a Pagefind fragment file`);
  if (typeof (json as { url?: unknown }).url === 'string') return [{ id: name, url: (json as { url: string }).url }];
  return Object.entries(json as Record<string, { url?: unknown }>).map(([id, fragment]) => {
    if (typeof fragment?.url !== 'string') throw new Error(`${path}: fragment ${id} has no url`);
    return { id, url: fragment.url };
  });
}
