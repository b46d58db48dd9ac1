// What "the text contains the query" means on this site: both are compared after
// NFKC (full-width ＡＢ１２（） → AB12()), in lower case, and without white space or
// invisible format characters, so 2018年4月 finds "2018 年 4 月".
// The search index, the search page and the tests all use these functions.

/** White space and invisible format characters (zero-width space, soft hyphen, BOM). */
const IGNORED = /[\s\p{Cf}]/u;

export interface NormalizedText {
  /** The normalized text. */
  text: string;
  /** For each UTF-16 unit of `text`, where the characters it came from start in the original. */
  starts: number[];
  /** For each UTF-16 unit of `text`, where the characters it came from end in the original. */
  ends: number[];
}

/**
 * Characters that are most of the corpus and that NFKC leaves alone and never joins to the
 * character before: CJK ideographs, printable ASCII (only lower-cased), common CJK
 * punctuation. Skipping the per-character NFKC checks for them makes a reply's text
 * about ten times quicker to prepare for marking matches; the result is the same.
 */
const STABLE_CHARACTERS = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\x21-\\x7e\\u3001\\u3002\\u3008-\\u3011\\u3014-\\u301b';
const STABLE = new RegExp(`^[${STABLE_CHARACTERS}]$`);

function normalizeGroup(group: string): string {
  return group.normalize('NFKC').toLowerCase().normalize('NFKC');
}

/**
 * The normalized text with a map back to the original, to mark a match in the text
 * as printed. Characters are normalized one by one, except where NFKC would join a
 * character to the one before it (a combining accent, a half-width sound mark): those
 * are normalized together, as NFKC on the whole text would.
 */
export function normalizeWithOffsets(original: string): NormalizedText {
  const groups: { text: string; start: number; end: number }[] = [];
  let offset = 0;
  for (const character of original) {
    const start = offset;
    offset += character.length;
    if (!STABLE.test(character) && IGNORED.test(character)) continue;
    const last = groups.at(-1);
    // Lower-casing looks at neighbours (a final Σ), so the shortcut needs a stable character before it too.
    const quick = STABLE.test(character) && (!last || STABLE.test(last.text));
    if (
      last &&
      !quick &&
      normalizeGroup(last.text + character) !== normalizeGroup(last.text) + normalizeGroup(character)
    ) {
      last.text += character;
      last.end = offset;
    } else groups.push({ text: character, start, end: offset });
  }
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (const group of groups) {
    const normalized = STABLE.test(group.text)
      ? group.text.toLowerCase()
      : [...normalizeGroup(group.text)].filter((character) => !IGNORED.test(character)).join('');
    text += normalized;
    for (let unit = 0; unit < normalized.length; unit++) {
      starts.push(group.start);
      ends.push(group.end);
    }
  }
  return { text, starts, ends };
}

/** The text as the search compares it. */
export function normalizeForSearch(text: string): string {
  return normalizeWithOffsets(text).text;
}

/** A text of STABLE characters and white space only normalizes to itself without the white space, in lower case. */
const ONLY_STABLE = new RegExp(`^[${STABLE_CHARACTERS}\\s]*$`);

/**
 * False only where the text surely does not contain the normalized needle: a quick
 * test that spares the offset map for the many paragraphs of a reply that do not match.
 */
export function mayContain(text: string, needle: string): boolean {
  return !ONLY_STABLE.test(text) || text.replace(/\s+/g, '').toLowerCase().includes(needle);
}

/** Every place the (normalized) needle occurs, as [start, end) ranges of the original text. */
export function findInOriginal(haystack: NormalizedText, needle: string): [number, number][] {
  const ranges: [number, number][] = [];
  if (!needle) return ranges;
  for (let at = haystack.text.indexOf(needle); at !== -1; at = haystack.text.indexOf(needle, at + 1)) {
    ranges.push([haystack.starts[at]!, haystack.ends[at + needle.length - 1]!]);
  }
  return ranges;
}
