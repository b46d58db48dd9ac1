// Keyword in context: the sentence around a mention, cut where the sentence ends.

const SENTENCE_BREAK = /[。；！？]/;

export interface InContext {
  before: string;
  match: string;
  after: string;
}

/** The sentence holding text[start, end), at most `reach` characters either side. */
export function keywordInContext(text: string, start: number, end: number, reach = 60): InContext {
  let from = start;
  while (from > 0 && start - from < reach && !SENTENCE_BREAK.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < reach && !SENTENCE_BREAK.test(text[to - 1] ?? '')) to++;
  const clippedStart = from > 0 && !SENTENCE_BREAK.test(text[from - 1]!);
  const clippedEnd = to < text.length && !SENTENCE_BREAK.test(text[to - 1]!);
  return {
    before: (clippedStart ? '…' : '') + text.slice(from, start),
    match: text.slice(start, end),
    after: text.slice(end, to) + (clippedEnd ? '…' : ''),
  };
}
