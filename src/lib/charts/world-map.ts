// A build-time SVG world map of the states that replied, coloured by year.
// No script: each state is a link with a title; the page gives the same facts as text.
import { geoEqualEarth, geoPath, geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import isoCountries from 'i18n-iso-countries';
import { escapeXml } from '../escape-xml.ts';
import { BUCKET_COLOURS, yearBucket } from './reply-years.ts';

export interface MappedState {
  iso3: string;
  nameZh: string;
  nameEn: string;
  years: number[];
  /** Link target, base path included. */
  url: string;
}

const WIDTH = 960;
const HEIGHT = 470;
const ANTARCTICA = '010';
const LAND = '#dfe4ea';

type CountryFeature = Feature<Geometry, { name: string }>;

function worldFeatures(): CountryFeature[] {
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  return collection.features.filter((country) => country.id !== ANTARCTICA);
}

export function renderWorldMap(
  states: readonly MappedState[],
  reportYears: readonly [number, number],
  title: string,
): string {
  const world = worldFeatures();
  const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], { type: 'FeatureCollection', features: world });
  // Whole pixels at this size: the map is a picture of where, not a survey.
  const path = geoPath(projection).digits(0);
  const byId = new Map(world.map((country) => [String(country.id), country]));

  const marked = states.map((state) => {
    const numeric = isoCountries.alpha3ToNumeric(state.iso3);
    const country = numeric ? byId.get(numeric) : undefined;
    if (!country)
      throw new Error(`world map: no country with ISO code ${state.iso3} (${state.nameEn}) in world-atlas 110m`);
    return { state, country };
  });
  const replied = new Set(marked.map(({ country }) => country));

  const land = world
    .filter((country) => !replied.has(country))
    .map((country) => path(country))
    .join('');
  const links = marked.map(({ state, country }) => {
    const colour = BUCKET_COLOURS[yearBucket(state.years, reportYears)];
    const [x, y] = projection(geoCentroid(country)) ?? [0, 0];
    const label = `${state.nameZh} ${state.nameEn}：${state.years.join('、')}`;
    // The circle keeps small states (Qatar, Lebanon, El Salvador) visible and clickable.
    return `<a href="${escapeXml(state.url)}"><title>${escapeXml(label)}</title><path d="${path(country)}" fill="${colour}"/><circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="5" fill="${colour}" stroke="#fff" stroke-width="1.5"/></a>`;
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="group" aria-labelledby="world-map-title"><title id="world-map-title">${escapeXml(title)}</title>` +
    `<path d="${land}" fill="${LAND}" stroke="#fff" stroke-width="0.5"/>` +
    links.join('') +
    '</svg>'
  );
}
