// Instruments named in a text under any of their Chinese forms, with or without
// 《》 and spaces. The longest form wins, so 《拉丁美洲禁止核武器条约》 is Tlatelolco,
// never the TPNW it contains.
import type { Instrument, Mention } from '../schema.ts';

/** Characters that do not change which instrument a title names. */
const IGNORED = /[\s《》〈〉]/;

function squeeze(text: string): { text: string; offsets: number[] } {
  let squeezed = '';
  const offsets: number[] = [];
  for (let index = 0; index < text.length; index++) {
    if (IGNORED.test(text[index]!)) continue;
    squeezed += text[index];
    offsets.push(index);
  }
  return { text: squeezed, offsets };
}

export function findInstrumentMentions(text: string, instruments: readonly Instrument[]): Mention[] {
  const { text: squeezed, offsets } = squeeze(text);
  const candidates = instruments.flatMap((instrument) =>
    instrument.aliases.flatMap((alias) => {
      const needle = squeeze(alias).text;
      const found: { id: string; from: number; to: number }[] = [];
      for (let at = squeezed.indexOf(needle); at >= 0; at = squeezed.indexOf(needle, at + 1))
        found.push({ id: instrument.id, from: at, to: at + needle.length });
      return found;
    }),
  );
  candidates.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  const chosen: typeof candidates = [];
  for (const candidate of candidates) {
    if (chosen.every((other) => candidate.to <= other.from || candidate.from >= other.to)) chosen.push(candidate);
  }
  return chosen
    .sort((a, b) => a.from - b.from)
    .map((each) => ({
      kind: 'instrument' as const,
      ref: each.id,
      start: offsets[each.from]!,
      end: offsets[each.to - 1]! + 1,
    }));
}
