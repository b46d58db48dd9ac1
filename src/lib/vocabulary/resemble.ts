// The name a term resembles, for a query that finds nothing: 化学武器条约 is close to
// 化学武器公约, 核不扩散公约 to 核不扩散条约. Resemblance is the Dice coefficient of the two
// texts' character pairs (bigrams), as the compare pages pair paragraphs.
import { nameKey, type NameForms } from './name-forms.ts';

/** Terms this short resemble too much: two characters share one pair or none. */
const SHORTEST = 3;
/** Below this, a form is not offered: 化学武器条约 ~ 化学武器公约 is 0.6, but ~ 不扩散核武器条约 (the NPT) already 0.5. */
const RESEMBLES = 0.55;

function bigrams(text: string): string[] {
  const characters = [...text];
  return characters.slice(1).map((character, index) => characters[index]! + character);
}

/** Dice coefficient of the character pairs of two texts: 1 for the same text, 0 for none in common. */
export function resemblance(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  if (left.length === 0 || right.length === 0) return a === b ? 1 : 0;
  const counts = new Map<string, number>();
  for (const pair of right) counts.set(pair, (counts.get(pair) ?? 0) + 1);
  let shared = 0;
  for (const pair of left) {
    const count = counts.get(pair) ?? 0;
    if (count > 0) {
      shared++;
      counts.set(pair, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** The names a normalized term resembles (without being one), closest first, each by its closest form. */
export function resembledNames(
  names: readonly NameForms[],
  normalized: string,
  most = 3,
): { name: NameForms; form: string; score: number }[] {
  const term = nameKey(normalized);
  if ([...term].length < SHORTEST) return [];
  return names
    .flatMap((name) => {
      if (name.forms.includes(term)) return [];
      const scored = name.forms.map((form) => ({ form, score: resemblance(term, form) }));
      const best = scored.sort((a, b) => b.score - a.score)[0];
      return best && best.score >= RESEMBLES ? [{ name, ...best }] : [];
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, most);
}
