// The generated table of traditional characters (src/lib/search/traditional/traditional-characters.ts)
// is what this generator writes today: re-run `npm run traditional-characters` after updating opencc-js.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packCharacters } from '../src/lib/search/traditional/character-set.ts';
import { hasTraditionalCharacters } from '../src/lib/search/traditional/to-simplified.ts';
import { TRADITIONAL_CHARACTERS } from '../src/lib/search/traditional/traditional-characters.ts';
import { findTraditionalCharacters } from './find-traditional-characters.ts';

describe('which characters load the converter', () => {
  it('are the ones opencc-js changes and never writes, as scripts/write-traditional-characters.ts last wrote them', () => {
    expect(packCharacters(findTraditionalCharacters())).toEqual(TRADITIONAL_CHARACTERS);
    const { version } = JSON.parse(readFileSync('node_modules/opencc-js/package.json', 'utf8')) as { version: string };
    expect(readFileSync('src/lib/search/traditional/traditional-characters.ts', 'utf8')).toContain(
      `opencc-js ${version}:`,
    );
    expect(findTraditionalCharacters().length).toBeGreaterThan(3000);
    for (const character of '國學裡為眾衞') expect(hasTraditionalCharacters(character), character).toBe(true);
    for (const character of '国学里为众卫乾於后发') expect(hasTraditionalCharacters(character), character).toBe(false);
  });
});
