import { readFileSync } from 'node:fs';
import { checkExamples } from './check-examples.ts';
import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../../test-support/real-corpus.ts';
import { agreement } from './agreement.ts';
import { checkCoding, type CodedReply } from './check-coding.ts';
import { MEASURES, MEASURE_IDS } from './codebook.ts';
import { parseCoding } from './parse-coding.ts';
import { sentenceAnchor, sentenceNumber } from './sentence-anchor.ts';

const FILE = 'content/data/measures.jsonl';
const messages = (parse: () => unknown): string[] => {
  try {
    parse();
    return [];
  } catch (error) {
    return (error as AggregateError).errors.map((each: Error) => each.message);
  }
};

const REPLIES: CodedReply[] = [
  {
    id: 'a-73-112-cuba',
    blocks: [
      { id: 'a-73-112-p1', text: '古巴没有大规模毁灭性武器。古巴通过了第 81 号法令。古巴通过了第 81 号法令。' },
      { id: 'a-73-112-p2', text: '古巴批准了《化学武器公约》。' },
    ],
  },
  { id: 'a-73-112-qatar', blocks: [{ id: 'a-73-112-p1', text: '卡塔尔设立了委员会。' }] },
];
const line = (value: object) => JSON.stringify(value);
const status = (submission: string, extra: object = {}) => line({ submission, coded: '2026-12-07', ...extra });
const sentence = (
  submission: string,
  block: string,
  quote: string,
  measures = ['instruments'],
  domains = ['chemical'],
) => line({ submission, block, quote, measures, domains });

describe('parseCoding', () => {
  it('reads status lines and coded sentences, each with its line', () => {
    const coding = parseCoding(
      [status('a-73-112-cuba'), sentence('a-73-112-cuba', 'a-73-112-p2', '古巴批准了《化学武器公约》。')].join('\n'),
      FILE,
    );
    expect(coding.statuses).toEqual([{ submission: 'a-73-112-cuba', coded: '2026-12-07', line: 1 }]);
    expect(coding.sentences[0]).toMatchObject({
      block: 'a-73-112-p2',
      measures: ['instruments'],
      domains: ['chemical'],
      line: 2,
    });
  });

  it('says which lines are wrong and why, every one of them', () => {
    const text = [
      '{"submission": "a-73-112-cuba", "coded": "7 Dec"}',
      sentence('a-73-112-cuba', 'a-73-112-p2', 'x', ['export-control']),
      sentence('a-73-112-cuba', 'a-73-112-p2', 'x', ['instruments'], []),
      '{not json',
    ].join('\n');
    expect(messages(() => parseCoding(text, FILE))).toEqual([
      `${FILE}:1: "coded" must be a date, YYYY-MM-DD`,
      `${FILE}:2: unknown measure id "export-control": expected one of ${MEASURE_IDS.join(', ')}`,
      `${FILE}:3: "domain" must be a list of ids, not empty`,
      expect.stringMatching(new RegExp(`^${FILE}:4: not JSON: `)),
    ]);
  });
});

