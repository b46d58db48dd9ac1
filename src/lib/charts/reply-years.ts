// Which reports a state replied to, as the map colours it: only the latest report, only
// earlier ones (one report), or several. With the two reports of today: only 2018, only
// 2011, both.

export type YearBucket = 'first' | 'second' | 'both';

export const BUCKET_COLOURS: Record<YearBucket, string> = {
  // ColorBrewer PuOr ends and a purple between: distinct for common colour blindness,
  // each at least 4.5:1 against the white page and against the grey land.
  first: '#b35806',
  second: '#2166ac',
  both: '#542788',
};

/** second: replied to the latest report only; first: to one earlier report only; both: to more than one. */
export function yearBucket(years: readonly number[], reportYears: readonly number[]): YearBucket {
  const latest = Math.max(...reportYears);
  const replied = new Set(years);
  if (replied.size > 1) return 'both';
  return replied.has(latest) ? 'second' : 'first';
}

/** The legend's words for each bucket. */
export function bucketLabels(reportYears: readonly number[]): Record<YearBucket, string> {
  const sorted = [...new Set(reportYears)].sort((a, b) => a - b);
  const latest = sorted.at(-1)!;
  const earlier = sorted.slice(0, -1);
  return {
    first: earlier.length === 1 ? `仅 ${earlier[0]} 年` : `仅一份较早的报告（${earlier[0]}–${earlier.at(-1)} 年）`,
    second: `仅 ${latest} 年`,
    both: sorted.length === 2 ? '两年都答复' : '答复了多份报告',
  };
}
