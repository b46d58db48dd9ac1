// opencc-js's dictionaries → the characters that make a query term worth converting to
// simplified Chinese; scripts/write-traditional-characters.ts writes them into
// traditional-characters.ts, and a unit test checks that that file is up to date.
// Not for the browser: it loads the converter, which is what the list is there to avoid.
import { normalizeForSearch } from '../src/lib/search/text/normalize.ts';
import { packCharacters } from '../src/lib/search/traditional/character-set.ts';
import { HK_TO_SIMPLIFIED, simplify } from '../src/lib/search/traditional/simplify.ts';

const byCodePoint = (a: string, b: string) => a.codePointAt(0)! - b.codePointAt(0)!;

/**
 * The characters that the conversion changes on their own and never writes: 國, 學, 裡.
 * Left out, besides every character no dictionary has: the 21 it both changes and writes,
 * simplified in some words (乾 in 乾隆, 於, 徵) and, by a quirk of the phrase data
 * (不可貲計 → 不可赀計), 計; a term has them converted only beside another traditional
 * character (乾淨, 統計), which is how they are nearly always typed.
 */
export function findTraditionalCharacters(): string[] {
  const sources = HK_TO_SIMPLIFIED.conversionChain
    .flat()
    .flatMap((dictionary) => dictionary.split('|').map((entry) => entry.split(' ')[0]!));
  const written = new Set(sources.flatMap((source) => [...simplify(source)]));
  const characters = new Set(sources.flatMap((source) => [...source]));
  return [...characters]
    .filter((character) => normalizeForSearch(character) === character)
    .filter((character) => simplify(character) !== character && !written.has(character))
    .sort(byCodePoint);
}

/** The source of traditional-characters.ts (to be formatted with Prettier). */
export function traditionalCharactersModule(characters: readonly string[], openccVersion: string): string {
  const packed = packCharacters(characters);
  return [
    `// Written by scripts/write-traditional-characters.ts from opencc-js ${openccVersion}: do not edit.`,
    `// The ${characters.length} characters that make a query term worth converting to simplified`,
    '// Chinese (find-traditional-characters.ts), packed by character-set.ts.',
    "import { unpackCharacters, type PackedCharacters } from '../src/lib/search/traditional/character-set.ts';",
    '',
    `export const TRADITIONAL_CHARACTERS: PackedCharacters = ${JSON.stringify(packed)};`,
    '',
    '/** Whether a normalized character is one simplified Chinese never uses: 國, 學, 裡 (not 乾, used in 乾隆). */',
    'export const isTraditionalCharacter = unpackCharacters(TRADITIONAL_CHARACTERS);',
    '',
  ].join('\n');
}