describe('checkCoding', () => {
  const check = (...lines: string[]) => checkCoding(parseCoding(lines.join('\n'), FILE), REPLIES);

  it('turns each coded sentence into its reply’s measures, with the sentence’s anchor', () => {
    const result = check(
      status('a-73-112-cuba'),
      sentence('a-73-112-cuba', 'a-73-112-p2', '古巴批准了《化学武器公约》。', ['instruments', 'legislation']),
    );
    expect(result.errors).toEqual([]);
    expect(result.coded.get('a-73-112-cuba')!.measures.map((each) => [each.measure, each.anchor])).toEqual([
      ['instruments', 'a-73-112-p2-s1'],
      ['legislation', 'a-73-112-p2-s1'],
    ]);
    expect(result.uncoded).toEqual(['a-73-112-qatar']);
  });

  it('stops at a quote no longer in its block, or in it twice, at the line that has it', () => {
    expect(
      check(
        status('a-73-112-cuba'),
        sentence('a-73-112-cuba', 'a-73-112-p2', '古巴加入了《生物武器公约》。'),
      ).errors.map((each) => each.message),
    ).toEqual([
      `${FILE}:2: the quote is not in a-73-112-p2 of a-73-112-cuba (any more): re-code this sentence from the text`,
    ]);
    expect(
      check(status('a-73-112-cuba'), sentence('a-73-112-cuba', 'a-73-112-p1', '古巴通过了第 81 号法令。')).errors.map(
        (each) => each.message,
      ),
    ).toEqual([
      `${FILE}:2: the quote occurs 2 times in a-73-112-p1: quote the whole sentence, so that it points at one place`,
    ]);
  });

  it('stops at an unknown reply or block, a reply listed twice, a sentence before its reply’s status', () => {
    const errors = check(
      sentence('a-73-112-cuba', 'a-73-112-p2', '古巴批准了《化学武器公约》。'),
      status('a-73-112-cuba'),
      status('a-73-112-cuba'),
      status('a-73-112-nowhere'),
      sentence('a-73-112-cuba', 'a-73-112-p9', 'x'),
    ).errors.map((each) => each.message);
    expect(errors).toEqual([
      `${FILE}:3: a-73-112-cuba is listed twice (also line 2)`,
      `${FILE}:4: no reply "a-73-112-nowhere" in the corpus`,
      `${FILE}:1: no status line for a-73-112-cuba before its sentences (expected {"submission":"a-73-112-cuba","coded":"YYYY-MM-DD"})`,
      `${FILE}:5: a-73-112-cuba has no block a-73-112-p9`,
    ]);
  });

  it('finds the real coding whole: every reply of both reports listed, every quote once in its block', () => {
    const corpus = realCorpus();
    const result = checkCoding(parseCoding(readFileSync(FILE, 'utf8'), FILE), corpus.submissions);
    expect(result.errors.map((each) => each.message)).toEqual([]);
    expect(result.uncoded).toEqual([]);
    expect(result.coded.size).toBe(38);
    expect(result.coded.get('a-66-115-turkmenistan')!.measures).toEqual([]);
  });
});

describe('checkExamples', () => {
  it('stops the build, naming the codebook, when the coding no longer gives an example its measure', () => {
    const coding = parseCoding(readFileSync(FILE, 'utf8'), FILE);
    expect(checkExamples(coding)).toEqual([]);
    const trade = MEASURES.find((measure) => measure.id === 'trade-controls')!;
    const recoded = {
      ...coding,
      sentences: coding.sentences.map((sentence) =>
        sentence.quote === trade.example.quote
          ? { ...sentence, measures: sentence.measures.filter((id) => id !== 'trade-controls') }
          : sentence,
      ),
    };
    const widened = {
      ...coding,
      sentences: coding.sentences.map((sentence) =>
        sentence.quote === trade.example.quote
          ? { ...sentence, measures: [...sentence.measures, 'cooperation'] }
          : sentence,
      ),
    };
    expect(checkExamples(widened as typeof coding)).toHaveLength(1);
    expect(checkExamples(recoded).map((error) => error.message)).toEqual([
      `src/lib/measures/codebook.ts: the example of trade-controls is not a sentence ${FILE} codes with it alone in a-66-115-thailand: ${trade.example.quote}`,
    ]);
  });
});

describe('sentence anchors', () => {
  it('number a block’s sentences by the 。！？ before them', () => {
    const text = '第一句。第二句！第三句？第四句';
    expect(sentenceNumber(text, 0)).toBe(1);
    expect(sentenceNumber(text, text.indexOf('第三句'))).toBe(3);
    expect(sentenceAnchor('a-73-112-p5', text, text.indexOf('第四句'))).toBe('a-73-112-p5-s4');
  });
});

describe('agreement', () => {
  it('is percent agreement and Cohen’s kappa per measure, at reply level', () => {
    // legislation: both coders yes on r1, A only on r2, neither on r3 and r4: observed 3/4;
    // chance (2/4)(1/4) + (2/4)(3/4) = 1/2; kappa (3/4 − 1/2) / (1 − 1/2) = 0.5.
    const first = [
      { submission: 'r1', measures: ['legislation'] },
      { submission: 'r2', measures: ['legislation'] },
    ];
    const second = [{ submission: 'r1', measures: ['legislation', 'legislation'] }];
    const [legislation, security] = agreement(first, second, ['r1', 'r2', 'r3', 'r4']);
    expect(legislation).toEqual({
      measure: 'legislation',
      replies: 4,
      first: 2,
      second: 1,
      both: 1,
      percent: 0.75,
      kappa: 0.5,
    });
    // Never coded by either: full agreement, nothing to discount.
    expect(security).toMatchObject({ measure: 'material-security', percent: 1, kappa: 1 });
  });
});
