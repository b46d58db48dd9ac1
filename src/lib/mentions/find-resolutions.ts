// UN resolutions and other documents referred to in a text, normalised to their
// official symbols. Not UN resolutions: laws (第 3(2004)号法案), decrees
// (第 5072 号法令), other bodies' resolutions (the OAU's 第 213 号决议).
import type { Mention } from '../schema.ts';

/** Years of the Security Council resolutions the corpus names, for mentions printed without one. */
export const SECURITY_COUNCIL_YEARS: Record<number, number> = {
  1267: 1999,
  1373: 2001,
  1540: 2004,
  1737: 2006,
  1803: 2008,
  1887: 2009,
  1977: 2011,
  2235: 2015,
  2319: 2016,
  2325: 2016,
};

const ITEM = String.raw`(?:第\s*)?(\d{3,4})\s*\(\s*(\d{4})\s*\)\s*号`;
const ITEM_PATTERN = new RegExp(ITEM, 'g');
/** A run of "第 N (YYYY)号" joined by 、 和 及 与, ending in 决议: only the last item says what they are. */
const SECURITY_COUNCIL_RUN = new RegExp(String.raw`${ITEM}(?:\s*(?:、|以及|和|及|与)\s*${ITEM})*\s*决议`, 'g');
const NO_YEAR = /(?<![\d/])(?:第\s*)?(\d{1,4})\s*号决议/g;
const GENERAL_ASSEMBLY = /第\s*(\d{2,3})\/(\d{1,3})\s*号决议/g;
const OTHER_RESOLUTION_SYMBOL = /AG-\d{4}-RES-\d+/g;
const DOCUMENT =
  /CD\/\d+|EC-[0-9A-Z]+\/(?:DG|DEC)\.\d+|AHG\/Dec\.\d+\([XVLI]+\)|\d{4}\/\d+\/CFSP|\(CFSP\)\s*\d{4}\/\d+/g;

function securityCouncilSymbol(number: number, printedYear: number | undefined): string {
  // The official year wins over a misprint (the FATF text prints 1737(2007) for 1737(2006)).
  return `S/RES/${number}(${SECURITY_COUNCIL_YEARS[number] ?? printedYear})`;
}

export function findResolutionMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  const taken: [number, number][] = [];
  const free = (start: number, end: number) => taken.every(([from, to]) => end <= from || start >= to);
  const add = (mention: Mention) => {
    if (!free(mention.start, mention.end)) return;
    taken.push([mention.start, mention.end]);
    mentions.push(mention);
  };

  for (const run of text.matchAll(SECURITY_COUNCIL_RUN)) {
    for (const item of run[0].matchAll(ITEM_PATTERN)) {
      const start = run.index + item.index;
      add({
        kind: 'resolution',
        ref: securityCouncilSymbol(Number(item[1]), Number(item[2])),
        start,
        end: start + item[0].length,
      });
    }
  }
  for (const match of text.matchAll(GENERAL_ASSEMBLY))
    add({
      kind: 'resolution',
      ref: `A/RES/${match[1]}/${match[2]}`,
      start: match.index,
      end: match.index + match[0].length,
    });
  for (const match of text.matchAll(NO_YEAR)) {
    const number = Number(match[1]);
    const known = SECURITY_COUNCIL_YEARS[number] !== undefined;
    add({
      kind: known ? 'resolution' : 'other-resolution',
      ref: known ? securityCouncilSymbol(number, undefined) : match[0].replace(/\s+/g, ' '),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  for (const match of text.matchAll(OTHER_RESOLUTION_SYMBOL))
    add({ kind: 'other-resolution', ref: match[0], start: match.index, end: match.index + match[0].length });
  for (const match of text.matchAll(DOCUMENT))
    add({
      kind: 'document',
      ref: match[0].replace(/\s+/g, ''),
      start: match.index,
      end: match.index + match[0].length,
    });
  return mentions.sort((a, b) => a.start - b.start);
}
