import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../../../test-support/real-corpus.ts';
import { normalizeForSearch } from '../text/normalize.ts';
import { generateQuerySet, referenceSearch } from '../../../../test-support/query-set.ts';
import { searchUnits } from '../text/search-units.ts';
import { matchingReplies } from '../query/match-query.ts';
import { parseQuery } from '../query/parse-query.ts';
import { simplify } from './simplify.ts';
import { simplifyQuery, toSimplified, type LoadSimplify } from './to-simplified.ts';
import { isTraditionalCharacter } from './traditional-characters.ts';

/** The real converter, counting how often it is asked for. */
function countingLoader(): { load: LoadSimplify; calls: () => number } {
  let calls = 0;
  return {
    load: async () => {
      calls++;
      return simplify;
    },
    calls: () => calls,
  };
}

describe('toSimplified', () => {
  it('finds the simplified text for a query in traditional characters', async () => {
    expect(await toSimplified('化學武器公約')).toBe('化学武器公约');
    expect(await toSimplified('國際刑警組織')).toBe('国际刑警组织');
    expect(await toSimplified('聯合國安全理事會第1540(2004)號決議')).toBe('联合国安全理事会第1540(2004)号决议');
  });

  it("takes Hong Kong's and Taiwan's forms, and words as well as characters", async () => {
    const pairs: [string, string][] = [
      ['衞生', '卫生'],
      ['裡面', '里面'],
      ['為了', '为了'],
      ['群眾', '群众'],
      ['乾淨', '干净'],
      ['頭髮', '头发'],
    ];
    for (const [traditional, simplified] of pairs)
      expect(await toSimplified(traditional), traditional).toBe(simplified);
  });

  it('converts a term that mixes both kinds of character', async () => {
    expect(await toSimplified('化學武器公约')).toBe('化学武器公约');
    expect(await toSimplified('防止恐怖分子獲取大规模毁灭性武器')).toBe('防止恐怖分子获取大规模毁灭性武器');
  });

  it('loads nothing for simplified characters, Latin, digits or characters in both (乾隆)', async () => {
    const { load, calls } = countingLoader();
    for (const text of ['化学武器公约', '核安全', 'cwc', 's/res/1540(2004)', '2018年4月', '乾隆', '后来', ''])
      expect(await toSimplified(text, load), text).toBe(text);
    expect(calls()).toBe(0);
    expect(await toSimplified('國', load)).toBe('国');
    expect(calls()).toBe(1);
  });
});

describe('simplifyQuery', () => {
  it('converts the terms with traditional characters only, keeping the text as typed', async () => {
    const { load, calls } = countingLoader();
    const query = parseQuery('化學武器公約 OR 禁止化学武器组织 核安全 -"國際 刑警"');
    const simplified = await simplifyQuery(query, load);
    expect(calls()).toBe(1);
    expect(simplified).toEqual({
      clauses: [
        [
          { kind: 'word', text: '化學武器公約', normalized: '化学武器公约', start: 0, end: 6 },
          { kind: 'word', text: '禁止化学武器组织', normalized: '禁止化学武器组织', start: 10, end: 18 },
        ],
        [{ kind: 'word', text: '核安全', normalized: '核安全', start: 19, end: 22 }],
      ],
      excluded: [{ kind: 'phrase', text: '國際 刑警', normalized: '国际刑警', start: 25, end: 30 }],
      hints: [],
    });
  });

  it('gives back the query itself, having loaded nothing, when no term has a traditional character', async () => {
    const { load, calls } = countingLoader();
    for (const text of ['核安全 出口管制', 'CWC OR ＢＷＣ', '-"1540 (2004)" 古巴', '']) {
      const query = parseQuery(text);
      expect(await simplifyQuery(query, load)).toBe(query);
    }
    expect(calls()).toBe(0);
  });

  it('lets a query in traditional characters find what the same query in simplified ones finds', async () => {
    const corpus = realCorpus();
    const replies = corpus.submissions.map((submission) => ({
      id: submission.id,
      units: searchUnits(submission).map((unit) => normalizeForSearch(unit.text)),
    }));
    const found = matchingReplies(await simplifyQuery(parseQuery('國際刑警組織 化學武器')), replies);
    expect(found).toEqual(matchingReplies(parseQuery('国际刑警组织 化学武器'), replies));
    expect(found.length).toBeGreaterThan(0);
    expect(matchingReplies(await simplifyQuery(parseQuery('化學武器公約')), replies)).toEqual(
      referenceSearch(corpus, '化学武器公约'),
    );
  });
});

describe('which characters load the converter', () => {
  it('never any character of the corpus, so no query cut from the site loads it', async () => {
    const corpus = realCorpus();
    const text = corpus.submissions.flatMap((submission) => searchUnits(submission).map((unit) => unit.text));
    expect([...normalizeForSearch(text.join(''))].filter(isTraditionalCharacter)).toEqual([]);
    const { load, calls } = countingLoader();
    for (const { query } of generateQuerySet(corpus)) await simplifyQuery(parseQuery(query), load);
    expect(calls()).toBe(0);
  });
});
