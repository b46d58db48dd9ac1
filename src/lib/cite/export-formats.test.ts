import { Cite } from '@citation-js/core';
import { describe, expect, test } from 'vitest';
import { buildCitationItem } from './csl-item.ts';
import type { CitationSource } from './citation-source.ts';
import { toBibTeX, toCslJson, toRIS } from './export-formats.ts';
import {
  CUBA_PARAGRAPH_5,
  EL_SALVADOR_2011_PARAGRAPH_1,
  HOSTILE_NAMES,
  INTERPOL_ITEM_A,
  QATAR_ITEM_3,
  withRespondent,
} from '../../../test-support/citation-sources.ts';

/** Reads a file back the way a reference manager would: citation-js's BibTeX or RIS input. */
function parseBack(text: string): Record<string, unknown>[] {
  return new Cite(text).data;
}

/** A braced institutional author comes back as a family name without a given name. */
function authorNames(entry: Record<string, unknown>): string[] {
  return (entry['author'] as { literal?: string; family?: string; given?: string }[]).map((name) => {
    expect(name.given).toBeUndefined();
    return name.literal ?? name.family ?? '';
  });
}

const cuba = buildCitationItem(CUBA_PARAGRAPH_5);
const PARAGRAPH_URL = 'https://example.org/wmd/states/cuba/a-73-112/#a-73-112-p5';
const LOCATOR = '古巴答复第5段（本站编号）';
const NOTE = `${LOCATOR}。联合国正式文件：https://undocs.org/zh/A/73/112`;
const TITLE = `古巴的答复：防止恐怖分子获取大规模毁灭性武器的措施，${LOCATOR}`;

/** What every download must hold, read back as a reference manager reads it. */
const SAME_ITEM = {
  type: 'report',
  title: TITLE,
  number: 'A/73/112',
  publisher: '联合国',
  URL: PARAGRAPH_URL,
  note: NOTE,
  accessed: { 'date-parts': [[2026, 11, 23]] },
};

