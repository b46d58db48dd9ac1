// Who cites what: resolutions normalised to their symbols, instruments under any
// of their names, and the traps the texts set. Expectations written from the texts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findResolutionMentions } from '../src/lib/mentions/find-resolutions.ts';
import { findInstrumentMentions } from '../src/lib/mentions/find-instruments.ts';
import { instruments, realCorpus } from '../test-support/parse-sources.ts';

const resolutions = (text: string) => findResolutionMentions(text).map((mention) => `${mention.kind} ${mention.ref}`);
const instrumentIds = (text: string) => findInstrumentMentions(text, instruments()).map((mention) => mention.ref);

describe('resolutions', () => {
  it('normalise every way the texts write a Security Council resolution', () => {
    expect(resolutions('安全理事会第 1540 (2004)号决议')).toEqual(['resolution S/RES/1540(2004)']);
    expect(resolutions('第1540(2004)号决议')).toEqual(['resolution S/RES/1540(2004)']);
    expect(resolutions('安全理事会第 1540 号决议执行方案')).toEqual(['resolution S/RES/1540(2004)']);
    expect(resolutions('严格执行第 1540 (2004)号、第 1887 (2009)号、第 1977 (2011)号和第 2325 (2016)号决议。')).toEqual(
      [
        'resolution S/RES/1540(2004)',
        'resolution S/RES/1887(2009)',
        'resolution S/RES/1977(2011)',
        'resolution S/RES/2325(2016)',
      ],
    );
  });

  it('give the official year where the text misprints it', () => {
    expect(resolutions('安全理事会第 1737(2007)号决议')).toEqual(['resolution S/RES/1737(2006)']);
  });

  it('normalise General Assembly resolutions', () => {
    expect(resolutions('大会第 72/42 号决议所规定的反恐目标')).toEqual(['resolution A/RES/72/42']);
  });

  it('never turn laws, decrees, gazettes, national decisions or other bodies’ resolutions into UN symbols', () => {
    expect(resolutions('2006 年第 5072 号法令批准和第 185 号《政府公报》公布')).toEqual([]);
    expect(resolutions('关于设立该工作组的决定(第 028/17 N.C.T.C.号决定)')).toEqual([]);
    expect(resolutions('颁布了关于反恐怖主义的第 3(2004)号法案。颁布了关于化学武器的第 16 (2013)号法案。')).toEqual([]);
    expect(resolutions('非统组织第二十八届常会，会上通过了旨在加强合作的第213 号决议')).toEqual([
      'other-resolution 第213 号决议',
    ]);
    expect(resolutions('《国际刑警组织全球反恐怖主义战略》 (AG-2016-RES-03)定义了')).toEqual([
      'other-resolution AG-2016-RES-03',
    ]);
  });

  it('recognise other document symbols as documents', () => {
    expect(resolutions('根据第 CD/1299 号文件')).toEqual(['document CD/1299']);
    expect(resolutions('总干事的说明(EC-64/DG.8)')).toEqual(['document EC-64/DG.8']);
    expect(resolutions('化学武器公约)的AHG/Dec.181(XXXVIII)号决定')).toEqual(['document AHG/Dec.181(XXXVIII)']);
  });
});

describe('instruments', () => {
  it('are found under long and short titles, with or without 《》 and in brackets', () => {
    expect(instrumentIds('《关于禁止发展、生产、储存和使用化学武器及销毁此种武器的公约》(化学武器公约)')).toEqual([
      'cwc',
      'cwc',
    ]);
    expect(instrumentIds('《非洲无核武器区条约》(佩林达巴条约)')).toEqual(['pelindaba', 'pelindaba']);
    expect(instrumentIds('《制止国际民用航空非法行为公约》(北京公约)')).toEqual([
      'beijing-convention',
      'beijing-convention',
    ]);
  });

  it('take the longest title: Tlatelolco is not the TPNW, the amendment is not the convention', () => {
    expect(instrumentIds('《拉丁美洲禁止核武器条约》(《特拉特洛尔科条约》)')).toEqual(['tlatelolco', 'tlatelolco']);
    expect(instrumentIds('2017 年 7 月 7 日通过的《禁止核武器条约》')).toEqual(['tpnw']);
    expect(instrumentIds('古巴批准了《〈核材料实物保护公约〉修正案》')).toEqual(['cppnm-amendment']);
    expect(instrumentIds('《核材料实物保护公约》2005 年修正案的活动')).toEqual(['cppnm-amendment']);
    expect(instrumentIds('《核材料实物保护公约》及其《修正案》')).toEqual(['cppnm']);
  });
});

