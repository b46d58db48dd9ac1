import { describe, expect, it } from 'vitest';
import { siteAddress } from './site-address.ts';

// Under vitest the build's site is not set: the site's address is then localhost:4321, as in a build without SITE_URL.
describe('siteAddress', () => {
  it('names a link on a page opened elsewhere (a preview, a mirror) by the site’s own address', () => {
    expect(siteAddress('/states/cuba/a-73-112/#a-73-112-p3', 'http://127.0.0.1:8123/states/cuba/')).toBe(
      'http://localhost:4321/states/cuba/a-73-112/#a-73-112-p3',
    );
  });

  it('resolves a relative link against the page first, keeping its query and anchor', () => {
    expect(siteAddress('#a-73-112-p3', 'https://mirror.example/wmd/states/cuba/a-73-112/')).toBe(
      'http://localhost:4321/wmd/states/cuba/a-73-112/#a-73-112-p3',
    );
    expect(siteAddress('../../../search/?q=1540', 'https://mirror.example/states/cuba/a-73-112/')).toBe(
      'http://localhost:4321/search/?q=1540',
    );
  });
});
