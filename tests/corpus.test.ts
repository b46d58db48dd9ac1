// Invariants over both whole reports, against expectations written by hand from the texts.
import { readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CorpusSchema } from '../src/lib/schema.ts';
import { ENTRIES_DIR, toEntryFiles } from '../src/lib/corpus/entry-files.ts';
import { realCorpus, SOURCES } from '../test-support/parse-sources.ts';
import { parseEntriesFromSources } from '../src/lib/corpus/read-sources.ts';

// id, kind, original language, date received: read off the two texts.
const EXPECTED_REPLIES = `
a-73-112-cambodia state en 2018-04-05
a-73-112-cuba state es 2018-04-05
a-73-112-ecuador state es 2018-05-08
a-73-112-el-salvador state es 2018-05-15
a-73-112-lebanon state ar 2018-05-11
a-73-112-philippines state en 2018-05-09
a-73-112-qatar state ar 2018-04-10
a-73-112-eu organization en 2018-05-15
a-73-112-opanal organization en 2018-04-20
a-73-112-csto organization ru 2018-05-15
a-73-112-icao organization en 2018-05-15
a-73-112-interpol organization en 2018-05-10
a-73-112-nato organization en 2018-05-04
a-73-112-unodc organization en 2018-04-30
a-66-115-australia state en 2011-06-01
a-66-115-chile state es 2011-05-31
a-66-115-el-salvador state es 2011-05-23
a-66-115-estonia state en 2011-04-19
a-66-115-guyana state en 2011-05-24
a-66-115-russian-federation state ru 2011-05-20
a-66-115-thailand state en 2011-06-03
a-66-115-turkmenistan state ru 2011-04-27
a-66-115-ukraine state ru 2011-05-30
a-66-115-iaea organization en 2011-03-21
a-66-115-icao organization en 2011-05-31
a-66-115-imo organization en 2011-06-02
a-66-115-unodc organization en 2011-05-24
a-66-115-african-union organization en 2011-04-20
a-66-115-caricom organization en 2011-05-30
a-66-115-csto organization ru 2011-05-30
a-66-115-fatf organization en 2011-03-03
a-66-115-interpol organization en 2011-05-12
a-66-115-league-of-arab-states organization en 2011-05-31
a-66-115-nato organization en 2011-05-31
a-66-115-oceania-customs-organisation organization en 2011-05-17
a-66-115-opcw organization en 2011-05-27
a-66-115-osce organization en 2011-05-12
a-66-115-wco organization en 2011-05-25
`
  .trim()
  .split('\n')
  .map((line) => line.split(' '));

