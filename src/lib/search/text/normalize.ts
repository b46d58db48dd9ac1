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
 * punctuation, dashes, curly quotes and bullets. Skipping the per-character NFKC checks for
 * them makes a reply's text about ten times quicker to prepare for marking matches; the
 * result is the same.
 */
const STABLE_CHARACTERS =
  '\\u3400-\\u4dbf\\u4e00-\\u9fff\\x21-\\x7e\\u3001\\u3002\\u3008-\\u3011\\u3014-\\u301b\\u2013\\u2014\\u2018\\u2019\\u201c\\u201d\\u2022\\u2217';
/**
 * Full-width forms of printable ASCII (the texts' ，：；（） and ７％), which NFKC maps to their
 * ASCII character one by one and which, like it, never join the character before. Without them
 * nearly every paragraph (all but a few hold a ，) took the per-character path.
 */
const FULL_WIDTH_CHARACTERS = '\\uff01-\\uff5e';
const FULL_WIDTH = new RegExp(`[${FULL_WIDTH_CHARACTERS}]`, 'g');
const FULL_WIDTH_OFFSET = 0xfee0;
const STABLE = new RegExp(`^[${STABLE_CHARACTERS}${FULL_WIDTH_CHARACTERS}]$`);

/** A text of STABLE characters as NFKC and lower-casing give it. */
function normalizeStable(text: string): string {
  return text.replace(FULL_WIDTH, (wide) => String.fromCharCode(wide.charCodeAt(0) - FULL_WIDTH_OFFSET)).toLowerCase();
}

function normalizeGroup(group: string): string {
  return group.normalize('NFKC').toLowerCase().normalize('NFKC');
}

/**
 * A group as it ends up in the normalized text: normalized, without white space, and normalized
 * again until nothing changes, since dropping the space NFKC gives a spacing accent (﹉ → " ̅")
 * brings marks together that NFKC would reorder or compose.
 */
function settle(group: string): string {
  let text = group;
  for (;;) {
    const next = [...normalizeGroup(text)].filter((character) => !IGNORED.test(character)).join('');
    if (next === text) return text;
    text = next;
  }
}

interface Group {
  /** The original characters. */
  text: string;
  start: number;
  end: number;
  /** What they give in the normalized text. */
  normalized: string;
}

function groupOf(text: string, start: number, end: number): Group {
  return { text, start, end, normalized: STABLE.test(text) ? normalizeStable(text) : settle(text) };
}

/** Whether two neighbouring groups normalize the same together as apart. */
function settleApart(before: Group, after: Group): boolean {
  const apart = before.normalized + after.normalized;
  return (
    normalizeGroup(before.text + after.text) === normalizeGroup(before.text) + normalizeGroup(after.text) &&
    settle(apart) === apart
  );
}

/** A text of STABLE characters and white space only normalizes character by character, without the white space. */
const ONLY_STABLE = new RegExp(`^[${STABLE_CHARACTERS}${FULL_WIDTH_CHARACTERS}\\s]*$`);

/** normalizeWithOffsets of such a text: every STABLE character is one UTF-16 unit and gives one. */
function normalizeStableWithOffsets(original: string): NormalizedText {
  const text = normalizeStable(original.replace(/\s+/g, ''));
  const starts: number[] = [];
  const ends: number[] = [];
  for (let unit = 0; unit < original.length; unit++) {
    if (/\s/.test(original[unit]!)) continue;
    starts.push(unit);
    ends.push(unit + 1);
  }
  return { text, starts, ends };
}

/**
 * The normalized text with a map back to the original, to mark a match in the text
 * as printed. Characters are normalized one by one, except where NFKC would join a
 * character to those before it (a combining accent, a half-width sound mark, marks it
 * reorders): those are normalized together, as NFKC on the whole text would.
 */
export function normalizeWithOffsets(original: string): NormalizedText {
  if (ONLY_STABLE.test(original)) return normalizeStableWithOffsets(original);
  const groups: Group[] = [];
  let offset = 0;
  for (const character of original) {
    const start = offset;
    offset += character.length;
    if (!STABLE.test(character) && IGNORED.test(character)) continue;
    const last = groups.at(-1);
    groups.push(groupOf(character, start, offset));
    // Lower-casing looks at neighbours (a final Σ), so the shortcut needs a stable character before it too.
    if (STABLE.test(character) && (!last || STABLE.test(last.text))) continue;
    // A run of marks reorders as a whole, so a join can reach back more than one group.
    while (groups.length > 1 && !settleApart(groups.at(-2)!, groups.at(-1)!)) {
      const after = groups.pop()!;
      const before = groups.pop()!;
      groups.push(groupOf(before.text + after.text, before.start, after.end));
    }
  }
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (const { normalized, start, end } of groups) {
    text += normalized;
    for (let unit = 0; unit < normalized.length; unit++) {
      starts.push(start);
      ends.push(end);
    }
  }
  return { text, starts, ends };
}

/**
 * The text as the search compares it. Most paragraphs are STABLE characters and white space
 * only, which need no offsets: the search page prepares each result's paragraphs this way
 * (measured: 15 ms of the first results' script, for five cards, with the offset map).
 */
export function normalizeForSearch(text: string): string {
  if (ONLY_STABLE.test(text)) return normalizeStable(text.replace(/\s+/g, ''));
  return normalizeWithOffsets(text).text;
}

/**
 * False only where the text surely does not contain the normalized needle: a quick
 * test that spares the offset map for the many paragraphs of a reply that do not match.
 */
export function mayContain(text: string, needle: string): boolean {
  return !ONLY_STABLE.test(text) || normalizeStable(text.replace(/\s+/g, '')).includes(needle);
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
