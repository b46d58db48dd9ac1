import { describe, expect, it } from 'vitest';
import { renderWorldMap, type MappedState } from './world-map.ts';
import { monthTicks, renderTimeline, timelinePoints, type TimelineRow } from './timeline.ts';
import { BUCKET_COLOURS, bucketLabels, yearBucket } from './reply-years.ts';

const STATES: MappedState[] = [
  { iso3: 'CUB', nameZh: '古巴', nameEn: 'Cuba', years: [2018], url: '/states/cuba/' },
  { iso3: 'SLV', nameZh: '萨尔瓦多', nameEn: 'El Salvador', years: [2011, 2018], url: '/states/el-salvador/' },
  { iso3: 'EST', nameZh: '爱沙尼亚', nameEn: 'Estonia', years: [2011], url: '/states/estonia/' },
];

describe('renderWorldMap', () => {
  const svg = renderWorldMap(STATES, [2011, 2018], '答复的国家', '/map/land.svg');

  it('links each state that replied, titled with its names and years, coloured by year', () => {
    expect(svg.match(/<a href=/g)).toHaveLength(3);
    expect(svg).toContain('<a href="/states/el-salvador/"><title>萨尔瓦多 El Salvador：2011、2018</title>');
    const colourOf = (url: string) =>
      new RegExp(`<a href="${url}"><title>[^<]*</title><path d="[^"]*" fill="(#[0-9a-f]{6})"`).exec(svg)?.[1];
    expect(colourOf('/states/el-salvador/')).toBe(BUCKET_COLOURS.both);
    expect(colourOf('/states/cuba/')).toBe(BUCKET_COLOURS.second);
    expect(colourOf('/states/estonia/')).toBe(BUCKET_COLOURS.first);
  });

  it('is plain SVG with a title, no script, and small', () => {
    expect(svg).toMatch(
      /^<svg[^>]+role="group" aria-labelledby="world-map-title"><title id="world-map-title">答复的国家<\/title>/,
    );
    expect(svg).not.toContain('<script');
    expect(svg.length).toBeLessThan(10_000);
    expect(svg).toContain('<image href="/map/land.svg"');
  });

  it('escapes names, and names a state it cannot place', () => {
    const hostile = renderWorldMap([{ ...STATES[0]!, nameEn: '<b>&' }], [2011, 2018], 'x', '/map/land.svg');
    expect(hostile).toContain('&lt;b&gt;&amp;');
    expect(() => renderWorldMap([{ ...STATES[0]!, iso3: 'XXX' }], [2011, 2018], 'x', '/map/land.svg')).toThrow(/XXX/);
  });
});

describe('yearBucket', () => {
  it('tells the earlier report, the later one and both', () => {
    expect(yearBucket([2011], [2018, 2011])).toBe('first');
    expect(yearBucket([2018], [2011, 2018])).toBe('second');
    expect(yearBucket([2018, 2011], [2011, 2018])).toBe('both');
    // A third report: one earlier report alone is "first", the latest alone "second", several "both".
    expect(yearBucket([2011], [2011, 2018, 2021])).toBe('first');
    expect(yearBucket([2018], [2011, 2018, 2021])).toBe('first');
    expect(yearBucket([2021], [2011, 2018, 2021])).toBe('second');
    expect(yearBucket([2011, 2021], [2011, 2018, 2021])).toBe('both');
  });

  it('say in the legend what each colour means, for two reports and for more', () => {
    expect(bucketLabels([2018, 2011])).toEqual({ first: '仅 2011 年', second: '仅 2018 年', both: '两年都答复' });
    expect(bucketLabels([2021, 2018, 2011])).toEqual({
      first: '仅一份较早的报告（2011–2018 年）',
      second: '仅 2021 年',
      both: '答复了多份报告',
    });
  });
});

describe('timeline', () => {
  const row: TimelineRow = {
    symbol: 'A/73/112',
    year: 2018,
    colour: BUCKET_COLOURS.second,
    replies: [
      { date: '2018-05-15', label: '萨尔瓦多', url: '/s/' },
      { date: '2018-04-05', label: '柬埔寨', url: '/k/' },
      { date: '2018-04-05', label: '古巴', url: '/c/' },
    ],
  };

  it('places replies in date order and stacks those received the same day', () => {
    const points = timelinePoints(row);
    expect(points.map((point) => [point.reply.label, point.stack])).toEqual([
      ['柬埔寨', 0],
      ['古巴', 1],
      ['萨尔瓦多', 0],
    ]);
    expect(points[0]!.x).toBe(points[1]!.x);
    expect(points[2]!.x).toBeGreaterThan(points[0]!.x);
  });

  it('ticks the months in order', () => {
    expect(monthTicks(row).map((tick) => tick.label)).toEqual(['5月']);
    expect(
      monthTicks({ ...row, replies: [...row.replies, { date: '2018-03-31', label: 'x', url: '/x/' }] }).map(
        (tick) => tick.label,
      ),
    ).toEqual(['4月', '5月']);
  });

  it('links one point per reply', () => {
    const svg = renderTimeline([row], '时间线');
    expect(svg.match(/<circle/g)).toHaveLength(3);
    expect(svg.match(/<circle[^>]*fill="([^"]+)"/g)!.every((circle) => circle.includes(BUCKET_COLOURS.second))).toBe(
      true,
    );
    expect(svg).toContain('<title>古巴 2018-04-05</title>');
  });
});

describe('the legend swatches', () => {
  it('use the map’s colours (the stylesheet repeats them: no inline styles under the CSP)', async () => {
    const { readFileSync } = await import('node:fs');
    const css = readFileSync('src/styles/site.css', 'utf8');
    // Folded white space: the formatter decides the layout of a rule.
    const folded = css.replace(/\s+/g, ' ');
    for (const [bucket, colour] of Object.entries(BUCKET_COLOURS))
      expect(folded).toContain(`.swatch--${bucket} { background: ${colour}; }`);
  });
});

describe('the home page timeline', () => {
  it('reads like the map legend: oldest report first, each in its year’s colour', async () => {
    const { realCorpus } = await import('../../../test-support/real-corpus.ts');
    const { homeCharts } = await import('../site/home-charts.ts');
    const { rows, legend, map } = homeCharts(realCorpus());
    expect(map).toContain('<image href="/map/land.svg"');
    expect(rows.map((row) => [row.year, row.colour])).toEqual([
      [2011, legend.find((entry) => entry.label === '仅 2011 年')!.colour],
      [2018, legend.find((entry) => entry.label === '仅 2018 年')!.colour],
    ]);
  });
});
