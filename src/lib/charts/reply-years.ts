// Which years a state replied in, as the map colours them.

export type YearBucket = 'first' | 'second' | 'both';

export const BUCKET_COLOURS: Record<YearBucket, string> = {
  // ColorBrewer PuOr ends and a purple between: distinct for common colour blindness,
  // each at least 4.5:1 against the white page and against the grey land.
  first: '#b35806',
  second: '#2166ac',
  both: '#542788',
};

/** Years sorted; one reply in the earlier report, the later, or both. */
export function yearBucket(years: readonly number[], reportYears: readonly [number, number]): YearBucket {
  const [earlier, later] = [...reportYears].sort((a, b) => a - b) as [number, number];
  const has = (year: number) => years.includes(year);
  if (has(earlier) && has(later)) return 'both';
  return has(later) ? 'second' : 'first';
}
