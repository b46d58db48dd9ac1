import { describe, expect, it } from 'vitest';
import { startUnsegmented, UNSEGMENTED_LANGUAGE } from './start-pagefind.ts';

/** The attribute methods of <html>, as Pagefind and startUnsegmented use them. */
function fakeRoot(lang: string | null) {
  const attributes = new Map<string, string>(lang === null ? [] : [['lang', lang]]);
  return {
    getAttribute: (name: string) => attributes.get(name) ?? null,
    setAttribute: (name: string, value: string) => void attributes.set(name, value),
    removeAttribute: (name: string) => void attributes.delete(name),
  } as unknown as Element;
}

describe('startUnsegmented', () => {
  it('starts Pagefind while <html lang> holds a tag Intl rejects, so that Pagefind splits queries by character', async () => {
    const root = fakeRoot('zh-CN');
    let seen: string | null = null;
    await startUnsegmented({ init: async () => void (seen = root.getAttribute('lang')) }, root);
    expect(seen).toBe(UNSEGMENTED_LANGUAGE);
    // What Pagefind 1.6 does with the language it read: no canonical locale, so no Intl.Segmenter.
    expect(() => Intl.getCanonicalLocales(UNSEGMENTED_LANGUAGE.toLowerCase())).toThrow(RangeError);
  });

  it('puts the page language back before returning, also when Pagefind fails to start', () => {
    const root = fakeRoot('zh-CN');
    const started = startUnsegmented({ init: () => Promise.resolve() }, root);
    expect(root.getAttribute('lang')).toBe('zh-CN');
    const failing = fakeRoot('zh-CN');
    expect(() =>
      startUnsegmented(
        {
          init: () => {
            throw new Error('no index');
          },
        },
        failing,
      ),
    ).toThrow('no index');
    expect(failing.getAttribute('lang')).toBe('zh-CN');
    return started;
  });

  it('leaves a page without a language without one', async () => {
    const root = fakeRoot(null);
    await startUnsegmented({ init: () => Promise.resolve() }, root);
    expect(root.getAttribute('lang')).toBeNull();
  });
});
