import { describe, expect, it } from 'vitest';
import { prefixBase, rehypeBaseLinks } from './rehype-base-links.ts';

describe('rehypeBaseLinks', () => {
  it('prefixes site paths with the base, once, and leaves other links alone', () => {
    expect(prefixBase('/states/', '/wmd/')).toBe('/wmd/states/');
    expect(prefixBase('/wmd/states/', '/wmd/')).toBe('/wmd/states/');
    expect(prefixBase('/states/', '/')).toBe('/states/');
    expect(prefixBase('https://undocs.org/A/73/112', '/wmd/')).toBe('https://undocs.org/A/73/112');
    expect(prefixBase('#p3', '/wmd/')).toBe('#p3');
  });

  it('rewrites the links of a tree', () => {
    const tree = {
      type: 'root',
      children: [{ type: 'element', tagName: 'a', properties: { href: '/about/' }, children: [] }],
    };
    rehypeBaseLinks({ base: '/sub/' })(tree);
    expect(tree.children[0]!.properties.href).toBe('/sub/about/');
  });
});
