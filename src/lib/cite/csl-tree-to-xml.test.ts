import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cslTreeToXml, restoreLocaleInfo, restoreStyleInfo, type CslTreeNode } from './csl-tree-to-xml.ts';

describe('cslTreeToXml', () => {
  test('elements indent, text stays on its line, empty terms stay open-and-closed', () => {
    const tree: CslTreeNode = {
      n: 'locale',
      a: { 'xml:lang': 'zh-CN' },
      c: [
        {
          n: 'terms',
          c: [
            { n: 'term', a: { name: 'open-quote' }, c: ['“'] },
            { n: 'term', a: { name: 'anonymous' } },
            { n: 'term', a: { name: 'space' }, c: [' '] },
          ],
        },
      ],
    };
    expect(cslTreeToXml(tree, 'from a -- test')).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<!-- from a - - test -->',
        '<locale xmlns="http://purl.org/net/xbiblio/csl" xml:lang="zh-CN">',
        '  <terms>',
        '    <term name="open-quote">“</term>',
        '    <term name="anonymous"></term>',
        '    <term name="space"> </term>',
        '  </terms>',
        '</locale>',
        '',
      ].join('\n'),
    );
  });

  test('escapes XML in attributes and text', () => {
    const tree: CslTreeNode = {
      n: 'style',
      c: [
        { n: 'text', a: { value: '<"&">' } },
        { n: 'term', c: ['a & b < c'] },
      ],
    };
    const xml = cslTreeToXml(tree);
    expect(xml).toContain('<text value="&lt;&quot;&amp;&quot;&gt;"/>');
    expect(xml).toContain('<term>a &amp; b &lt; c</term>');
  });
});

test('restoreStyleInfo puts back title, id and source, keeps categories and licence', () => {
  const style: CslTreeNode = {
    n: 'style',
    c: [
      {
        n: 'info',
        c: [
          { n: 'title', c: [] },
          { n: 'author', c: [{ n: 'name', c: [] }] },
          { n: 'category', a: { field: 'generic-base' } },
          { n: 'rights', a: { license: 'cc' } },
        ],
      },
      { n: 'macro', a: { name: 'x' } },
    ],
  };
  expect(restoreStyleInfo(style, { id: 'apa', title: 'APA', sourceUrl: 'https://example.org/apa.csl' }).c).toEqual([
    {
      n: 'info',
      c: [
        { n: 'title', c: ['APA'] },
        { n: 'id', c: ['http://www.zotero.org/styles/apa'] },
        { n: 'link', a: { href: 'https://example.org/apa.csl', rel: 'self' } },
        { n: 'category', a: { field: 'generic-base' } },
        { n: 'rights', a: { license: 'cc' } },
      ],
    },
    { n: 'macro', a: { name: 'x' } },
  ]);
});

test('restoreLocaleInfo keeps only the licence', () => {
  const locale: CslTreeNode = {
    n: 'locale',
    c: [
      {
        n: 'info',
        c: [
          { n: 'translator', c: [{ n: 'name', c: [] }] },
          { n: 'rights', a: { license: 'cc' } },
        ],
      },
    ],
  };
  expect(restoreLocaleInfo(locale).c).toEqual([{ n: 'info', c: [{ n: 'rights', a: { license: 'cc' } }] }]);
});

test('the committed styles say which style they are', () => {
  for (const id of ['apa', 'chicago-author-date', 'china-national-standard-gb-t-7714-2015-numeric']) {
    const xml = readFileSync(new URL(`./styles/${id}.csl`, import.meta.url), 'utf8');
    expect(xml).toContain(`<id>http://www.zotero.org/styles/${id}</id>`);
    expect(xml).toContain('<style xmlns="http://purl.org/net/xbiblio/csl"');
  }
});
