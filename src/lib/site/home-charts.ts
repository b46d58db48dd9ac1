// The home page's two pictures, from the corpus: states on a map, replies on a timeline.
import type { Corpus } from '../schema.ts';
import { renderWorldMap } from '../charts/world-map.ts';
import { renderTimeline } from '../charts/timeline.ts';
import { BUCKET_COLOURS } from '../charts/reply-years.ts';
import { withBase } from './base-url.ts';

export function homeCharts(corpus: Corpus) {
  const years = corpus.reports.map((report) => report.year).sort((a, b) => a - b) as [number, number];
  const yearOf = new Map(corpus.reports.map((report) => [report.symbol, report.year]));
  const states = corpus.respondents
    .filter((respondent) => respondent.kind === 'state')
    .map((respondent) => ({
      iso3: respondent.iso3!,
      nameZh: respondent.name.zh,
      nameEn: respondent.name.en,
      years: corpus.submissions
        .filter((each) => each.respondent === respondent.id)
        .map((each) => yearOf.get(each.report)!)
        .sort(),
      url: withBase(respondent.url),
    }));
  const nameOf = new Map(corpus.respondents.map((respondent) => [respondent.id, respondent.name.zh]));
  // Oldest first, each in its year's colour on the map, as the legend reads.
  const rows = [...corpus.reports].reverse().map((report) => ({
    symbol: report.symbol,
    year: report.year,
    colour: report.year === years[0] ? BUCKET_COLOURS.first : BUCKET_COLOURS.second,
    replies: corpus.submissions
      .filter((each) => each.report === report.symbol)
      .map((each) => ({ date: each.received, label: nameOf.get(each.respondent)!, url: withBase(each.url) })),
  }));
  return {
    map: renderWorldMap(states, years, `答复的 ${states.length} 个国家，按答复年份着色`),
    legend: [
      {
        bucket: 'first',
        colour: BUCKET_COLOURS.first,
        label: `仅 ${years[0]} 年`,
        states: states.filter((state) => state.years.length === 1 && state.years[0] === years[0]),
      },
      {
        bucket: 'second',
        colour: BUCKET_COLOURS.second,
        label: `仅 ${years[1]} 年`,
        states: states.filter((state) => state.years.length === 1 && state.years[0] === years[1]),
      },
      {
        bucket: 'both',
        colour: BUCKET_COLOURS.both,
        label: '两年都答复',
        states: states.filter((state) => state.years.length === 2),
      },
    ],
    timeline: renderTimeline(rows, '各报告收到答复的日期'),
    rows,
  };
}
