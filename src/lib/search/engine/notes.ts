// What the page says beside the results, after they show: the other forms of a term the
// reports use ("另见：核保安（3 份答复）"), never searched without asking; and, when a query
// finds nothing, what would find something: the query split at 、，；, another form of a
// term, the name a term resembles, the same query without the filters, and for a quotation
// the nearest paragraphs. Each offer is a query with the number of replies it finds, which
// is what following its link lists (the tests follow every one).
import { combinePlaces } from '../query/plan.ts';
import { replaceTerm, type QueryTerm } from '../query/terms.ts';
import { resembledNames } from '../../vocabulary/resemble.ts';
import { variantsInside, variantsOf } from '../../vocabulary/variants.ts';
import type { FilterSelection } from '../filters/filter-groups.ts';
import { replyId } from '../filters/reply-facets.ts';
import { nearestParagraphs, quotePieces, type NearParagraph } from './nearest-paragraphs.ts';
import type { SearchEngine, SearchRun } from './search-engine.ts';

/** Another form of a term the query has, and what the query finds with it instead. */
export interface OtherForm {
  /** The term as typed. */
  term: string;
  form: string;
  /** The query with the term replaced by the form. */
  query: string;
  /** Replies it lists, under the same filters. */
  count: number;
}

export type OfferKind = 'split' | 'variant' | 'name' | 'without-filters';

/** A query that finds something where this one found nothing. */
export interface Offer {
  kind: OfferKind;
  query: string;
  selection: FilterSelection;
  /** Replies it lists. */
  count: number;
  /** For a name: its label. */
  label?: string;
}

/** Separators that list several things in one term: 核安全、出口管制. */
const LIST_SEPARATORS = /[、，,；;]+/g;

const positiveTerms = (run: SearchRun): QueryTerm[] => run.outcome.parsed.clauses.flat();

/** A long form (化学、生物、放射和/或核) reads as a pasted quotation: the other forms of the one part it is. */
async function otherFormsOfQuote(search: SearchRun, engine: SearchEngine): Promise<OtherForm[]> {
  const { outcome } = search;
  const parts = outcome.quote?.parts ?? [];
  const variants = parts.length === 1 ? variantsOf((await engine.index()).file.variants, parts[0]!) : undefined;
  if (!variants) return [];
  const places = await engine.variantPlaces(variants.group);
  const forms = await Promise.all(
    variants.others.map(async (form) => ({
      term: outcome.query.trim(),
      form,
      query: form,
      count: (await engine.listed(places[form] ?? [], outcome.selection)).length,
    })),
  );
  return forms.filter((form) => form.count > 0);
}

/** Other forms of each term that is a form of a variant group, with what the query finds with each. */
export async function otherForms(search: SearchRun, engine: SearchEngine): Promise<OtherForm[]> {
  const { run, outcome } = search;
  // With no result, the offers name the other forms.
  if (outcome.ids.length === 0) return [];
  if (outcome.quote) return otherFormsOfQuote(search, engine);
  if (!run) return [];
  const { file } = await engine.index();
  const forms: OtherForm[] = [];
  for (const term of positiveTerms(search)) {
    const variants = variantsOf(file.variants, term.normalized);
    if (!variants) continue;
    const places = await engine.variantPlaces(variants.group);
    const index = run.plan.searches.indexOf(term.normalized);
    for (const form of variants.others) {
      const text = new Set(places[form] ?? []);
      const replaced = run.plan.searches.map((_, at) => (at === index ? text : run.text[at]!));
      const named = run.plan.searches.map((_, at) => (at === index ? text : run.named[at]!));
      const found = await engine.listed(combinePlaces(run.plan, named, replaced), outcome.selection);
      if (found.length > 0)
        forms.push({ term: term.text, form, query: replaceTerm(outcome.query, term, form), count: found.length });
    }
  }
  return forms;
}

/** What a query lists: the number of replies following its link shows. */
async function countOf(engine: SearchEngine, query: string, selection: FilterSelection): Promise<number> {
  return (await engine.search(query, selection)).ids.length;
}

/** Queries that would find something, for a query that found nothing. */
export async function offers(search: SearchRun, engine: SearchEngine): Promise<Offer[]> {
  const { outcome } = search;
  if (outcome.ids.length > 0 || outcome.reportTexts.length > 0 || outcome.parsed.clauses.length === 0) return [];
  const candidates: Omit<Offer, 'count'>[] = [];
  const { query, selection } = outcome;
  const { file } = await engine.index();
  const split = query.replace(LIST_SEPARATORS, ' ');
  if (split !== query) candidates.push({ kind: 'split', query: split, selection });
  for (const term of positiveTerms(search)) {
    for (const inside of variantsInside(file.variants, term.normalized))
      for (const other of inside.others)
        candidates.push({
          kind: 'variant',
          query: replaceTerm(query, term, term.normalized.replace(inside.form, other)),
          selection,
        });
    if (term.kind !== 'name')
      for (const { form } of resembledNames(file.names, term.normalized))
        candidates.push({ kind: 'name', query: replaceTerm(query, term, form), selection, label: form });
  }
  if (Object.keys(selection).length > 0) candidates.push({ kind: 'without-filters', query, selection: {} });
  const unique = candidates.filter(
    (offer, index) => candidates.findIndex((each) => each.query === offer.query && each.kind === offer.kind) === index,
  );
  const counted = await Promise.all(
    unique.map(async (offer) => ({ ...offer, count: await countOf(engine, offer.query, offer.selection) })),
  );
  return counted.filter((offer) => offer.count > 0);
}

/** For a quotation that no paragraph holds: the nearest paragraphs of the replies that hold most of its pieces. */
export async function nearestToQuote(search: SearchRun, engine: SearchEngine): Promise<NearParagraph[]> {
  const parts = search.reading.quote;
  if (!parts || search.outcome.quote || search.outcome.ids.length > 0) return [];
  const quote = parts.join('');
  const { file, words } = await engine.index();
  const found = await words.find(quotePieces(quote));
  const hits = new Map<number, number>();
  for (const places of found) for (const place of places) hits.set(place, (hits.get(place) ?? 0) + 1);
  const ranked = [...hits].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([place]) => place);
  const candidates = (await engine.listed(ranked, search.outcome.selection)).slice(0, 6);
  const cards = await Promise.all(candidates.map((place) => engine.card(replyId(file.replies, place))));
  return nearestParagraphs(quote, cards);
}
