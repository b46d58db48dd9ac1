/** Text that ends a sentence or clause, closing brackets and quotes allowed after the stop. */
const SENTENCE_END = /[。！？；：!?;:…][”’」』)）\]]*$/;

/** Text that ends in any punctuation that cannot close a title: stops, commas, enumeration commas. */
const ANY_PUNCTUATION_END = /[。！？；：，、!?;:,.…][”’」』)）\]]*$/;

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

export function endsWithPunctuation(text: string): boolean {
  return ANY_PUNCTUATION_END.test(text);
}
