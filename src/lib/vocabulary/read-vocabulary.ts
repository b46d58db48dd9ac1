// The curated vocabulary from content/data/: the forms researchers use for the instruments and
// resolutions, and the variants the reports' translators used. Read at build time.
import { readFileSync } from 'node:fs';
import { parseNameForms, parseVariants, type NameFormEntry, type VariantEntry } from './parse-vocabulary.ts';

export const NAME_FORMS_FILE = 'content/data/name-forms.tsv';
export const VARIANTS_FILE = 'content/data/variants.tsv';

export interface Vocabulary {
  forms: NameFormEntry[];
  variants: VariantEntry[];
}

export function readVocabulary(): Vocabulary {
  return {
    forms: parseNameForms(readFileSync(NAME_FORMS_FILE, 'utf8'), NAME_FORMS_FILE),
    variants: parseVariants(readFileSync(VARIANTS_FILE, 'utf8'), VARIANTS_FILE),
  };
}
