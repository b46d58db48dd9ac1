// Nothing lost, nothing invented, over both whole reports.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSource, SOURCES } from '../test-support/parse-sources.ts';
import { checkLossless, stripSpace } from '../test-support/lossless.ts';

describe.each(Object.keys(SOURCES) as (keyof typeof SOURCES)[])('%s', (symbol) => {
  const text = readFileSync(SOURCES[symbol], 'utf8');
  const parsed = parseSource(symbol);
  const check = checkLossless(text, parsed);

  it('drops only heading lines that are the reply headings as printed', () => {
    const lines = text.split('\n');
    for (const each of parsed.submissions) {
      expect(
        stripSpace(lines[each.source.startLine - 1]!)
          .replace(/[*∗]$/, '')
          .endsWith(stripSpace(each.heading)),
        each.id,
      ).toBe(true);
    }
  });

  it('holds every kept source character exactly once across blocks and footnotes, in source order', () => {
    expect(check.source.length).toBe(check.blocks.length + check.footnotes.length);
    expect(check.holds).toBe(true);
  });

  it('accounts for nearly the whole file: only furniture, links and header lines are set aside', () => {
    const all = stripSpace(text).length;
    expect(check.source.length / all).toBeGreaterThan(0.9);
  });
});
