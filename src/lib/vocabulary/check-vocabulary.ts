// The curated vocabulary checked against the registries and the texts, at every build: a line
// that stops matching is a ParseError at its FILE:LINE, never a form silently dropped.
//   - a form's instrument exists, and the form is not one of its aliases already;
//   - a form the researchers use but the texts do not print: printed in a reply, it must be an
//     alias, or the replies that print it would not count as naming the instrument;
//   - no form names two things (two instruments, an instrument and a respondent, …);
//   - a variant is in one group only, and some form of each group occurs in the texts.
import type { Corpus } from '../schema.ts';
import { ParseError } from '../parse/parse-error.ts';
import { searchNames, sharedForms } from '../search/build/search-names.ts';
import { normalizeForSearch } from '../search/text/normalize.ts';
import { normalizedUnitTexts } from '../search/text/search-units.ts';
import { nameKey } from './name-forms.ts';
import type { NameFormEntry, VariantEntry } from './parse-vocabulary.ts';
import type { Vocabulary } from './read-vocabulary.ts';

const key = (text: string) => nameKey(normalizeForSearch(text));

function lineError(entry: { file: string; line: number }, reason: string): ParseError {
  return new ParseError(entry.file, entry.line, reason);
}

/** Where a curated instrument form is printed in a reply, outside the instrument's own aliases: "a-66-115-x a-66-115-p3". */
function printedAt(entry: NameFormEntry, aliases: readonly string[], corpus: Corpus): string | undefined {
  const form = key(entry.form);
  const own = [...aliases].map(key).sort((a, b) => b.length - a.length);
  for (const submission of corpus.submissions)
    for (const block of submission.blocks) {
      let text = key(block.text);
      for (const alias of own) text = text.replaceAll(alias, '\u0000');
      if (text.includes(form)) return `${submission.id} ${block.id}`;
    }
  return undefined;
}

function checkNameForms(forms: readonly NameFormEntry[], corpus: Corpus): ParseError[] {
  const errors: ParseError[] = [];
  for (const entry of forms) {
    if (entry.target.kind !== 'instrument') continue;
    const { id } = entry.target;
    const instrument = corpus.instruments.find((each) => each.id === id);
    if (!instrument) {
      errors.push(lineError(entry, `no instrument "${id}" in content/data/instruments.json`));
      continue;
    }
    if (instrument.aliases.map(key).includes(key(entry.form))) {
      errors.push(
        lineError(entry, `"${entry.form}" is printed by the texts: it is already an alias of ${id}; remove this line`),
      );
      continue;
    }
    const printed = printedAt(entry, instrument.aliases, corpus);
    if (printed)
      errors.push(
        lineError(
          entry,
          `"${entry.form}" is printed in ${printed}: add it to the aliases of ${id} in content/data/instruments.json (so that the reply counts as naming it) and remove this line`,
        ),
      );
  }
  for (const shared of sharedForms(searchNames(corpus, forms))) {
    const lines = forms.filter((entry) => !entry.form.includes('{') && key(entry.form) === shared.form);
    const where = lines.length > 0 ? lines : forms.filter((entry) => entry.form.includes('{'));
    const reason = `the form "${shared.form}" would name ${shared.names.join(' and ')}: no form may name two things`;
    errors.push(where[0] ? lineError(where[0], reason) : new ParseError('content/data', undefined, reason));
  }
  return errors;
}

function checkVariants(variants: readonly VariantEntry[], corpus: Corpus): ParseError[] {
  const errors: ParseError[] = [];
  const groupOf = new Map<string, VariantEntry>();
  const texts = corpus.submissions.flatMap(normalizedUnitTexts).map((text) => text.replace(/[《》〈〉]/g, ''));
  for (const entry of variants) {
    for (const form of entry.forms) {
      const normalized = normalizeForSearch(form);
      const other = groupOf.get(normalized);
      if (other && other !== entry)
        errors.push(
          lineError(entry, `"${form}" is also in the group of line ${other.line}: a form is in one group only`),
        );
      groupOf.set(normalized, entry);
    }
    if (!entry.forms.some((form) => texts.some((text) => text.includes(normalizeForSearch(form)))))
      errors.push(
        lineError(entry, `none of ${entry.forms.join(', ')} occurs in the texts: a group names a word the reports use`),
      );
  }
  return errors;
}

/** Every way the vocabulary no longer matches the registries and the texts. */
export function checkVocabulary(vocabulary: Vocabulary, corpus: Corpus): ParseError[] {
  return [...checkNameForms(vocabulary.forms, corpus), ...checkVariants(vocabulary.variants, corpus)];
}
