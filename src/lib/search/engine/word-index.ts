// Pagefind's word index as the page reads it: the records that hold a phrase, found in
// Pagefind's own chunks (pagefind/) without Pagefind's script and WebAssembly, which cost the
// first results a download, a compile and a round trip for its metadata before any chunk.
// Every character is a word (text/tokens.ts), so a phrase of characters is a substring.
import { chunksOfWord } from '../pagefind/chunks-of-word.ts';
import { pagesWithPhrase } from '../pagefind/find-phrase.ts';
import { readWords, type WordPages } from '../pagefind/index-chunk.ts';
import type { ChunkEntry } from '../pagefind/meta-file.ts';
import { searchTokens } from '../text/tokens.ts';

export class WordIndex {
  readonly #chunks: readonly ChunkEntry[];
  readonly #load: (hash: string) => Promise<Uint8Array>;
  readonly #bytes = new Map<string, Promise<Uint8Array>>();
  /** Each word read so far: where it occurs, or undefined where no chunk holds it. */
  readonly #words = new Map<string, Promise<WordPages | undefined>>();

  constructor(chunks: readonly ChunkEntry[], load: (hash: string) => Promise<Uint8Array>) {
    this.#chunks = chunks;
    this.#load = load;
  }

  #chunk(hash: string): Promise<Uint8Array> {
    let bytes = this.#bytes.get(hash);
    if (!bytes) this.#bytes.set(hash, (bytes = this.#load(hash)));
    return bytes;
  }

  /** Reads the words not read yet, each chunk once, all chunks at once. */
  #read(words: readonly string[]): void {
    const wanted = new Map<string, Set<string>>();
    for (const word of new Set(words)) {
      if (this.#words.has(word)) continue;
      const hashes = chunksOfWord(this.#chunks, word);
      if (hashes.length === 0) this.#words.set(word, Promise.resolve(undefined));
      for (const hash of hashes) (wanted.get(hash) ?? wanted.set(hash, new Set()).get(hash)!).add(word);
    }
    const found = [...wanted].map(async ([hash, each]) => readWords(await this.#chunk(hash), each));
    const all = Promise.all(found);
    for (const [, each] of wanted)
      for (const word of each)
        if (!this.#words.has(word))
          this.#words.set(
            word,
            all.then((chunks) => chunks.find((chunk) => chunk.has(word))?.get(word)),
          );
  }

  /** The word chunks a normalized phrase needs, by hash: what looking it up will load. */
  chunksOf(phrase: string): Set<string> {
    return new Set(searchTokens(phrase).flatMap((word) => chunksOfWord(this.#chunks, word)));
  }

  /** The records (their places, ascending) whose text holds each normalized phrase; every chunk they need loads at once. */
  async find(phrases: readonly string[]): Promise<number[][]> {
    const tokens = phrases.map(searchTokens);
    this.#read(tokens.flat());
    return Promise.all(
      tokens.map(async (words) => pagesWithPhrase(await Promise.all(words.map((word) => this.#words.get(word)!)))),
    );
  }
}
