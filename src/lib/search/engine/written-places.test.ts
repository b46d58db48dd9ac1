// The records the build writes down for the names' and variants' forms are those Pagefind's
// word index finds for them: two ways of finding the same thing, compared over every form.
import { beforeAll, describe, expect, it } from 'vitest';
import { writtenSearch, type WrittenSearch } from '../../../../test-support/written-search.ts';
import { WordIndex } from './word-index.ts';
import { fromGaps } from '../files/place-gaps.ts';
import type { SearchLookups } from '../files/index-file.ts';

let search: WrittenSearch;
let index: SearchLookups;
let words: WordIndex;

beforeAll(async () => {
  search = await writtenSearch();
  index = await search.files.lookups();
  words = new WordIndex(index.chunks, (hash) => search.files.chunk(hash));
}, 60_000);

describe('the records written down for a form', () => {
  it('are, for every form of every name, those the word index finds', async () => {
    const files = await Promise.all(index.names.map((_, place) => search.files.name(place)));
    const forms = index.names.flatMap((name, place) => name.forms.map((form) => ({ form, file: files[place]! })));
    const found = await words.find(forms.map(({ form }) => form));
    const written = forms.map(({ form, file }) => fromGaps(file.text[form] ?? []));
    expect(written).toEqual(found);
    // Not a comparison of two empty lists: most forms the texts print are found.
    expect(written.filter((places) => places.length > 0).length).toBeGreaterThan(100);
  });

  it('are, for every form of every group of variants, those the word index finds', async () => {
    for (const [group, forms] of index.variants.entries()) {
      const file = await search.files.variants(group);
      expect(
        forms.map((form) => fromGaps(file[form] ?? [])),
        forms.join(' / '),
      ).toEqual(await words.find(forms));
    }
  });
});
