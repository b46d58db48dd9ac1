// Rebuilding a paragraph from the PDF's broken lines. Chinese has no spaces
// between words, so lines are joined directly; only where a line break fell
// on the space between two Latin words or numbers ("第 1540 | (2004)号") is that
// space given back. URLs never contain spaces, whatever the break.

const LATIN_END = /[A-Za-z0-9)\].,;:%]$/;
const LATIN_START = /^[A-Za-z0-9([]/;
const URL_TAIL = /(?:https?:\/\/|www\.)\S*$/;

export function joinLine(text: string, next: string): string {
  if (text === '') return next;
  if (next === '') return text;
  const space = LATIN_END.test(text) && LATIN_START.test(next) && !URL_TAIL.test(text);
  return text + (space ? ' ' : '') + next;
}

export function joinLines(lines: readonly string[]): string {
  return lines.reduce(joinLine, '');
}
