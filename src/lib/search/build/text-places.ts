// The records whose text holds a form, found at build time for the forms a query often is (the
// names' forms, the variants' forms), so that such a query needs none of Pagefind's word
// chunks: at 50× each character of a term costs a chunk of about 10 KB, and names are long
// (禁止化学武器公约: 8 chunks, 80 KB). "Holds" is what the word index finds: a searchable part
// of the record contains the normalized form (text/search-units.ts); parts never join.
import { toGaps } from '../files/place-gaps.ts';
import { normalizeForSearch } from '../text/normalize.ts';
import type { SearchUnit } from '../text/search-units.ts';

/** Between two parts of a record: a character no normalized form holds, so no form spans two parts. */
const PART_BREAK = '\u0000';

/** Each record's searchable text, normalized, its parts kept apart: what `recordsHolding` reads. */
export function recordTexts(records: readonly { card: { units: readonly Pick<SearchUnit, 'text'>[] } }[]): string[] {
  return records.map((record) => record.card.units.map((unit) => normalizeForSearch(unit.text)).join(PART_BREAK));
}

/** The records (places, ascending) whose text holds the normalized form. */
export function recordsHolding(texts: readonly string[], form: string): number[] {
  if (!form || form.includes(PART_BREAK)) throw new Error(`recordsHolding: no form to look for in "${form}"`);
  return texts.flatMap((text, place) => (text.includes(form) ? [place] : []));
}

/** For each form some record holds, those records as gaps (files/place-gaps.ts); a form none holds is left out. */
export function formPlaces(texts: readonly string[], forms: readonly string[]): Record<string, number[]> {
  return Object.fromEntries(
    forms.flatMap((form) => {
      const places = recordsHolding(texts, form);
      return places.length > 0 ? [[form, toGaps(places)]] : [];
    }),
  );
}
