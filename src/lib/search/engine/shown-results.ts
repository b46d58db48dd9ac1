// A page of results as the search page shows them: each reply found, with the parts of its
// text (paragraphs, footnotes) that hold the query's terms, or the names it was found by,
// and which of the terms it holds where. A reply whose text turns out not to satisfy the
// query is never shown nor counted: the outcome comes back without it, as a new value.
import { findHitsOfAny, findMentionHits, mergeHits, type UnitHit } from './excerpt.ts';
import { normalizeForSearch } from '../text/normalize.ts';
import type { SearchUnit } from '../text/search-units.ts';
import { positiveNeedles, withoutReplies, type Outcome } from './outcome.ts';
import type { ReplyCard } from '../files/cards.ts';
import { matchReply } from '../query/match-query.ts';

/** A term of the query and the parts of one reply that hold it. */
export interface TermInReply {
  /** The term as typed. */
  label: string;
  /** The parts that hold it as typed; none if the reply names it only in other words. */
  units: SearchUnit[];
  /** The term is a name the reply was found by, in other words than the term's. */
  byName: boolean;
}

export interface ShownResult {
  card: ReplyCard;
  /** Found by a name the query is, not by the query's own text. */
  byName: boolean;
  /** Where its text holds the query (or the name), in reading order. */
  hits: UnitHit[];
  /** With several terms: each positive term and where the reply holds it. */
  terms: TermInReply[];
}

export interface ShownPage {
  shown: ShownResult[];
  /** The outcome without the replies whose text does not hold the query after all. */
  outcome: Outcome;
  /** Those replies, to report. */
  dropped: string[];
}

/**
 * Where each positive term occurs in the reply, when there are several (one term says it with
 * its marks). A term the reply does not hold is left out, unless it is a name the reply was
 * found by: only then "in other words" is true (an alternative of OR it lacks is simply not there).
 */
function termsInReply(card: ReplyCard, outcome: Outcome, byName: boolean): { matches: boolean; terms: TermInReply[] } {
  const units = card.units.map((unit) => normalizeForSearch(unit.text));
  const match = matchReply(outcome.parsed, units);
  const several = outcome.parsed.clauses.flat().length > 1;
  const terms = several
    ? match.terms
        .filter((places) => !places.excluded)
        .map((places) => ({
          label: places.term.text,
          units: places.units.map((index) => card.units[index]!),
          byName: byName && places.units.length === 0 && places.term.kind === 'name',
        }))
        .filter((term) => term.units.length > 0 || term.byName)
    : [];
  return { matches: match.matches, terms };
}

/**
 * The hits of one reply. Found by its text: every positive term marked. Found by a name:
 * the name's forms marked too. A quotation: its parts. Listed by filters alone: where it
 * names the instruments and resolutions selected, or, if none is, its first paragraph, unmarked.
 */
export function hitsOf(card: ReplyCard, outcome: Outcome, byName: boolean): UnitHit[] {
  if (outcome.byFilters) {
    const named = findHitsOfAny(card.units, outcome.filterMarks);
    const opening = card.units.find((unit) => unit.kind !== 'title') ?? card.units[0]!;
    return named.length > 0 ? named : [{ unit: opening, ranges: [] }];
  }
  if (outcome.quote) {
    const sources = new Set(
      outcome.quote.sources.filter((source) => source.card.id === card.id).map((source) => source.unit.anchor),
    );
    return findHitsOfAny(card.units, outcome.quote.parts).filter((hit) => sources.has(hit.unit.anchor));
  }
  const marks = byName ? outcome.names.flatMap((name) => name.marks) : [];
  const texts = findHitsOfAny(card.units, [...positiveNeedles(outcome), ...marks]);
  if (!byName) return texts;
  const mentions = findMentionHits(
    card.units,
    outcome.names.map((name) => `${name.kind}:${name.value}`),
  );
  return mergeHits(card.units, texts, mentions);
}

/** The next page of results, from the cards of the ids shown next. */
export function showPage(outcome: Outcome, loaded: readonly { id: string; card: ReplyCard }[]): ShownPage {
  const shown: ShownResult[] = [];
  const dropped: string[] = [];
  for (const { id, card } of loaded) {
    const byName = outcome.ids.indexOf(id) >= outcome.exact;
    const hits = hitsOf(card, outcome, byName);
    const { matches, terms } =
      outcome.byFilters || outcome.quote ? { matches: true, terms: [] } : termsInReply(card, outcome, byName);
    // Found by its text, it must satisfy the query; found by a name, it must name it.
    if (hits.length > 0 && (byName || matches)) shown.push({ card, byName, hits, terms });
    else dropped.push(id);
  }
  return { shown, dropped, outcome: withoutReplies(outcome, new Set(dropped)) };
}
