// What the search page must find for a query, by plain means over corpus.json: a substring
// test per term on the normalized text of each part of each reply, and the boolean
// combination the query asks for. Independent of the page's parser: a generated query carries
// the structure it was made with (`ask`); a plain one is split at white space.
import type { Corpus } from '../src/lib/schema.ts';
import { normalizeForSearch } from '../src/lib/search/text/normalize.ts';
import { normalizedUnitTexts, searchUnits } from '../src/lib/search/text/search-units.ts';
import type { SearchName } from '../src/lib/search/build/search-names.ts';

/** All of these groups (any term of each), none of `without`. */
export interface Ask {
  all: string[][];
  without: string[];
}

export interface Expected {
  /** Replies whose text satisfies the query, in corpus order. */
  exact: string[];
  /** Replies that satisfy it when each term that is a name also finds the replies that name it; a superset of exact. */
  all: string[];
  /** What the terms name, "kind:value". */
  names: string[];
  /** A quotation: the parts of replies (by anchor) that hold it. */
  sources?: { reply: string; anchor: string }[];
  /** What was asked: the terms whose text marks where a reply holds them. */
  ask: Ask;
}

/** Title marks anywhere and quotation marks around a name do not change which name it is. */
const TITLE_MARKS = /[《》〈〉]/g;
const QUOTES_AROUND = /^["“「『]+|["”」』]+$/g;
const END_PUNCTUATION = /^[\p{Po}\p{Pi}\p{Pf}]+|[\p{Po}\p{Pi}\p{Pf}]+$/gu;
/** An ellipsis or question marks at either end of a word typed: not part of what it asks. */
const LOOSE_ENDS = /^(?:…+|\.{2,}|[?？]+)+|(?:…+|\.{2,}|[?？]+)+$/g;

export class QueryOracle {
  readonly #corpus: Corpus;
  readonly #names: readonly SearchName[];
  readonly #units: { id: string; anchors: string[]; texts: string[] }[];

  constructor(corpus: Corpus, names: readonly SearchName[]) {
    this.#corpus = corpus;
    this.#names = names;
    this.#units = corpus.submissions.map((submission) => ({
      id: submission.id,
      anchors: searchUnits(submission).map((unit) => unit.anchor),
      texts: normalizedUnitTexts(submission),
    }));
  }

  /** The names a term is: a form of theirs, title marks and quotation marks aside. */
  namesOf(term: string): SearchName[] {
    const asked = normalizeForSearch(term).replace(TITLE_MARKS, '').replace(QUOTES_AROUND, '');
    return this.#names.filter((name) => name.forms.includes(asked));
  }

  /** Replies whose text holds the term somewhere (one part). */
  containing(term: string): Set<string> {
    const needle = normalizeForSearch(term);
    return new Set(
      this.#units.filter((reply) => reply.texts.some((text) => text.includes(needle))).map((reply) => reply.id),
    );
  }

  #combine(ask: Ask, setOf: (term: string) => Set<string>): string[] {
    return this.#units
      .map((reply) => reply.id)
      .filter(
        (id) =>
          ask.all.length > 0 &&
          ask.all.every((group) => group.some((term) => setOf(term).has(id))) &&
          !ask.without.some((term) => this.containing(term).has(id)),
      );
  }

  /** A pasted quotation's sources: the parts that hold its pieces (cut at an ellipsis) in order. */
  quoteSources(query: string): Expected['sources'] {
    const pieces = normalizeForSearch(query)
      .split(/\.{2,}/)
      .map((piece) => piece.replace(END_PUNCTUATION, ''))
      .filter(Boolean);
    if (pieces.join('').length < 12) return undefined;
    const sources = this.#units.flatMap((reply) =>
      reply.texts.flatMap((text, index) =>
        holdsInOrder(text, pieces) ? [{ reply: reply.id, anchor: reply.anchors[index]! }] : [],
      ),
    );
    return sources.length > 0 ? sources : undefined;
  }

  expected(query: string, ask: Ask = plainAsk(query, (whole) => this.namesOf(whole).length > 0)): Expected {
    // Terms that must all occur, quoted or not, may be a pasted quotation; alternatives and exclusions may not.
    const allOf = !/[|｜]|(^|\s)[-－]|(^|\s)(OR|NOT)(\s|$)/.test(query);
    const sources = allOf && this.namesOf(query).length === 0 ? this.quoteSources(query) : undefined;
    if (sources) {
      const replies = [...new Set(sources.map((source) => source.reply))];
      return { exact: replies, all: replies, names: [], sources, ask };
    }
    const names = ask.all.flat().flatMap((term) => this.namesOf(term));
    const named = (term: string) => {
      const set = this.containing(term);
      for (const name of this.namesOf(term)) for (const reply of name.replies) set.add(reply);
      return set;
    };
    return {
      exact: this.#combine(ask, (term) => this.containing(term)),
      all: this.#combine(ask, named),
      names: [...new Set(names.map((name) => `${name.kind}:${name.value}`))],
      ask,
    };
  }

  /**
   * The order the page shows: the replies the text finds, in corpus order, those of the first
   * twenty that hold every group of a query of several in one part first; then those found by a name.
   */
  order(expected: Expected): string[] {
    const { ask } = expected;
    const head = expected.exact.slice(0, 20);
    const close = (id: string) => {
      const reply = this.#units.find((each) => each.id === id)!;
      return reply.texts.some((text) =>
        ask.all.every((group) => group.some((term) => text.includes(normalizeForSearch(term)))),
      );
    };
    const ordered =
      ask.all.length > 1 && !expected.sources ? [...head.filter(close), ...head.filter((id) => !close(id))] : head;
    const byName = expected.all.filter((id) => !expected.exact.includes(id));
    return [...ordered, ...expected.exact.slice(20), ...byName];
  }

  get corpus(): Corpus {
    return this.#corpus;
  }
}

/**
 * The words of a query typed without syntax, as the README says the search reads them: split at
 * white space, then joined where they belong together (a number and the counting or date
 * character after it, 第 or a year or month before a number, single Han characters typed apart),
 * an ellipsis or question mark at either end dropped. Written apart from the page's parser, on purpose.
 */
export function typedWords(query: string): string[] {
  const pieces = query.trim().split(/\s+/).filter(Boolean);
  const words: string[] = [];
  let last = '';
  for (const raw of pieces) {
    const piece = raw.replace(LOOSE_ENDS, '');
    if (!piece) continue;
    const before = words.at(-1) ?? '';
    const joins =
      (/^\p{Script=Han}$/u.test(last) && /^\p{Script=Han}$/u.test(piece)) ||
      (/[0-9０-９][)）]?$/.test(before) &&
        /^(?:[年月日号號个個项項条條款次名届屆段份位家国國万萬亿億千百%％周天时時分批架艘枚件种種类類部期卷页頁章节節岁歲]|[(（][0-9０-９])/.test(
          piece,
        )) ||
      (/(?:第|[0-9０-９][年月])$/.test(before) && /^[0-9０-９]/.test(piece));
    if (joins && before) words[words.length - 1] = before + piece;
    else words.push(piece);
    last = piece;
  }
  return words;
}

/** A query with no syntax: its words, all of which must occur; or, where together they are a name, that one name. */
export function plainAsk(query: string, isName: (whole: string) => boolean): Ask {
  const words = typedWords(query);
  if (words.length > 1 && isName(query)) return { all: [[query]], without: [] };
  return { all: words.map((word) => [word]), without: [] };
}

function holdsInOrder(text: string, pieces: readonly string[]): boolean {
  let from = 0;
  for (const piece of pieces) {
    const at = text.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}
