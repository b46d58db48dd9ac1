import { Cite } from '@citation-js/core';
import { describe, expect, test } from 'vitest';
import { buildCitationItem, type CitationSource } from './csl-item.ts';
import { toBibTeX, toCslJson, toRIS } from './export-formats.ts';
import { CUBA_PARAGRAPH_3, HOSTILE_NAMES, withRespondent } from '../../../test-support/citation-sources.ts';

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

const zh = buildCitationItem(CUBA_PARAGRAPH_3, 'zh');
const PARAGRAPH_URL = 'https://example.org/wmd/cite/a-73-112-cuba/a-73-112-p3/';

describe('toBibTeX', () => {
  test('a @techreport keyed by the paragraph, Chinese intact', () => {
    const bibtex = toBibTeX(zh);
    expect(bibtex).toMatch(/^@techreport\{a-73-112-cuba-p3,\n/);
    expect(bibtex).toContain('author = {{古巴}}');
  });

  test('reads back with respondent, symbol, report, paragraph and permalink', () => {
    const [entry, ...rest] = parseBack(toBibTeX(zh));
    expect(rest).toEqual([]);
    expect(authorNames(entry!)).toEqual(['古巴']);
    expect(entry).toMatchObject({
      type: 'report',
      title: '古巴的答复',
      'collection-title': '防止恐怖分子获取大规模毁灭性武器的措施',
      number: 'A/73/112',
      page: '第3段',
      publisher: '联合国',
      URL: PARAGRAPH_URL,
      note: '正式文件：https://undocs.org/zh/A/73/112',
    });
  });

  test('an English name with "and" stays one author', () => {
    const unodc = withRespondent(CUBA_PARAGRAPH_3, 'United Nations Office on Drugs and Crime');
    const [entry] = parseBack(toBibTeX(buildCitationItem(unodc, 'en')));
    expect(authorNames(entry!)).toEqual(['United Nations Office on Drugs and Crime']);
  });
});

describe('toRIS', () => {
  test('TY - RPRT, one AU, one line per tag', () => {
    const lines = toRIS(zh).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe('TY  - RPRT');
    expect(lines.at(-1)).toBe('ER  - ');
    expect(lines.filter((line) => line.startsWith('AU  - '))).toEqual(['AU  - 古巴']);
    expect(lines).toContain(`UR  - ${PARAGRAPH_URL}`);
    expect(lines.every((line) => /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
  });

  test('reads back with respondent, symbol, report, paragraph and permalink', () => {
    const [entry, ...rest] = parseBack(toRIS(zh));
    expect(rest).toEqual([]);
    expect(authorNames(entry!)).toEqual(['古巴']);
    expect(entry).toMatchObject({
      type: 'report',
      title: '古巴的答复',
      number: 'A/73/112',
      page: '第3段',
      publisher: '联合国',
      URL: PARAGRAPH_URL,
      note: '正式文件：https://undocs.org/zh/A/73/112',
    });
  });

  test('a permalink longer than a RIS line stays whole', () => {
    const long = `https://example.org/${'deep/'.repeat(20)}cite/a-73-112-cuba/a-73-112-p3/`;
    const [entry] = parseBack(toRIS(buildCitationItem({ ...CUBA_PARAGRAPH_3, permalink: long }, 'zh')));
    expect(entry!['URL']).toBe(long);
  });
});

test('toCslJson is a JSON array holding the item', () => {
  const data = JSON.parse(toCslJson(zh)) as Record<string, unknown>[];
  expect(data).toHaveLength(1);
  expect(data[0]).toMatchObject({
    id: 'a-73-112-cuba-p3',
    type: 'report',
    author: [{ literal: '古巴' }],
    number: 'A/73/112',
    page: '第3段',
    URL: PARAGRAPH_URL,
  });
});

describe('hostile names come back as the same text', () => {
  for (const name of HOSTILE_NAMES) {
    const source: CitationSource = withRespondent(CUBA_PARAGRAPH_3, name);
    const flat = name.replace(/\s+/g, ' ');

    test(`BibTeX ${JSON.stringify(name)}`, () => {
      const [entry, ...rest] = parseBack(toBibTeX(buildCitationItem(source, 'zh')));
      expect(rest).toEqual([]);
      expect(authorNames(entry!)).toEqual([flat]);
      expect(entry!['number']).toBe('A/73/112');
    });

    test(`RIS ${JSON.stringify(name)}`, () => {
      const ris = toRIS(buildCitationItem(source, 'zh'));
      expect(ris.match(/^TY {2}- /gm)).toHaveLength(1);
      const [entry, ...rest] = parseBack(ris);
      expect(rest).toEqual([]);
      expect(entry!['type']).toBe('report');
      // A comma would split the name in two; it comes back full-width.
      expect(authorNames(entry!)).toEqual([flat.replaceAll(',', '，')]);
    });

    test(`CSL-JSON ${JSON.stringify(name)}`, () => {
      const [entry] = JSON.parse(toCslJson(buildCitationItem(source, 'zh'))) as { author: { literal: string }[] }[];
      expect(entry!.author).toEqual([{ literal: flat }]);
    });
  }
});
