// Which pieces of a pasted quotation to look up first. A quotation's candidates are the replies
// that hold one piece of each of its parts; their paragraphs are then read for the whole parts.
// Every character of a piece may need a word chunk of its own, and a browser fetches at most six
// files at once from one host over HTTP/1.1: a 12-character prefix needed 11 chunks at 1× (two
// waves of requests), the cheapest 8-character piece 6 (one). So pieces are ranked by the
// chunks they need, and a costlier one is added only when the first leave too many candidates.

/** Characters in a piece: fewer would leave too many candidates for a phrase of Chinese. */
export const WINDOW = 8;

/** Every WINDOW-character piece of a part (the part itself if shorter), cheapest first, then in reading order. */
export function rankedWindows(part: string, cost: (piece: string) => number): string[] {
  const characters = [...part];
  if (characters.length <= WINDOW) return [part];
  const pieces = Array.from({ length: characters.length - WINDOW + 1 }, (_, start) =>
    characters.slice(start, start + WINDOW).join(''),
  );
  return pieces
    .map((piece, index) => ({ piece, index, cost: cost(piece) }))
    .sort((a, b) => a.cost - b.cost || a.index - b.index)
    .map((each) => each.piece);
}
