// Random damage to the real sources never crashes the parser: it either parses
// with the lossless check holding, or stops with FILE:LINE: reason.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ParseError } from '../src/lib/parse/parse-error.ts';
import { parseBytes, SOURCES } from '../test-support/parse-sources.ts';
import { checkLossless } from '../test-support/lossless.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const FILE = 'fuzzed.txt';

type Edit =
  | { kind: 'delete-line'; at: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'move-furniture'; at: number; to: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'invalid-bytes'; at: number; bytes: number[] }
  | { kind: 'crlf' }
  | { kind: 'bom' };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('move-furniture' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  // 0x80–0xbf alone, 0xc0/0xc1 and 0xf5–0xff are never valid UTF-8
  fc.record({
    kind: fc.constant('invalid-bytes' as const),
    at: fc.nat(),
    bytes: fc.array(fc.constantFrom(0x80, 0xbf, 0xc0, 0xff), { minLength: 1, maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('crlf' as const) }),
  fc.record({ kind: fc.constant('bom' as const) }),
);

const FURNITURE = /^\s*(A\/\d+\/\d+|\d{2}-\d{5}.*)\s*$/;
const encoder = new TextEncoder();

/** Apply the edits to the text's lines, each line kept as bytes so that raw non-UTF-8 bytes can go in. */
function applyEdits(text: string, edits: Edit[]): Uint8Array {
  let lines = text.split('\n').map((line) => encoder.encode(line));
  let bom = false;
  let crlf = false;
  for (const change of edits) {
    const at = 'at' in change && lines.length > 0 ? change.at % lines.length : 0;
    if (change.kind === 'delete-line') lines.splice(at, 1);
    if (change.kind === 'duplicate-line' && lines[at]) lines.splice(at, 0, lines[at]!);
    if (change.kind === 'truncate') lines = lines.slice(0, at);
    if (change.kind === 'invalid-bytes' && lines[at]) lines[at] = new Uint8Array([...lines[at]!, ...change.bytes]);
    if (change.kind === 'crlf') crlf = true;
    if (change.kind === 'bom') bom = true;
    if (change.kind === 'move-furniture') {
      const decoder = new TextDecoder();
      const furniture = lines.findIndex((line, index) => index >= at && FURNITURE.test(decoder.decode(line)));
      if (furniture >= 0) lines.splice(change.to % lines.length, 0, ...lines.splice(furniture, 1));
    }
  }
  const end = encoder.encode(crlf ? '\r\n' : '\n');
  const parts = lines.flatMap((line, index) => (index === 0 ? [line] : [end, line]));
  return new Uint8Array([...(bom ? [0xef, 0xbb, 0xbf] : []), ...parts.flatMap((part) => [...part])]);
}

describe.each(Object.entries(SOURCES))('fuzzing %s', (symbol, path) => {
  const text = readFileSync(path, 'utf8');

  it('either parses losslessly or reports FILE:LINE: reason', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const bytes = applyEdits(text, edits);
        let parsed;
        try {
          parsed = parseBytes(bytes, symbol, FILE);
        } catch (error) {
          const errors = error instanceof AggregateError ? error.errors : [error];
          for (const each of errors) {
            expect(each).toBeInstanceOf(ParseError);
            expect((each as ParseError).message).toMatch(/^fuzzed\.txt(:\d+)?(:\d+)?: \S/);
          }
          return;
        }
        const decoded = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
        expect(checkLossless(decoded, parsed).holds).toBe(true);
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261123) },
    );
  });
});
