// Generic titles that refer back to an instrument named just before in the same
// paragraph: 《公约》, 该《条约》, 《准则》, 《议定书》, and 《修正案》 after a convention
// ("《核材料实物保护公约》及其《修正案》"). Each refers to the nearest instrument of its kind
// named before it in the paragraph; with none there, it is left alone rather than guessed
// from an earlier paragraph (Cuba's 2018 reply says 《公约》 for the BWC, which its
// paragraph never names).
import type { Instrument, Mention } from '../schema.ts';

/** A generic title, and the kind of instrument it can stand for. */
const GENERIC_TITLES: Record<string, Instrument['kind']> = {
  公约: 'convention',
  条约: 'treaty',
  议定书: 'protocol',
  准则: 'code',
  守则: 'code',
  修正案: 'amendment',
};

const GENERIC = new RegExp(`《(${Object.keys(GENERIC_TITLES).join('|')})》`, 'g');

/** 该公约的修正案 (Russian Federation, 2011): the amendment of the convention (or treaty, protocol) just named. */
const AMENDMENT_OF = /该(公约|条约|议定书)的?修正案/g;

const bare = (name: string) => name.replace(/[《》〈〉\s]/g, '');

/** The amendment of an instrument, where the registry has one. */
function amendmentOf(base: Instrument | undefined, instruments: readonly Instrument[]): Instrument | undefined {
  return (
    base &&
    instruments.find(
      (instrument) => instrument.kind === 'amendment' && bare(instrument.name.zh).startsWith(bare(base.name.zh)),
    )
  );
}

/** The instrument a generic title refers to, given the instrument named last before it. */
function referent(
  kind: Instrument['kind'],
  before: readonly Instrument[],
  instruments: readonly Instrument[],
): Instrument | undefined {
  // 《修正案》 is the amendment of the instrument just named.
  if (kind === 'amendment') return amendmentOf(before.at(-1), instruments);
  return before.findLast((instrument) => instrument.kind === kind);
}

/** Mentions of instruments by generic title, given the instruments named in the same text. */
export function findBackReferences(
  text: string,
  named: readonly Mention[],
  instruments: readonly Instrument[],
): Mention[] {
  const byId = new Map(instruments.map((instrument) => [instrument.id, instrument]));
  const namedBefore = (at: number) =>
    named
      .filter((mention) => mention.kind === 'instrument' && mention.end <= at)
      .flatMap((mention) => byId.get(mention.ref) ?? []);
  const mentions: Mention[] = [];
  const add = (instrument: Instrument | undefined, match: RegExpExecArray) => {
    if (instrument)
      mentions.push({ kind: 'instrument', ref: instrument.id, start: match.index, end: match.index + match[0].length });
  };
  for (const match of text.matchAll(GENERIC))
    add(referent(GENERIC_TITLES[match[1]!]!, namedBefore(match.index), instruments), match);
  for (const match of text.matchAll(AMENDMENT_OF)) {
    const kind = GENERIC_TITLES[match[1]!]!;
    add(
      amendmentOf(
        namedBefore(match.index).findLast((instrument) => instrument.kind === kind),
        instruments,
      ),
      match,
    );
  }
  return mentions.sort((a, b) => a.start - b.start);
}
