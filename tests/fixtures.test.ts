// Golden fixtures cut from the real reports (and small bad inputs): one folder
// per case, input.txt beside expected.json (regenerate with `vitest -u` and
// review the diff) or a hand-written expected-error.txt.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../src/lib/parse/parse-error.ts';
import { parseBytes } from '../test-support/parse-sources.ts';

const FIXTURES = 'tests/fixtures';

/** "a-73-112--cambodia-page-break" → A/73/112; error cases parse as A/73/112. */
function symbolOf(name: string): string {
  const match = /^a-(\d+)-(\d+)--/.exec(name);
  return match ? `A/${match[1]}/${match[2]}` : 'A/73/112';
}

function errorText(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ParseError) return error.format();
    throw error;
  }
  return '(no error)';
}

describe.each(readdirSync(FIXTURES))('%s', (name) => {
  const input = readFileSync(`${FIXTURES}/${name}/input.txt`);
  const expectedError = `${FIXTURES}/${name}/expected-error.txt`;

  if (existsSync(expectedError)) {
    it('stops with the expected message', () => {
      expect(errorText(() => parseBytes(input, symbolOf(name), 'input.txt')) + '\n').toBe(
        readFileSync(expectedError, 'utf8'),
      );
    });
  } else {
    it('parses to the reviewed output', async () => {
      const parsed = parseBytes(input, symbolOf(name), 'input.txt');
      await expect(JSON.stringify(parsed, null, 2) + '\n').toMatchFileSnapshot(`fixtures/${name}/expected.json`);
    });
  }
});
