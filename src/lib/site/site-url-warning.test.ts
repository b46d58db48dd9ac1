import { expect, test, vi } from 'vitest';
import { localSiteWarning, siteUrlWarning } from './site-url-warning.ts';
import { isLocalPreview } from './base-url.ts';

test('a build without SITE_URL warns that permalinks will point to localhost', () => {
  expect(localSiteWarning(undefined)).toMatch(/SITE_URL is not set: permalinks.*http:\/\/localhost:4321/);
  expect(localSiteWarning('')).toBeDefined();
  expect(localSiteWarning('https://example.org')).toBeUndefined();
});

test('the integration logs the warning when astro build starts, and only then', async () => {
  const warn = vi.fn();
  const start = siteUrlWarning(undefined).hooks['astro:build:start']!;
  await start({ logger: { warn } } as never);
  expect(warn).toHaveBeenCalledWith(expect.stringContaining('localhost'));
  const quiet = vi.fn();
  await siteUrlWarning('https://example.org').hooks['astro:build:start']!({ logger: { warn: quiet } } as never);
  expect(quiet).not.toHaveBeenCalled();
});

test('isLocalPreview: a site on this machine', () => {
  expect(isLocalPreview(undefined)).toBe(true);
  expect(isLocalPreview(new URL('http://localhost:4321/'))).toBe(true);
  expect(isLocalPreview(new URL('http://127.0.0.1:8080/'))).toBe(true);
  expect(isLocalPreview(new URL('https://example.org/'))).toBe(false);
});
