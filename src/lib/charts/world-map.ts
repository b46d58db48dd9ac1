// A build-time SVG world map of the states that replied, coloured by year.
// No script: each state is a link with a title; the page gives the same facts as text.
import { geoEqualEarth, geoPath, geoCentroid, type GeoPath, type GeoProjection } from 'd3-geo';
import { presimplify, quantile, simplify } from 'topojson-simplify';
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
/**
 * Points kept by weight (topojson-simplify's quantile): 0.3 keeps the coasts and borders
 * recognizable at 960 px and cuts the world's outline from 75 KB to 27 KB.
 */
const DETAIL = 0.3;

type CountryFeature = Feature<Geometry, { name: string }>;
type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

let world: { features: CountryFeature[]; path: GeoPath; projection: GeoProjection } | undefined;

/** The world's countries, simplified once per build, and the projection and path generator that draw them. */
function worldMap(): NonNullable<typeof world> {
  if (world) return world;
  const topology = presimplify(structuredClone(countries110m) as unknown as Countries) as unknown as Countries;
  const simple = simplify(topology, quantile(topology, DETAIL)) as Countries;
  const collection = feature(simple, simple.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const features = collection.features.filter((country) => country.id !== ANTARCTICA);
  const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], { type: 'FeatureCollection', features });
  // Whole pixels at this size: the map is a picture of where, not a survey.
  world = { features, projection, path: geoPath(projection).digits(0) };
  return world;
}

/** Every country in grey: the map's background, one cached file that every page view of the home page shares. */
export function renderLand(): string {
  const { features, path } = worldMap();
  const land = features.map((country) => path(country) ?? '').join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}"><path d="${land}" fill="${LAND}" stroke="#fff" stroke-width="0.5"/></svg>\n`;
}

/** The states that replied, on the land drawn from `landHref`; each state a link titled with its names and years. */
export function renderWorldMap(
  states: readonly MappedState[],
  reportYears: readonly number[],
  title: string,
  landHref: string,
): string {
  const { features, path, projection } = worldMap();
  const byId = new Map(features.map((country) => [String(country.id), country]));
  const links = states.map((state) => {
    const numeric = isoCountries.alpha3ToNumeric(state.iso3);
    const country = numeric ? byId.get(numeric) : undefined;
    if (!country)
      throw new Error(`world map: no country with ISO code ${state.iso3} (${state.nameEn}) in world-atlas 110m`);
    const colour = BUCKET_COLOURS[yearBucket(state.years, reportYears)];
    const [x, y] = projection(geoCentroid(country)) ?? [0, 0];
    const label = `${state.nameZh} ${state.nameEn}：${state.years.join('、')}`;
    // The circle keeps small states (Qatar, Lebanon, El Salvador) visible and clickable.
    return `<a href="${escapeXml(state.url)}"><title>${escapeXml(label)}</title><path d="${path(country)}" fill="${colour}"/><circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="5" fill="${colour}" stroke="#fff" stroke-width="1.5"/></a>`;
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="group" aria-labelledby="world-map-title"><title id="world-map-title">${escapeXml(title)}</title>` +
    `<image href="${escapeXml(landHref)}" width="${WIDTH}" height="${HEIGHT}"/>` +
    links.join('') +
    '</svg>'
  );
}
