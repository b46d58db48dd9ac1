// Traditional → simplified Chinese for query terms, with opencc-js: its Hong Kong →
// mainland conversion ("hk2s": Hong Kong variant forms first, then OpenCC's traditional →
// simplified phrases and characters), which takes Taiwan's forms too (裡, 為, 眾; tested).
// Only to-simplified.ts loads this module, by a dynamic import(), for a query that needs it.
// Importing these four dictionaries rather than opencc-js's t2cn preset leaves out its
// Taiwan and Japanese dictionaries: 26 KB gzipped instead of 52 KB (esbuild, minified).
import { ConverterBuilder } from 'opencc-js/core';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';

/**
 * opencc's hk2s, as its t2cn preset defines it, without the first step (CJK compatibility
 * ideographs → unified ones), which NFKC has done to every normalized term (tested).
 */
export const HK_TO_SIMPLIFIED = {
  segmentation: [TSPhrases],
  conversionChain: [
    [HKVariantsRevPhrases, HKVariantsRev],
    [TSPhrases, TSCharacters],
  ],
};

const convert = ConverterBuilder({ from: { hk: [] }, to: { cn: [] }, configs: { hk2s: HK_TO_SIMPLIFIED } })({
  from: 'hk',
  to: 'cn',
});

/** Normalized text (normalize.ts) in simplified characters: 化學武器公約 → 化学武器公约; 乾淨 → 干净 but 乾隆 stays. */
export function simplify(normalized: string): string {
  return convert(normalized);
}
