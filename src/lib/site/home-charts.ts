// The home page's two pictures, from the corpus: states on a map, replies on a timeline. Both
// keep their size as reports are added: the map has one mark per state, the timeline shows
// the latest reports (every report has its own page with its replies' dates).
import type { Corpus } from '../schema.ts';
import { renderWorldMap } from '../charts/world-map.ts';
import { renderTimeline } from '../charts/timeline.ts';
import { BUCKET_COLOURS, bucketLabels, yearBucket, type YearBucket } from '../charts/reply-years.ts';
import { PATHS } from '../urls.ts';
import { withBase } from './base-url.ts';

/** Reports the home timeline shows, newest; older ones are on /reports/. */
export const TIMELINE_REPORTS = 2;

export function homeCharts(corpus: Corpus) {
  const years = corpus.reports.map((report) => report.year);
  const latest = Math.max(...years);
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
  const rows = corpus.reports
    .slice(0, TIMELINE_REPORTS)
    .reverse()
    .map((report) => ({
      symbol: report.symbol,
      year: report.year,
      colour: report.year === latest ? BUCKET_COLOURS.second : BUCKET_COLOURS.first,
      replies: corpus.submissions
        .filter((each) => each.report === report.symbol)
        .map((each) => ({ date: each.received, label: nameOf.get(each.respondent)!, url: withBase(each.url) })),
    }));
  const labels = bucketLabels(years);
  const buckets: YearBucket[] = ['first', 'second', 'both'];
  return {
    map: renderWorldMap(states, years, `答复的 ${states.length} 个国家，按答复年份着色`, withBase(PATHS.mapLand)),
    legend: buckets.map((bucket) => ({
      bucket,
      colour: BUCKET_COLOURS[bucket],
      label: labels[bucket],
      states: states.filter((state) => yearBucket(state.years, years) === bucket),
    })),
    timeline: renderTimeline(rows, '各报告收到答复的日期'),
    rows,
  };
}
