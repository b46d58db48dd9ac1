// "Any name finds all": the instruments, resolutions, states and organizations a query can
// name, built from corpus.json. A query that is one of a name's forms, Chinese or English
// (化学武器公约, Chemical Weapons Convention, CWC, 1540, UNSCR 1540, 第1540(2004)号决议, 北约,
// Cuba, CUB) finds, besides the replies that contain it, every reply that names the same thing
// in other words: those carry the name's Pagefind filter value.
import type { Corpus, Respondent } from '../../schema.ts';
import type { NameOfQuery } from '../vocabulary/name-forms.ts';
import { instrumentPath, resolutionPath } from '../../urls.ts';
import { resolutionNumber, resolutionTitle } from '../../labels.ts';
import { normalizeForSearch } from '../text/normalize.ts';
import { normalizedUnitTexts } from '../text/search-units.ts';

export { resolutionNumber };

export { namesOfQuery, normalizeNameQuery } from '../vocabulary/name-forms.ts';

/** A name with the replies that name it. */
export interface SearchName extends Omit<NameOfQuery, 'count'> {
  /** Replies that name it, in corpus order. */
  replies: string[];
}

const unique = (values: string[]) => [...new Set(values.filter(Boolean))];

/** 安全理事会第 1540 (2004) 号决议 can be asked for in all these ways (normalized). */
export function resolutionForms(symbol: string): string[] {
  const security = /^S\/RES\/(\d+)\((\d{4})\)$/.exec(symbol);
  if (security) {
    const [, number, year] = security;
    const numbers = [number!, `${number}(${year})`];
    return unique([
      symbol.toLowerCase(),
      `s/res/${number}`,
      ...numbers.flatMap((each) => [
        each,
        `第${each}号`,
        `${each}号决议`,
        `第${each}号决议`,
        `安全理事会第${each}号决议`,
        `安理会第${each}号决议`,
        // As English papers write it: UNSCR 1540, resolution 1540 (2004), Security Council resolution 1540.
        `unscr${each}`,
        `scr${each}`,
        `resolution${each}`,
        `securitycouncilresolution${each}`,
      ]),
    ]);
  }
  const assembly = /^A\/RES\/(\d+\/\d+)$/.exec(symbol);
  if (assembly) {
    const number = assembly[1]!;
    return unique([
      symbol.toLowerCase(),
      number,
      `第${number}号`,
      `${number}号决议`,
      `第${number}号决议`,
      `大会第${number}号决议`,
      `resolution${number}`,
      `generalassemblyresolution${number}`,
      `garesolution${number}`,
    ]);
  }
  return [symbol.toLowerCase()];
}

/**
 * The English forms a name can be asked for by (normalized): the UN's name, with and without
 * what it puts in parentheses ("… (Treaty of Tlatelolco)"), that alone, other usual forms, the acronym.
 */
export function englishForms(name: { en: string }, others: readonly (string | undefined)[] = []): string[] {
  const bracketed = /^(.*?)\s*\((.+)\)$/.exec(name.en);
  const forms = [
    name.en,
    ...(bracketed ? [bracketed[1]!, bracketed[2]!] : []),
    ...others.filter((each) => each !== undefined),
  ];
  return unique(forms.map(normalizeForSearch));
}

/** Replies in which any of the marks occurs inside one part of the text (heading, paragraph or footnote). */
function repliesContaining(replies: readonly { id: string; units: string[] }[], marks: readonly string[]): string[] {
  return replies
    .filter((reply) => reply.units.some((unit) => marks.some((mark) => unit.includes(mark))))
    .map((reply) => reply.id);
}

/** A state or organization as a name: its Chinese forms mark it in the texts; its English ones, its acronym and ISO code also find it. */
function respondentName(respondent: Respondent, texts: readonly { id: string; units: string[] }[]): SearchName {
  const marks = unique([respondent.name.zh, ...respondent.aliases].map(normalizeForSearch));
  const others = [respondent.acronym, respondent.iso3, ...(respondent.aliasesEn ?? [])];
  return {
    kind: respondent.kind,
    value: respondent.id,
    label: {
      zh: respondent.name.zh,
      en: respondent.acronym ? `${respondent.name.en} (${respondent.acronym})` : respondent.name.en,
    },
    page: respondent.url,
    forms: unique([...marks, normalizeForSearch(respondent.shortZh ?? ''), ...englishForms(respondent.name, others)]),
    marks,
    replies: repliesContaining(texts, marks),
  };
}

/** Every name a query can find, with the replies that name it. */
export function searchNames(corpus: Corpus): SearchName[] {
  const citing = (key: 'instruments' | 'resolutions', ref: string) =>
    corpus.submissions
      .filter((submission) => submission.citations[key].includes(ref))
      .map((submission) => submission.id);
  const resolutions = unique(corpus.submissions.flatMap((submission) => submission.citations.resolutions)).sort(
    (a, b) => a.localeCompare(b, 'en', { numeric: true }),
  );
  const instruments = corpus.instruments.filter((instrument) => citing('instruments', instrument.id).length > 0);
  // Each reply's parts normalized once: every organization's marks are looked for in them.
  const texts = corpus.submissions.map((submission) => ({ id: submission.id, units: normalizedUnitTexts(submission) }));
  return [
    ...instruments.map((instrument): SearchName => {
      const marks = unique(instrument.aliases.map(normalizeForSearch));
      return {
        kind: 'instrument',
        value: instrument.id,
        // A title inside a title takes 〈〉: 《〈核材料实物保护公约〉修正案》.
        label: {
          zh: `《${instrument.name.zh.replace(/《/g, '〈').replace(/》/g, '〉')}》`,
          en: instrument.acronym ? `${instrument.name.en} (${instrument.acronym})` : instrument.name.en,
        },
        page: instrumentPath(instrument.id),
        forms: unique([
          ...marks,
          ...englishForms(instrument.name, [instrument.acronym, ...(instrument.aliasesEn ?? [])]),
        ]),
        marks,
        replies: citing('instruments', instrument.id),
      };
    }),
    ...resolutions.map((symbol): SearchName => ({
      kind: 'resolution',
      value: symbol,
      label: resolutionTitle(symbol),
      page: resolutionPath(symbol),
      forms: resolutionForms(symbol),
      marks: [resolutionNumber(symbol)],
      replies: citing('resolutions', symbol),
    })),
    ...corpus.respondents
      .map((respondent) => respondentName(respondent, texts))
      .filter((name) => name.replies.length > 0),
  ];
}

/** What the search page needs of the names: all but the replies, which it finds with Pagefind; their number. */
export function nameList(names: readonly SearchName[]): NameOfQuery[] {
  return names.map(({ replies, ...name }) => ({ ...name, count: replies.length }));
}
