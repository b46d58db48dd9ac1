// A build-time SVG timeline: when each reply of a report was received.
import { escapeXml } from '../escape-xml.ts';

export interface TimelineReply {
  /** YYYY-MM-DD */
  date: string;
  label: string;
  url: string;
}

export interface TimelineRow {
  symbol: string;
  year: number;
  /** The colour the map's legend gives this report's year. */
  colour: string;
  replies: TimelineReply[];
}

const WIDTH = 960;
const ROW_HEIGHT = 120;
const LEFT = 170;
const RIGHT = 30;
const DAY = 86_400_000;

const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;

/** Points of one row: x by date within the row's own span, stacked upwards where dates coincide. */
export function timelinePoints(row: TimelineRow): { reply: TimelineReply; x: number; stack: number }[] {
  const days = row.replies.map((reply) => dayOf(reply.date));
  const first = Math.min(...days);
  const span = Math.max(1, Math.max(...days) - first);
  const seen = new Map<string, number>();
  return [...row.replies]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((reply) => {
      const stack = seen.get(reply.date) ?? 0;
      seen.set(reply.date, stack + 1);
      return { reply, x: LEFT + ((dayOf(reply.date) - first) / span) * (WIDTH - LEFT - RIGHT), stack };
    });
}

/** First days of the months a row spans, for ticks labelled "4月". */
export function monthTicks(row: TimelineRow): { date: string; label: string; x: number }[] {
  const dates = row.replies.map((reply) => reply.date).sort();
  const first = dayOf(dates[0]!);
  const span = Math.max(1, dayOf(dates.at(-1)!) - first);
  const ticks: { date: string; label: string; x: number }[] = [];
  const start = new Date(`${dates[0]!.slice(0, 7)}-01T00:00:00Z`);
  for (
    let month = new Date(start);
    month.toISOString().slice(0, 10) <= dates.at(-1)!;
    month.setUTCMonth(month.getUTCMonth() + 1)
  ) {
    const date = month.toISOString().slice(0, 10);
    const offset = dayOf(date) - first;
    if (offset >= 0)
      ticks.push({ date, label: `${month.getUTCMonth() + 1}月`, x: LEFT + (offset / span) * (WIDTH - LEFT - RIGHT) });
  }
  return ticks;
}

export function renderTimeline(rows: readonly TimelineRow[], title: string): string {
  const height = rows.length * ROW_HEIGHT;
  const body = rows.map((row, index) => {
    const baseline = (index + 1) * ROW_HEIGHT - 30;
    const ticks = monthTicks(row)
      .map(
        (tick) =>
          `<line x1="${tick.x.toFixed(1)}" x2="${tick.x.toFixed(1)}" y1="${baseline}" y2="${baseline + 6}" stroke="#4f5963"/><text x="${tick.x.toFixed(1)}" y="${baseline + 22}" text-anchor="middle" font-size="14" fill="#4f5963">${tick.label}</text>`,
      )
      .join('');
    const points = timelinePoints(row)
      .map(
        ({ reply, x, stack }) =>
          `<a href="${escapeXml(reply.url)}"><title>${escapeXml(`${reply.label} ${reply.date}`)}</title><circle cx="${x.toFixed(1)}" cy="${baseline - 10 - stack * 14}" r="6" fill="${row.colour}" stroke="#fff" stroke-width="1.5"/></a>`,
      )
      .join('');
    return `<text x="0" y="${baseline - 4}" font-size="15" fill="#1b1f24">${escapeXml(`${row.symbol}（${row.year}）`)}</text><line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${baseline}" y2="${baseline}" stroke="#4f5963"/>${ticks}${points}`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" font-family="inherit" role="group" aria-labelledby="timeline-title"><title id="timeline-title">${escapeXml(title)}</title>${body.join('')}</svg>`;
}
