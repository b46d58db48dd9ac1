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
    expect(pageKind('reports/index.html')).toBe('index');
    expect(pageKind('resolutions/index.html')).toBe('index');
    expect(pageKind('resolutions/s-res-1540-2004/index.html')).toBe('resolution');
    expect(pageKind('resolutions/s-res-1540-2004/a-66-115/index.html')).toBe('resolution');
    expect(pageKind('instruments/index.html')).toBe('index');
    expect(pageKind('instruments/cwc/a-66-115/index.html')).toBe('instrument');
    expect(pageKind('instruments/matrix/index.html')).toBe('matrix');
    expect(pageKind('measures/index.html')).toBe('measures');
    expect(pageKind('measures/trade-controls/index.html')).toBe('measure');
    expect(pageKind('measures/trade-controls/nuclear/index.html')).toBe('measure');
    expect(pageKind('measures/cooperation/a-66-115/index.html')).toBe('measure');
    expect(pageKind('cite/a-73-112-cuba/a-73-112-p5/index.html')).toBe('citation');
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
