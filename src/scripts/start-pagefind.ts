// Pagefind 1.6 takes the language it splits queries by from <html lang> when it starts.
// For zh it builds an Intl.Segmenter for every query, and a page's first Segmenter costs
// 12–26 ms (measured in chromium here) on the way to the first results. Our queries need
// no splitting: each character is already a word of its own (src/lib/search/text/tokens.ts),
// and Pagefind's fallback, character by character, reads them the same way (the browser
// tests run 252 queries through it against a substring search). Pagefind offers no option
// for this, so it starts while the attribute holds a tag that Intl rejects, and finds its
// one index anyway; the attribute is put back in the same task, before any style, layout
// or accessibility update can see it.

/** Not a BCP 47 tag (the underscore), so Intl.getCanonicalLocales throws and Pagefind does not segment. */
export const UNSEGMENTED_LANGUAGE = 'zh_characters';

/** Starts Pagefind (its `init`) so that it splits queries by character, not with Intl.Segmenter. */
export function startUnsegmented(
  pagefind: { init(): Promise<void> },
  root: Element = document.documentElement,
): Promise<void> {
  const language = root.getAttribute('lang');
  root.setAttribute('lang', UNSEGMENTED_LANGUAGE);
  try {
    // Pagefind reads the attribute synchronously, as the call begins.
    return pagefind.init();
  } finally {
    if (language === null) root.removeAttribute('lang');
    else root.setAttribute('lang', language);
  }
}
