// The part of CBOR (RFC 8949) that Pagefind 1.6 writes its files in: unsigned and negative
// integers, text, arrays and maps, definite lengths only. A cursor over the bytes, read in
// place: a word chunk holds every position of its words, and most of it is skipped.

/** A CBOR item's head: its major type (0 unsigned, 1 negative, 2 bytes, 3 text, 4 array, 5 map, 7 simple) and argument. */
interface Head {
  type: number;
  value: number;
}

export class CborReader {
  readonly #bytes: Uint8Array;
  /** Where the next item starts. */
  at = 0;

  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
  }

  #head(): Head {
    const initial = this.#bytes[this.at];
    if (initial === undefined) throw new Error(`CBOR: ends too soon at ${this.at}`);
    this.at++;
    const type = initial >> 5;
    const info = initial & 31;
    if (info < 24) return { type, value: info };
    if (info > 27) throw new Error(`CBOR: unexpected head ${initial} at ${this.at - 1}`);
    let value = 0;
    for (let index = 0; index < 2 ** (info - 24); index++) value = value * 256 + this.#bytes[this.at++]!;
    return { type, value };
  }

  #expect(type: number, what: string): number {
    const start = this.at;
    const head = this.#head();
    if (head.type !== type) throw new Error(`CBOR: expected ${what} at ${start}, found major type ${head.type}`);
    return head.value;
  }

  /** The length of the array that starts here. */
  array(): number {
    return this.#expect(4, 'an array');
  }

  text(): string {
    const length = this.#expect(3, 'text');
    const text = new TextDecoder().decode(this.#bytes.subarray(this.at, this.at + length));
    this.at += length;
    return text;
  }

  /** An integer, negative or not. */
  integer(): number {
    const start = this.at;
    const head = this.#head();
    if (head.type === 0) return head.value;
    if (head.type === 1) return -1 - head.value;
    throw new Error(`CBOR: expected an integer at ${start}, found major type ${head.type}`);
  }

  /** Moves past the item that starts here, whatever it holds. */
  skip(): void {
    const head = this.#head();
    if (head.type === 2 || head.type === 3) this.at += head.value;
    else if (head.type === 4) for (let index = 0; index < head.value; index++) this.skip();
    else if (head.type === 5) for (let index = 0; index < head.value * 2; index++) this.skip();
  }
}
