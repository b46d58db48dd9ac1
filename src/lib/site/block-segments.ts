// A block's text cut at its footnote marks and mentions, so a page can link each.
import type { Block, Mention } from '../schema.ts';

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'ref'; marker: string; footnote: string }
  | { kind: 'mention'; text: string; mention: Mention };

export function blockSegments(block: Pick<Block, 'text' | 'footnoteRefs'> & { mentions?: Mention[] }): Segment[] {
  const segments: Segment[] = [];
  const refs = [...block.footnoteRefs].sort((a, b) => a.offset - b.offset);
  const mentions = [...(block.mentions ?? [])].sort((a, b) => a.start - b.start);
  let at = 0;
  const textUpTo = (end: number) => {
    if (end > at) segments.push({ kind: 'text', text: block.text.slice(at, end) });
    at = Math.max(at, end);
  };
  while (refs.length > 0 || mentions.length > 0) {
    const ref = refs[0];
    const mention = mentions[0];
    // A mark inside a mention goes after it.
    if (ref && (!mention || ref.offset <= mention.start || ref.offset < at)) {
      textUpTo(ref.offset);
      segments.push({ kind: 'ref', marker: ref.marker, footnote: ref.footnote });
      refs.shift();
    } else if (mention) {
      textUpTo(mention.start);
      if (mention.start >= at || mention.end > at)
        segments.push({ kind: 'mention', text: block.text.slice(Math.max(at, mention.start), mention.end), mention });
      at = Math.max(at, mention.end);
      mentions.shift();
    }
  }
  textUpTo(block.text.length);
  return segments;
}
