import { describe, expect, it } from 'vitest';
import { forwardedTarget } from './forward-anchor.ts';

const FORWARDED = {
  'a-66-115': '/organizations/interpol/a-66-115/',
  'a-100-115': '/organizations/interpol/a-100-115/',
};
const here = new Set(['a-73-112', 'a-73-112-p3', 'a-66-115']);
const isOnPage = (id: string) => here.has(id);

describe('forwardedTarget', () => {
  it('sends an anchor inside a listed reply to that reply’s page', () => {
    expect(forwardedTarget('a-66-115-p3', isOnPage, FORWARDED)).toBe('/organizations/interpol/a-66-115/#a-66-115-p3');
    expect(forwardedTarget('a-100-115-fn2', isOnPage, FORWARDED)).toBe(
      '/organizations/interpol/a-100-115/#a-100-115-fn2',
    );
  });

  it('leaves an anchor that is on the page, or that no listed reply holds', () => {
    expect(forwardedTarget('a-73-112-p3', isOnPage, FORWARDED)).toBeUndefined();
    expect(forwardedTarget('a-66-115', isOnPage, FORWARDED)).toBeUndefined();
    expect(forwardedTarget('a-66-1150-p3', isOnPage, FORWARDED)).toBeUndefined();
    expect(forwardedTarget('', isOnPage, FORWARDED)).toBeUndefined();
  });
});
