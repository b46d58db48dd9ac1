import { describe, expect, it } from 'vitest';
import { anyName } from './filter-counts.ts';

describe('the filter of a query that names something', () => {
  it('asks Pagefind for any of several names, each under its own filter', () => {
    expect(
      anyName([
        { kind: 'instrument', value: 'cwc' },
        { kind: 'organization', value: 'opcw' },
      ]),
    ).toEqual({ any: [{ instrument: 'cwc' }, { organization: 'opcw' }] });
  });
});
