// Records by place, as the name and variant files hold them: ascending, each written as its
// distance from the one before. At 50× a form recurs once in every copy of the corpus, so the
// distances repeat and gzip packs a thousand places into a few hundred bytes.

/** Ascending places → their gaps (the first is its own place). */
export function toGaps(places: readonly number[]): number[] {
  return places.map((place, index) => {
    const gap = place - (index === 0 ? 0 : places[index - 1]!);
    if (gap < 0 || (index > 0 && gap === 0)) throw new Error(`toGaps: places not ascending at ${index}`);
    return gap;
  });
}

/** Gaps → the ascending places they were written from. */
export function fromGaps(gaps: readonly number[]): number[] {
  let place = 0;
  return gaps.map((gap) => (place += gap));
}
