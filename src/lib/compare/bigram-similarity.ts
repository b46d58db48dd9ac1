// Two texts → how much of their wording they share, from 0 (nothing) to 1 (the same).
// Chinese has no spaces between words, and most words are two characters long, so pairs
// of neighbouring characters (bigrams) stand in for words: 辐射 and 放射 count as different
// words, 化学 and 生物 as shared ones.

/** White space is where the PDF broke lines or set digits apart ("2010 年"), not wording. */
const WHITE_SPACE = /\s+/g;

/** How often each pair of neighbouring characters occurs in the text, white space left out. */
export function countBigrams(text: string): Map<string, number> {
  const characters = [...text.replace(WHITE_SPACE, '')];
  const counts = new Map<string, number>();
  for (let index = 0; index + 1 < characters.length; index++) {
    const bigram = characters[index]! + characters[index + 1]!;
    counts.set(bigram, (counts.get(bigram) ?? 0) + 1);
  }
  return counts;
}

/**
 * Dice's coefficient over the two texts' bigrams, counted with repeats: twice the bigrams
 * they have in common over all bigrams of both. Texts of one character have no bigram;
 * they are the same (1) or not (0).
 */
export function bigramSimilarity(first: string, second: string): number {
  const firstCounts = countBigrams(first);
  const secondCounts = countBigrams(second);
  const total = sumCounts(firstCounts) + sumCounts(secondCounts);
  if (total === 0) return first.replace(WHITE_SPACE, '') === second.replace(WHITE_SPACE, '') ? 1 : 0;
  let common = 0;
  for (const [bigram, count] of firstCounts) common += Math.min(count, secondCounts.get(bigram) ?? 0);
  return (2 * common) / total;
}

function sumCounts(counts: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const count of counts.values()) sum += count;
  return sum;
}
