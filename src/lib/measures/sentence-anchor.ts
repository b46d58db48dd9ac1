// The anchor of a coded sentence on its reply's page: the block's anchor and the sentence's
// place in the block, a-73-112-p5-s2 for the second sentence of paragraph 5. It comes from the
// text, not from the coding, so a sentence keeps its anchor whatever is coded before it; it is
// cited, so it never changes while the text does not.

/** Characters that end a sentence in these texts. */
const SENTENCE_END = /[。！？]/g;

/** The 1-based number of the sentence of `text` that starts at `offset`: one more than the sentence ends before it. */
export function sentenceNumber(text: string, offset: number): number {
  return (text.slice(0, offset).match(SENTENCE_END) ?? []).length + 1;
}

/** a-73-112-p5-s2: the anchor of the sentence of a block that starts at `offset`. */
export function sentenceAnchor(block: string, text: string, offset: number): string {
  return `${block}-s${sentenceNumber(text, offset)}`;
}
