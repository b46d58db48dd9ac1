// npm run traditional-characters
// Writes src/lib/search/traditional/traditional-characters.ts: the characters whose presence in a
// query term loads opencc-js to convert it (src/lib/search/traditional/to-simplified.ts). Re-run
// after updating opencc-js; until then a unit test says the file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { findTraditionalCharacters, traditionalCharactersModule } from './find-traditional-characters.ts';

const OUT = 'src/lib/search/traditional/traditional-characters.ts';
const { version } = JSON.parse(readFileSync('node_modules/opencc-js/package.json', 'utf8')) as { version: string };

const characters = findTraditionalCharacters();
const source = traditionalCharactersModule(characters, version);
const options = await prettier.resolveConfig(OUT);
writeFileSync(OUT, await prettier.format(source, { ...options, filepath: OUT }));
console.log(`${OUT}: ${characters.length} characters, from opencc-js ${version}`);