describe('the real corpus', () => {
  const corpus = realCorpus();
  const citing = (test: (citations: (typeof corpus.submissions)[number]['citations']) => boolean) =>
    corpus.submissions
      .filter((each) => test(each.citations))
      .map((each) => each.id)
      .sort();

  it('finds every reply that cites resolution 1540 (2004)', () => {
    expect(citing((citations) => citations.resolutions.includes('S/RES/1540(2004)'))).toEqual([
      'a-66-115-caricom',
      'a-66-115-estonia',
      'a-66-115-fatf',
      'a-66-115-guyana',
      'a-66-115-league-of-arab-states',
      'a-66-115-russian-federation',
      'a-66-115-unodc',
      'a-66-115-wco',
      'a-73-112-cuba',
      'a-73-112-el-salvador',
      'a-73-112-eu',
      'a-73-112-interpol',
      'a-73-112-nato',
      'a-73-112-philippines',
      'a-73-112-qatar',
      'a-73-112-unodc',
    ]);
  });

  it('finds every reply that names the Chemical Weapons Convention under any of its names', () => {
    expect(citing((citations) => citations.instruments.includes('cwc'))).toEqual([
      'a-66-115-african-union',
      'a-66-115-caricom',
      'a-66-115-oceania-customs-organisation',
      'a-66-115-opcw',
      'a-73-112-cuba',
      'a-73-112-eu',
      'a-73-112-interpol',
      'a-73-112-qatar',
    ]);
  });

  it('classifies every title in 《》 as an instrument, a national law or policy, or another document', () => {
    const registry = instruments();
    const classes = JSON.parse(readFileSync('content/data/titles.json', 'utf8')) as {
      national: string[];
      other: string[];
    };
    const known = new Set([...classes.national, ...classes.other]);
    const squeeze = (text: string) => text.replace(/[\s《》〈〉]/g, '');
    const aliases = new Set(registry.flatMap((instrument) => instrument.aliases.map(squeeze)));
    const texts = corpus.submissions.flatMap((each) => [
      ...each.blocks.map((block) => block.text),
      ...each.footnotes.map((note) => note.text),
    ]);
    const titles = texts.flatMap((text) =>
      [...text.matchAll(/《((?:[^《》]|《[^《》]*》)+)》/g)].map((match) => match[1]!),
    );
    const unclassified = [...new Set(titles)].filter((title) => !known.has(title) && !aliases.has(squeeze(title)));
    expect(unclassified).toEqual([]);
    expect(titles.length).toBeGreaterThan(100);
  });

  it('confirms the PDF link layer: every undocs.org resolution link is a resolution the report’s text cites', () => {
    for (const report of corpus.reports) {
      const cited = new Set([
        ...corpus.submissions
          .filter((each) => each.report === report.symbol)
          .flatMap((each) => each.citations.resolutions),
        ...report.intro.flatMap((block) =>
          block.mentions.filter((mention) => mention.kind === 'resolution').map((mention) => mention.ref),
        ),
      ]);
      const linked = report.links
        .map((link) => /undocs\.org\/((?:A|S)\/RES\/.+)$/.exec(link.url)?.[1])
        .filter((symbol): symbol is string => symbol !== undefined);
      for (const symbol of linked) expect(cited, `${report.symbol}: ${symbol}`).toContain(symbol);
    }
  });
});
