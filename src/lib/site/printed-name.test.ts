import { describe, expect, test } from 'vitest';
import { realCorpus } from '../../../test-support/real-corpus.ts';
import { printedName } from './printed-name.ts';

const INTERPOL = { name: { zh: '国际刑事警察组织' }, aliases: ['国际刑事警察组织', '国际刑警组织'] };
const ICAO = {
  name: { zh: '国际民用航空组织' },
  aliases: ['国际民用航空组织', '国际民用航空组织(国际民航组织)', '国际民航组织'],
};

describe('printedName', () => {
  test('the name a heading prints, where it differs from the canonical one', () => {
    expect(printedName({ id: 'a-66-115-interpol', heading: '国际刑警组织' }, INTERPOL)).toBe('国际刑警组织');
    expect(printedName({ id: 'a-73-112-interpol', heading: '国际刑事警察组织' }, INTERPOL)).toBe('国际刑事警察组织');
  });

  test('a short form in parentheses is not the name', () => {
    expect(printedName({ id: 'a-73-112-icao', heading: '国际民用航空组织(国际民航组织)' }, ICAO)).toBe(
      '国际民用航空组织',
    );
  });

  test('a section title around the name', () => {
    const eu = { name: { zh: '欧洲联盟' }, aliases: ['欧洲联盟'] };
    expect(printedName({ id: 'a-73-112-eu', heading: '从欧洲联盟收到的答复' }, eu)).toBe('欧洲联盟');
  });

  test('a heading without any of the names is an error that says what to do', () => {
    expect(() => printedName({ id: 'x', heading: '某组织' }, INTERPOL)).toThrow(/add the printed form to its aliases/);
  });

  // Read by hand from the headings in content/entries/submissions/ (the EU's is its section's title).
  test('every reply of both reports', () => {
    const corpus = realCorpus();
    const printed = Object.fromEntries(
      corpus.submissions.map((submission) => [
        submission.id,
        printedName(
          submission,
          corpus.respondents.find((each) => each.id === submission.respondent)!,
        ),
      ]),
    );
    const differing = Object.entries(printed).filter(([id, name]) => {
      const submission = corpus.submissions.find((each) => each.id === id)!;
      return corpus.respondents.find((each) => each.id === submission.respondent)!.name.zh !== name;
    });
    expect(Object.fromEntries(differing)).toEqual({ 'a-66-115-interpol': '国际刑警组织' });
    expect(printed['a-73-112-eu']).toBe('欧洲联盟');
    expect(printed['a-73-112-icao']).toBe('国际民用航空组织');
    expect(Object.keys(printed)).toHaveLength(38);
  });
});
