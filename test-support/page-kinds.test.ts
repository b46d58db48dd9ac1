import { describe, expect, it } from 'vitest';
import { pageAssets, pageKind } from './page-kinds.ts';

describe('pageKind', () => {
  it('names every kind of page by its path', () => {
    expect(pageKind('index.html')).toBe('home');
    expect(pageKind('reports/a-73-112/index.html')).toBe('report');
    expect(pageKind('states/index.html')).toBe('index');
    expect(pageKind('states/cuba/index.html')).toBe('respondent');
    expect(pageKind('organizations/nato/a-66-115/index.html')).toBe('reply');
    expect(pageKind('organizations/nato/compare/index.html')).toBe('compare');
    expect(pageKind('about/index.html')).toBe('editorial');
    expect(pageKind('search/index.html')).toBe('search');
    expect(pageKind('404.html')).toBe('other');
  });

  it('finds the stylesheets and scripts a page loads', () => {
    expect(
      pageAssets('<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/b.js"></script>'),
    ).toEqual({ css: ['/_astro/a.css'], inlineCssBytes: 0, js: ['/_astro/b.js'] });
    expect(
      pageAssets('<style>a{color:red}</style><main></main><style>@media (width<=48rem){p{margin:0}}</style>')
        .inlineCssBytes,
    ).toBe('a{color:red}'.length + '@media (width<=48rem){p{margin:0}}'.length);
  });
});
