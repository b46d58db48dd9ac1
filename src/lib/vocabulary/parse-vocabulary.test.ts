import { describe, expect, it } from 'vitest';
import { ParseError } from '../parse/parse-error.ts';
import { parseNameForms, parseVariants } from './parse-vocabulary.ts';

/** The errors a text gives, as FILE:LINE: reason. */
function errorsOf(parse: () => unknown): string[] {
  try {
    parse();
    return [];
  } catch (error) {
    const errors = error instanceof AggregateError ? error.errors : [error];
    return errors.map((each: ParseError) => each.message);
  }
}

describe('parseNameForms', () => {
  it('reads one form a line, with its target and where it is used, comments and empty lines aside', () => {
    const text = '# a comment\n\ninstrument:npt\t核不扩散条约\t新华社\nresolution:S/RES/*\t{n}决议\tusers\n';
    expect(parseNameForms(text, 'forms.tsv')).toEqual([
      { target: { kind: 'instrument', id: 'npt' }, form: '核不扩散条约', where: '新华社', file: 'forms.tsv', line: 3 },
      { target: { kind: 'resolution', body: 'S' }, form: '{n}决议', where: 'users', file: 'forms.tsv', line: 4 },
    ]);
  });

  it('says which lines are wrong, and why, every one of them', () => {
    const text = [
      'instrument:npt\t核不扩散条约',
      'treaty:npt\t核不扩散条约\tx',
      'instrument:npt\t第{n}号\tx',
      'resolution:S/RES/*\t安理会决议\tx',
      'instrument:cwc\t《化武公约》\tx',
      'instrument:cwc\t化武公约\tx',
    ].join('\n');
    expect(errorsOf(() => parseNameForms(text, 'forms.tsv'))).toEqual([
      'forms.tsv:1: expected 3 tab-separated fields: target, form, where the form is used',
      'forms.tsv:2: unknown target "treaty:npt": expected instrument:<id>, resolution:S/RES/* or resolution:A/RES/*',
      'forms.tsv:3: an instrument\u2019s form has no placeholders: "第{n}号"'.replace('\u2019', "'"),
      'forms.tsv:4: a resolution\u2019s form needs {n} and may have {year}, nothing else: "安理会决议"'.replace(
        '\u2019',
        "'",
      ),
      'forms.tsv:5: write the form without 《》〈〉 (the search ignores them): "《化武公约》"',
    ]);
  });
});

describe('parseVariants', () => {
  it('reads one group a line, its forms in order', () => {
    expect(parseVariants('核安全 / 核保安 / 核安保\tcounts', 'v.tsv')).toEqual([
      { forms: ['核安全', '核保安', '核安保'], evidence: 'counts', file: 'v.tsv', line: 1 },
    ]);
  });

  it('refuses a group of one form, or a line without its evidence', () => {
    expect(errorsOf(() => parseVariants('核安全\tcounts\n核安全 / 核保安', 'v.tsv'))).toEqual([
      'v.tsv:1: a group needs two forms or more, separated by " / "',
      'v.tsv:2: expected 2 tab-separated fields: forms separated by " / ", where each is used',
    ]);
  });
});