describe('the corpus of both reports', () => {
  const corpus = realCorpus();

  it('finds all 38 replies with the right respondent, kind, language and date, in report order', () => {
    const kinds = new Map(corpus.respondents.map((respondent) => [respondent.id, respondent.kind]));
    const found = corpus.submissions.map((each) => [
      each.id,
      kinds.get(each.respondent),
      each.originalLanguage,
      each.received,
    ]);
    expect(found).toEqual(EXPECTED_REPLIES);
  });

  it('counts 7 states, the EU and 6 organizations in A/73/112; 9 states and 15 organizations in A/66/115', () => {
    const count = (symbol: string, kind: string) =>
      corpus.submissions.filter(
        (each) => each.report === symbol && corpus.respondents.find((r) => r.id === each.respondent)!.kind === kind,
      ).length;
    expect([count('A/73/112', 'state'), count('A/73/112', 'organization')]).toEqual([7, 7]);
    expect(corpus.submissions.find((each) => each.id === 'a-73-112-eu')!.section.title).toBe('从欧洲联盟收到的答复');
    expect([count('A/66/115', 'state'), count('A/66/115', 'organization')]).toEqual([9, 15]);
  });

  it('has 32 respondents, one each for those that replied in both years', () => {
    expect(corpus.respondents).toHaveLength(32);
    const both = corpus.respondents
      .filter((r) => corpus.submissions.filter((s) => s.respondent === r.id).length === 2)
      .map((r) => r.id);
    expect(both.sort()).toEqual(['csto', 'el-salvador', 'icao', 'interpol', 'nato', 'unodc']);
  });

  it('records each reply’s section and sub-section', () => {
    const sectionOf = (id: string) => {
      const { section } = corpus.submissions.find((each) => each.id === id)!;
      return [section.number, section.title, section.subsection?.letter ?? null].join(' ');
    };
    expect(sectionOf('a-73-112-cuba')).toBe('二 从各国政府收到的答复 ');
    expect(sectionOf('a-73-112-interpol')).toBe('四 从国际组织收到的答复 ');
    expect(sectionOf('a-66-115-australia')).toBe('二 从会员国收到的答复 ');
    expect(sectionOf('a-66-115-unodc')).toBe('三 从国际组织收到的信息 A');
    expect(sectionOf('a-66-115-african-union')).toBe('三 从国际组织收到的信息 B');
  });

  it('keeps each introduction’s numbered paragraphs', () => {
    const intro = (symbol: string) => corpus.reports.find((report) => report.symbol === symbol)!.intro;
    expect(intro('A/73/112').map((block) => block.marker)).toEqual(['1.', '2.', '3.', '4.']);
    expect(intro('A/73/112')[3]!.text.endsWith('不发布增编。')).toBe(true);
    expect(intro('A/66/115').map((block) => block.marker)).toEqual(['1.', '2.', '3.']);
  });

  it('passes the schema, with ids unique in the corpus and on every respondent page', () => {
    expect(() => CorpusSchema.parse(corpus)).not.toThrow();
    const submissionIds = corpus.submissions.map((each) => each.id);
    expect(new Set(submissionIds).size).toBe(submissionIds.length);
    for (const respondent of corpus.respondents) {
      const onPage = corpus.submissions
        .filter((each) => each.respondent === respondent.id)
        .flatMap((each) => [
          each.id.replace(`-${respondent.id}`, ''),
          ...each.blocks.map((b) => b.id),
          ...each.footnotes.map((f) => f.id),
        ]);
      expect(new Set(onPage).size, respondent.id).toBe(onPage.length);
    }
  });

  it('links every footnote mark to its footnote and back', () => {
    for (const each of corpus.submissions) {
      const refs = each.blocks.flatMap((block) => block.footnoteRefs.map((ref) => [block.id, ref.footnote]));
      for (const [blockId, footnoteId] of refs) {
        expect(each.footnotes.find((note) => note.id === footnoteId)?.refersTo).toBe(blockId);
      }
    }
  });

  it('states a page number only where the page furniture proves it', () => {
    const pages = new Set(
      corpus.submissions.flatMap((each) => each.blocks.flatMap((block) => (block.page ? [block.page] : []))),
    );
    expect([...pages].sort((a, b) => a - b)).toEqual([10, 15, 16, 17]);
  });
});

describe('the sources', () => {
  it('are byte-identical copies of the UN texts', () => {
    const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
    expect(digest(SOURCES['A/73/112'])).toBe('12ebe3f5735294da290f530a47611a6d81422b17775894c242c01ac6ca33dfd7');
    expect(digest(SOURCES['A/66/115'])).toBe('8f10bda3e738a5ad3c0978cda819ce9445afa3a998827860517604f5a81e4ee3');
  });

  it('are what the committed entries were generated from (run `npm run entries` after a parser change)', () => {
    const expected = toEntryFiles(parseEntriesFromSources());
    const committed = ['reports', 'submissions'].flatMap((folder) =>
      readdirSync(`${ENTRIES_DIR}/${folder}`).map((name) => `${ENTRIES_DIR}/${folder}/${name}`),
    );
    expect(committed.sort()).toEqual(expected.map((file) => file.path).sort());
    for (const file of expected) expect(readFileSync(file.path, 'utf8'), file.path).toBe(file.content);
  });
});
