// What each of two replies names → for each kind of thing, three columns: named only in
// the earlier reply, in both, only in the later; each thing with the blocks that name it,
// so that the page can link to them.
import type { Mention } from '../schema.ts';

/** Things a reply names, and the measures it reports (a measure's "blocks" are its sentences' anchors). */
export const NAMED_KINDS = ['instrument', 'resolution', 'organization', 'measure'] as const;
export type NamedKind = (typeof NAMED_KINDS)[number];

/** One block naming one thing. */
export interface BlockMention {
  kind: NamedKind;
  /** Instrument id (cwc), resolution symbol (S/RES/1540(2004)) or organization id, as the caller keys them. */
  ref: string;
  blockId: string;
}

/** One thing named, and where. */
export interface NamedThing {
  ref: string;
  /** Blocks of the earlier reply that name it, in reading order, each once; empty if none does. */
  earlierBlockIds: string[];
  /** Blocks of the later reply that name it, likewise. */
  laterBlockIds: string[];
}

/** Each column sorted by the number of blocks naming the thing, most first, then by ref. */
export interface MentionColumns {
  onlyEarlier: NamedThing[];
  both: NamedThing[];
  onlyLater: NamedThing[];
}

export type MentionSummary = Record<NamedKind, MentionColumns>;

/** The things each reply names, set out in three columns per kind. */
export function summarizeMentions(earlier: readonly BlockMention[], later: readonly BlockMention[]): MentionSummary {
  const columnsOf = (kind: NamedKind) => splitIntoColumns(blocksByRef(earlier, kind), blocksByRef(later, kind));
  return {
    instrument: columnsOf('instrument'),
    resolution: columnsOf('resolution'),
    organization: columnsOf('organization'),
    measure: columnsOf('measure'),
  };
}

/** For each thing of the kind, the blocks naming it, in order of first mention, each once. */
function blocksByRef(mentions: readonly BlockMention[], kind: NamedKind): Map<string, string[]> {
  const blocks = new Map<string, string[]>();
  for (const mention of mentions) {
    if (mention.kind !== kind) continue;
    const ids = blocks.get(mention.ref) ?? [];
    if (!ids.includes(mention.blockId)) ids.push(mention.blockId);
    blocks.set(mention.ref, ids);
  }
  return blocks;
}

function splitIntoColumns(earlier: Map<string, string[]>, later: Map<string, string[]>): MentionColumns {
  const columns: MentionColumns = { onlyEarlier: [], both: [], onlyLater: [] };
  for (const ref of new Set([...earlier.keys(), ...later.keys()])) {
    const thing: NamedThing = { ref, earlierBlockIds: earlier.get(ref) ?? [], laterBlockIds: later.get(ref) ?? [] };
    if (thing.laterBlockIds.length === 0) columns.onlyEarlier.push(thing);
    else if (thing.earlierBlockIds.length === 0) columns.onlyLater.push(thing);
    else columns.both.push(thing);
  }
  for (const column of Object.values(columns)) column.sort(byBlocksThenRef);
  return columns;
}

/** Most blocks first; refs in code-unit order, so the order is the same in every locale. */
function byBlocksThenRef(a: NamedThing, b: NamedThing): number {
  const blocks = (thing: NamedThing) => thing.earlierBlockIds.length + thing.laterBlockIds.length;
  return blocks(b) - blocks(a) || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0);
}

/** Only what a reply names is needed: a Submission fits, and so does a hand-made test reply. */
export interface RepliedBlocks {
  blocks: readonly { id: string; mentions: readonly Pick<Mention, 'kind' | 'ref'>[] }[];
}

/**
 * The instruments and UN resolutions a reply's blocks name, in reading order. Other bodies'
 * resolutions and other documents are left out: the columns compare what the registry
 * and the UN symbols identify. Organizations are the caller's to add.
 */
export function blockMentionsOf(reply: RepliedBlocks): BlockMention[] {
  return reply.blocks.flatMap((block) =>
    block.mentions.flatMap((mention): BlockMention[] =>
      mention.kind === 'instrument' || mention.kind === 'resolution'
        ? [{ kind: mention.kind, ref: mention.ref, blockId: block.id }]
        : [],
    ),
  );
}
