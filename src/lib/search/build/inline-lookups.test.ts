import { describe, expect, it } from 'vitest';
import type { SearchLookups } from '../files/index-file.ts';
import { withInlineLookups } from './inline-lookups.ts';

const LOOKUPS: SearchLookups = {
  pagefind: '1.6.0',
  chunks: [['0', 'z', 'zh_1']],
  names: [{ kind: 'state', value: 'cuba', forms: ['古巴', '</script><b>'] }],
  variants: [['核安全', '核保安']],
};
const PAGE = '<!doctype html><html><head><title>检索</title></head><body><p>检索</p></body></html>';

/** The data blocks of a page's head, as an HTML parser ends them: at the first "</script>". */
const inlined = (html: string) =>
  [...html.split('</head>')[0]!.matchAll(/<script type="application\/json" id="search-lookups">(.*?)<\/script>/g)].map(
    (match) => ({ textContent: match[1] }),
  );

describe('withInlineLookups', () => {
  it('puts the lookups in the head as JSON that reads back the same, a "</script>" in a name included', () => {
    const blocks = inlined(withInlineLookups(PAGE, LOOKUPS));
    expect(blocks).toHaveLength(1);
    expect(JSON.parse(blocks[0]!.textContent!)).toEqual(LOOKUPS);
  });

  it('replaces the lookups a page carries already, so that a second build leaves one', () => {
    const twice = withInlineLookups(withInlineLookups(PAGE, LOOKUPS), { ...LOOKUPS, variants: [] });
    const blocks = inlined(twice);
    expect(blocks).toHaveLength(1);
    expect(JSON.parse(blocks[0]!.textContent!).variants).toEqual([]);
    expect(twice.endsWith('<body><p>检索</p></body></html>')).toBe(true);
  });

  it('refuses a page without a head', () => {
    expect(() => withInlineLookups('<p>检索</p>', LOOKUPS)).toThrow(/no <\/head>/);
  });
});
