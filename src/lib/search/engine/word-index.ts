// Pagefind's word index as the page reads it: the records that hold a phrase, found in
// Pagefind's own chunks (pagefind/) without Pagefind's script and WebAssembly, which cost the
// first results a download, a compile and a round trip for its metadata before any chunk.
// Every character is a word, the pair it starts (text/tokens.ts): a phrase is found by about
// half its characters' pairs, a single character by every pair that starts with it.
import { chunksOfPrefix, chunksOfWord } from '../pagefind/chunks-of-word.ts';
import { phraseStarts } from '../pagefind/find-phrase.ts';
import { joinPages, readWords, readWordsStartingWith, type WordPages } from '../pagefind/index-chunk.ts';
import type { ChunkEntry } from '../pagefind/meta-file.ts';
import { phraseWords, type PhraseWord } from '../text/tokens.ts';

/** A looked-up word's key: a prefix and a whole word are read differently. */
const keyOf = ({ word, prefix }: Pick<PhraseWord, 'word' | 'prefix'>) => (prefix ? `${word}…` : word);

export class WordIndex {
  readonly #chunks: readonly ChunkEntry[];
  readonly #load: (hash: string) => Promise<Uint8Array>;
  readonly #bytes = new Map<string, Promise<Uint8Array>>();
  /** Each word (or prefix) read so far: where it occurs, or undefined where no chunk holds it. */
  readonly #words = new Map<string, Promise<WordPages | undefined>>();
  /** Each word's (or prefix's) chunks: a pasted passage's pieces overlap, and ranking them asks for the same pairs again. */
  readonly #hashesOf = new Map<string, string[]>();
  /** Each phrase placed so far: the plan and the ordering of several terms ask for the same. */
  readonly #starts = new Map<string, Promise<ReadonlyMap<number, readonly number[]>>>();

  constructor(chunks: readonly ChunkEntry[], load: (hash: string) => Promise<Uint8Array>) {
    this.#chunks = chunks;
    this.#load = load;
  }

  #chunk(hash: string): Promise<Uint8Array> {
    let bytes = this.#bytes.get(hash);
    if (!bytes) this.#bytes.set(hash, (bytes = this.#load(hash)));
    return bytes;
  }

  #hashes(each: Pick<PhraseWord, 'word' | 'prefix'>): string[] {
    const key = keyOf(each);
    let hashes = this.#hashesOf.get(key);
    if (!hashes)
      this.#hashesOf.set(
        key,
        (hashes = each.prefix ? chunksOfPrefix(this.#chunks, each.word) : chunksOfWord(this.#chunks, each.word)),
      );
    return hashes;
  }

  /** Reads the words not read yet: every chunk they need starts loading at once, each once. */
  #read(words: readonly PhraseWord[]): void {
    for (const each of words) {
      const key = keyOf(each);
      if (this.#words.has(key)) continue;
      const chunks = this.#hashes(each).map((hash) => this.#chunk(hash));
      const read = (chunk: Uint8Array) =>
        each.prefix ? readWordsStartingWith(chunk, each.word) : readWords(chunk, new Set([each.word])).get(each.word);
      this.#words.set(
        key,
        Promise.all(chunks).then((loaded) => inAnyChunk(loaded.map(read))),
      );
    }
  }

  /** The word chunks a normalized phrase needs, by hash: what looking it up will load. */
  chunksOf(phrase: string): Set<string> {
    return new Set(phraseWords(phrase).flatMap((each) => this.#hashes(each)));
  }

  /** The records (their places, ascending) whose text holds each normalized phrase; every chunk they need loads at once. */
  async find(phrases: readonly string[]): Promise<number[][]> {
    return (await this.starts(phrases)).map((starts) => [...starts.keys()].sort((a, b) => a - b));
  }

  /** For each normalized phrase, record → where it starts in the record's text (find-phrase.ts); every chunk loads at once. */
  starts(phrases: readonly string[]): Promise<ReadonlyMap<number, readonly number[]>[]> {
    const words = phrases.map(phraseWords);
    this.#read(words.flat());
    return Promise.all(
      phrases.map((phrase, index) => {
        let starts = this.#starts.get(phrase);
        if (!starts)
          this.#starts.set(
            phrase,
            (starts = Promise.all(
              words[index]!.map(async (word) => ({ pages: await this.#words.get(keyOf(word))!, offset: word.offset })),
            ).then(phraseStarts)),
          );
        return starts;
      }),
    );
  }
}

/** One word's places from each chunk that may hold it: together, or undefined where none does. */
function inAnyChunk(found: readonly (WordPages | undefined)[]): WordPages | undefined {
  const present = found.filter((pages): pages is WordPages => pages !== undefined && pages.size > 0);
  return present.length <= 1 ? present[0] : joinPages(present);
}
