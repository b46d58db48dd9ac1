import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../../test-support/real-corpus.ts';
import { checkVocabulary } from './check-vocabulary.ts';
import type { NameFormEntry, VariantEntry } from './parse-vocabulary.ts';
import { readVocabulary } from './read-vocabulary.ts';

const corpus = realCorpus();
const form = (id: string, text: string, line = 7): NameFormEntry => ({
  target: { kind: 'instrument', id },
  form: text,
  where: 'x',
  file: 'content/data/name-forms.tsv',
  line,
});
const group = (forms: string[], line = 3): VariantEntry => ({
  forms,
  evidence: 'x',
  file: 'content/data/variants.tsv',
  line,
});
const reasons = (forms: NameFormEntry[], variants: VariantEntry[] = []) =>
  checkVocabulary({ forms, variants }, corpus).map((error) => error.message);

describe('checkVocabulary', () => {
  it('finds the curated vocabulary matching the registries and the texts', () => {
    expect(checkVocabulary(readVocabulary(), corpus).map((error) => error.message)).toEqual([]);
  });

  it('points at the line of an unknown instrument, or of a form the texts already print', () => {
    expect(reasons([form('no-such', '条约')])).toEqual([
      'content/data/name-forms.tsv:7: no instrument "no-such" in content/data/instruments.json',
    ]);
    expect(reasons([form('cwc', '化学武器公约')])).toEqual([
      'content/data/name-forms.tsv:7: "化学武器公约" is printed by the texts: it is already an alias of cwc; remove this line',
    ]);
  });

  it('asks for an alias where a reply prints a researcher’s form, so that the reply counts as naming it', () => {
    // "生物武器" stands in for a form a reply prints outside the BWC's own titles.
    const [reason] = reasons([form('bwc', '生物武器')]);
    expect(reason).toMatch(
      /^content\/data\/name-forms\.tsv:7: "生物武器" is printed in a-\d+-\d+-[a-z-]+ a-\d+-\d+-p\d+: add it to the aliases of bwc/,
    );
  });

  it('refuses a form that would name two things', () => {
    expect(reasons([form('npt', '化学武器公约', 9)])).toContain(
      'content/data/name-forms.tsv:9: the form "化学武器公约" would name instrument:cwc and instrument:npt: no form may name two things',
    );
  });

  it('refuses a variant in two groups, and a group the texts never use', () => {
    expect(
      reasons([], [group(['核安全', '核保安'], 3), group(['核保安', '核安保'], 4), group(['甲乙丙', '丁戊己'], 5)]),
    ).toEqual([
      'content/data/variants.tsv:4: "核保安" is also in the group of line 3: a form is in one group only',
      'content/data/variants.tsv:5: none of 甲乙丙, 丁戊己 occurs in the texts: a group names a word the reports use',
    ]);
  });
});
