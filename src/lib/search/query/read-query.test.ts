import { describe, expect, it } from 'vitest';
import { readQuery } from './read-query.ts';
import { simplify } from '../traditional/simplify.ts';

const NAMES = new Set(['chemicalweaponsconvention', 'russianfederation', 'unscr1540', '国际刑警组织']);
const isName = (normalized: string) => NAMES.has(normalized);
const terms = (reading: Awaited<ReturnType<typeof readQuery>>) =>
  reading.parsed.clauses.map((clause) => clause.map((term) => term.normalized));

describe('readQuery', () => {
  it('reads words that together are a name as that one name', async () => {
    expect(terms(await readQuery('Chemical Weapons Convention', isName))).toEqual([['chemicalweaponsconvention']]);
    expect(terms(await readQuery('UNSCR 1540', isName))).toEqual([['unscr1540']]);
  });

  it('reads other words as terms, all of which must occur', async () => {
    expect(terms(await readQuery('核安全 出口管制', isName))).toEqual([['核安全'], ['出口管制']]);
    expect(terms(await readQuery('chemical weapons', isName))).toEqual([['chemical'], ['weapons']]);
  });

  it('searches traditional characters as simplified, and says so', async () => {
    let loads = 0;
    const load = async () => {
      loads++;
      return simplify;
    };
    const reading = await readQuery('國際刑警組織', isName, load);
    expect(terms(reading)).toEqual([['国际刑警组织']]);
    expect(reading.simplified).toBe('国际刑警组织');
    const twoTerms = await readQuery('化學武器公約 出口管制', isName, load);
    expect(twoTerms.simplified).toBe('化学武器公约 出口管制');
    expect(loads).toBeGreaterThan(0);
    loads = 0;
    expect((await readQuery('化学武器公约 出口管制', isName, load)).simplified).toBeUndefined();
    expect(loads).toBe(0);
  });

  it('offers plain words of twelve characters or more as a quotation too', async () => {
    const reading = await readQuery('古巴没有也不打算 拥有大规模毁灭性武器', isName);
    expect(reading.quote).toEqual(['古巴没有也不打算拥有大规模毁灭性武器']);
    expect(terms(reading)).toEqual([['古巴没有也不打算'], ['拥有大规模毁灭性武器']]);
    expect((await readQuery('"古巴没有也不打算拥有大规模毁灭性武器"', isName)).quote).toEqual([
      '古巴没有也不打算拥有大规模毁灭性武器',
    ]);
    expect((await readQuery('古巴没有也不打算 OR 拥有大规模毁灭性武器', isName)).quote).toBeUndefined();
    expect((await readQuery('核安全 出口管制', isName)).quote).toBeUndefined();
  });
});
