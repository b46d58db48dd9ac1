// The card of a search result (scripts/index-search.ts writes one per reply): stored gzipped,
// unless the host already undid that (README: hosting). Each is fetched once per page.
import type { ReplyCard } from '../lib/search/reply-records.ts';
import { withBase } from '../lib/site/base-url.ts';
import { cardPath } from '../lib/urls.ts';

const cards = new Map<string, Promise<ReplyCard>>();

async function fetchCard(id: string): Promise<ReplyCard> {
  const response = await fetch(withBase(`/${cardPath(id)}`));
  if (!response.ok) throw new Error(`${response.status} for the card of search result ${id}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const text = gzipped
    ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text()
    : new TextDecoder().decode(bytes);
  return JSON.parse(text) as ReplyCard;
}

export function loadCard(id: string): Promise<ReplyCard> {
  let card = cards.get(id);
  if (!card) {
    card = fetchCard(id);
    cards.set(id, card);
  }
  return card;
}
