// A page of results as the search page shows them: each reply found, with the parts of its
// text (paragraphs, footnotes) that hold the query, or the name it was found by. A reply
// whose text turns out not to hold it is never shown nor counted: the outcome comes back
// without it, as a new value.
import { findHits, findHitsOfAny, type UnitHit } from './excerpt.ts';
import { withoutReplies, type Outcome } from './search-engine.ts';
import type { ReplyCard } from './reply-records.ts';

export interface ShownResult {
  card: ReplyCard;
  /** Found by a name the query is, not by the query's own text. */
  byName: boolean;
  /** Where its text holds the query (or the name), in reading order. */
  hits: UnitHit[];
}

export interface ShownPage {
  shown: ShownResult[];
  /** The outcome without the replies whose text does not hold the query after all. */
  outcome: Outcome;
  /** Those replies, to report. */
  dropped: string[];
}

/**
 * The hits of one reply: of the query's text, or of any form of the names it was found by.
 * Listed by filters alone: where it names the instruments and resolutions selected, or, if
 * none is, its first paragraph, unmarked.
 */
export function hitsOf(card: ReplyCard, outcome: Outcome, byName: boolean): UnitHit[] {
  if (outcome.byFilters) {
    const named = findHitsOfAny(card.units, outcome.filterMarks);
    const opening = card.units.find((unit) => unit.kind !== 'title') ?? card.units[0]!;
    return named.length > 0 ? named : [{ unit: opening, ranges: [] }];
  }
  return byName
    ? findHitsOfAny(
        card.units,
        outcome.names.flatMap((name) => name.marks),
      )
    : findHits(card.units, outcome.normalized);
}

/** The next page of results, from the cards of the ids shown next. */
export function showPage(outcome: Outcome, loaded: readonly { id: string; card: ReplyCard }[]): ShownPage {
  const shown: ShownResult[] = [];
  const dropped: string[] = [];
  for (const { id, card } of loaded) {
    const byName = outcome.ids.indexOf(id) >= outcome.exact;
    const hits = hitsOf(card, outcome, byName);
    if (hits.length > 0) shown.push({ card, byName, hits });
    else dropped.push(id);
  }
  return { shown, dropped, outcome: withoutReplies(outcome, new Set(dropped)) };
}
