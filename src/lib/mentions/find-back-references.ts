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

const bare = (name: string) => name.replace(/[《》〈〉\s]/g, '');

/** The instrument a generic title refers to, given the instrument named last before it. */
function referent(
  kind: Instrument['kind'],
  before: readonly Instrument[],
  instruments: readonly Instrument[],
): Instrument | undefined {
  if (kind === 'amendment') {
    // 《修正案》 is the amendment of the instrument just named.
    const base = before.at(-1);
    return (
      base &&
      instruments.find(
        (instrument) => instrument.kind === 'amendment' && bare(instrument.name.zh).startsWith(bare(base.name.zh)),
      )
    );
  }
  return before.findLast((instrument) => instrument.kind === kind);
}

/** Mentions of instruments by generic title, given the instruments named in the same text. */
export function findBackReferences(
  text: string,
  named: readonly Mention[],
  instruments: readonly Instrument[],
): Mention[] {
  const byId = new Map(instruments.map((instrument) => [instrument.id, instrument]));
  const mentions: Mention[] = [];
  for (const match of text.matchAll(GENERIC)) {
    const before = named
      .filter((mention) => mention.kind === 'instrument' && mention.end <= match.index)
      .flatMap((mention) => byId.get(mention.ref) ?? []);
    const instrument = referent(GENERIC_TITLES[match[1]!]!, before, instruments);
    if (instrument)
      mentions.push({ kind: 'instrument', ref: instrument.id, start: match.index, end: match.index + match[0].length });
  }
  return mentions;
}
