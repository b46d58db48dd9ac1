// The files that carry, besides what they are for, the records whose text holds each of their
// forms (build/text-places.ts): a query that is such a form reads its records there and loads
// no word chunk.
import type { NameLabels } from '../../vocabulary/name-forms.ts';

/** Per form, the records (gaps: place-gaps.ts) whose text holds it; a form no record holds is absent. */
export type FormPlaces = Record<string, number[]>;

/** search/names/<place>.json.gz: a name's labels, page, marks and count, and where the text holds each of its forms. */
export interface NameFile extends NameLabels {
  text: FormPlaces;
}

/** search/variants/<group>.json.gz: for one group of variants, where the text holds each form. */
export type VariantFile = FormPlaces;