describe('toBibTeX', () => {
  test('a @techreport keyed by the paragraph, Chinese intact, with urldate and langid', () => {
    const bibtex = toBibTeX(cuba);
    expect(bibtex).toMatch(/^@techreport\{a-73-112-cuba-p5,\n/);
    expect(bibtex).toContain('\tauthor = {{古巴}},\n');
    expect(bibtex).toContain('\turldate = {2026-11-23},\n');
    expect(bibtex).toContain('\tlangid = {chinese},\n');
    expect(bibtex).not.toMatch(/pages/);
  });

  test('reads back with the same locator, note, official link and date', () => {
    const [entry, ...rest] = parseBack(toBibTeX(cuba));
    expect(rest).toEqual([]);
    expect(authorNames(entry!)).toEqual(['古巴']);
    expect(entry).toMatchObject(SAME_ITEM);
    expect(entry!['page']).toBeUndefined();
  });

  test('a printed page goes in pages', () => {
    const [entry] = parseBack(toBibTeX(buildCitationItem({ ...CUBA_PARAGRAPH_5, paragraph: { number: 5, page: 15 } })));
    expect(entry!['page']).toBe('15');
  });

  test('an English name with "and" stays one author', () => {
    const unodc = withRespondent(CUBA_PARAGRAPH_5, 'United Nations Office on Drugs and Crime');
    const [entry] = parseBack(toBibTeX(buildCitationItem(unodc)));
    expect(authorNames(entry!)).toEqual(['United Nations Office on Drugs and Crime']);
  });
});

describe('toRIS', () => {
  test('TY - RPRT, one AU, one line per tag, Y2 the access date', () => {
    const lines = toRIS(cuba).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe('TY  - RPRT');
    expect(lines.at(-1)).toBe('ER  - ');
    expect(lines.filter((line) => line.startsWith('AU  - '))).toEqual(['AU  - 古巴']);
    expect(lines).toContain(`UR  - ${PARAGRAPH_URL}`);
    expect(lines).toContain('Y2  - 2026/11/23/');
    expect(lines).toContain(`N1  - ${NOTE}`);
    expect(lines.every((line) => /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
  });

  test('reads back with the same locator, note, official link and date', () => {
    const [entry, ...rest] = parseBack(toRIS(cuba));
    expect(rest).toEqual([]);
    expect(authorNames(entry!)).toEqual(['古巴']);
    expect(entry).toMatchObject(SAME_ITEM);
  });

  test('a date of one-digit month and day is written YYYY/MM/DD/', () => {
    const ris = toRIS(buildCitationItem({ ...CUBA_PARAGRAPH_5, accessed: '2027-01-05' }));
    expect(ris).toContain('Y2  - 2027/01/05/\n');
  });

  test('a permalink longer than a RIS line stays whole', () => {
    const long = `https://example.org/${'deep/'.repeat(20)}states/cuba/a-73-112/#a-73-112-p5`;
    const [entry] = parseBack(toRIS(buildCitationItem({ ...CUBA_PARAGRAPH_5, permalink: long })));
    expect(entry!['URL']).toBe(long);
  });
});

describe('toCslJson', () => {
  test('a JSON array holding the item, each date on one line', () => {
    const json = toCslJson(cuba);
    expect(json).toContain('"accessed": {\n      "date-parts": [[2026, 11, 23]]\n    }');
    const data = JSON.parse(json) as Record<string, unknown>[];
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({ id: 'a-73-112-cuba-p5', author: [{ literal: '古巴' }], ...SAME_ITEM });
  });

  test('reads back with citation-js with the same locator, note, official link and date', () => {
    const [entry] = parseBack(toCslJson(cuba));
    expect(entry).toMatchObject(SAME_ITEM);
  });
});

describe('hostile names come back as the same text', () => {
  for (const name of HOSTILE_NAMES) {
    const source: CitationSource = withRespondent(CUBA_PARAGRAPH_5, name);
    const flat = name.replace(/\s+/g, ' ');

    test(`BibTeX ${JSON.stringify(name)}`, () => {
      const [entry, ...rest] = parseBack(toBibTeX(buildCitationItem(source)));
      expect(rest).toEqual([]);
      expect(authorNames(entry!)).toEqual([flat]);
      expect(entry!['number']).toBe('A/73/112');
    });

    test(`RIS ${JSON.stringify(name)}`, () => {
      const ris = toRIS(buildCitationItem(source));
      expect(ris.match(/^TY {2}- /gm)).toHaveLength(1);
      const [entry, ...rest] = parseBack(ris);
      expect(rest).toEqual([]);
      expect(entry!['type']).toBe('report');
      // A comma would split the name in two; it comes back full-width.
      expect(authorNames(entry!)).toEqual([flat.replaceAll(',', '，')]);
    });

    test(`CSL-JSON ${JSON.stringify(name)}`, () => {
      const [entry] = JSON.parse(toCslJson(buildCitationItem(source))) as { author: { literal: string }[] }[];
      expect(entry!.author).toEqual([{ literal: flat }]);
    });
  }
});

describe('the report’s printed item label, read back by citation-js from every download', () => {
  const PRINTED = [
    { source: QATAR_ITEM_3, locator: '第10页，卡塔尔答复第20段（本站编号），原文第3项', page: '10' },
    { source: INTERPOL_ITEM_A, locator: '第17页，国际刑事警察组织答复第12段（本站编号），原文第(a)项', page: '17' },
    { source: EL_SALVADOR_2011_PARAGRAPH_1, locator: '萨尔瓦多答复第9段（本站编号），原文第1项', page: undefined },
  ];
  for (const { source, locator, page } of PRINTED) {
    const item = buildCitationItem(source);
    for (const [format, text] of [
      ['BibTeX', toBibTeX(item)],
      ['RIS', toRIS(item)],
      ['CSL-JSON', toCslJson(item)],
    ] as const) {
      test(`${source.submission.id} ${format}: title and note end in the locator, the page in its field`, () => {
        const [entry] = parseBack(text);
        expect(entry!['title']).toMatch(new RegExp(`，${locator.replace(/[()]/g, '\\$&')}$`));
        expect(String(entry!['note']).startsWith(`${locator}。`)).toBe(true);
        expect(entry!['page']).toBe(page);
      });
    }
  }
});
