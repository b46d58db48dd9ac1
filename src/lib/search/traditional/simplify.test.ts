import OpenCC from 'opencc-js/t2cn';
import { configs } from 'opencc-js/preset/t2cn';
import CJKCompatibilityIdeographs from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '../text/normalize.ts';
import { HK_TO_SIMPLIFIED, simplify } from './simplify.ts';

describe('simplify', () => {
  it("is opencc's hk2s without its first step, which NFKC does", () => {
    const { normalizationChain, ...rest } = configs.hk2s as typeof configs.hk2s & { normalizationChain: unknown };
    expect(rest).toEqual(HK_TO_SIMPLIFIED);
    expect(normalizationChain).toEqual([[CJKCompatibilityIdeographs]]);
    for (const entry of CJKCompatibilityIdeographs.split('|')) {
      const [compatibility, unified] = entry.split(' ');
      expect(normalizeForSearch(compatibility!), compatibility).toBe(unified);
    }
  });

  it("converts every dictionary word as opencc-js's own Hong Kong → mainland converter does", () => {
    const official = OpenCC.Converter({ from: 'hk', to: 'cn' });
    const words = HK_TO_SIMPLIFIED.conversionChain
      .flat()
      .flatMap((dictionary) => dictionary.split('|').map((entry) => entry.split(' ')[0]!));
    for (const word of words) expect(simplify(normalizeForSearch(word)), word).toBe(official(word));
  });

  it('converts the examples of the issue, and both Hong Kong and Taiwan forms', () => {
    expect(simplify('化學武器公約')).toBe('化学武器公约');
    expect(simplify('國際刑警組織')).toBe('国际刑警组织');
    expect(simplify('衞生 裡面 為了 群眾')).toBe('卫生 里面 为了 群众');
    expect(simplify('乾淨 乾隆')).toBe('干净 乾隆');
  });
});
