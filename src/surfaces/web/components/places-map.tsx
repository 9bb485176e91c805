// The places an article names, on a world map drawn offline: world-atlas country outlines (bundled
// TopoJSON, 1:110m), projected with d3-geo into SVG paths. No tile server, no network. When the places
// sit close together the map zooms to them, with a margin so that they keep their context. Labels
// never overlap (map-labels.tsx); one that finds no room is listed under the map instead.
import { geoEqualEarth, geoGraticule10, geoPath } from 'd3-geo';
import type { FeatureCollection, MultiPoint } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import type { Entity } from '../../../core/records/entity.js';
import { placeLabels } from './map-labels.js';

// The small map (a story's header) draws into a smaller box, so that its labels stay readable when
// the SVG is scaled down to fit the column.
const SIZES = { full: [640, 340], small: [400, 230] } as const;
const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
const countries = feature(topology, topology.objects.countries) as FeatureCollection;

export interface Place {
  name: string;
  lat: number;
  lon: number;
  detail: string;
  /** Entity type: a nationality (NORP) is named after the places themselves. */
  type?: string;
  /** Inside a country's first-level region (a city, not the country itself): named first at a shared dot. */
  local?: boolean;
}

export function placesOf(entities: Entity[]): Place[] {
  return entities
    .filter((e) => e.geo)
    .map((e) => ({ name: e.name, type: e.type, local: e.geo!.admin1 != null, lat: e.geo!.lat, lon: e.geo!.lon, detail: `${e.name} (${e.type}) ${e.geo!.country}${e.geo!.admin1 ? `, ${e.geo!.admin1}` : ''}` }));
}

/** The area to show: the places' bounding box with a margin, or the whole world. */
function extent(places: Place[]): MultiPoint | null {
  if (places.length === 0) return null;
  const lons = places.map((p) => p.lon);
  const lats = places.map((p) => p.lat);
  // reduce, not Math.min(...lons): an argument list overflows the stack at ~100k places.
  const min = (xs: number[]) => xs.reduce((a, b) => Math.min(a, b));
  const max = (xs: number[]) => xs.reduce((a, b) => Math.max(a, b));
  const [w, e] = [min(lons) - 20, max(lons) + 20];
  const [s, n] = [Math.max(min(lats) - 12, -85), Math.min(max(lats) + 12, 85)];
  if (e - w > 250) return null;
  return { type: 'MultiPoint', coordinates: [[w, s], [e, n], [w, n], [e, s]] };
}

/** One place per name (an article names a place many times); cities, then countries, then nationalities. */
function distinct(places: Place[]): Place[] {
  const seen = new Map<string, Place>();
  for (const p of places) if (!seen.has(p.name)) seen.set(p.name, p);
  const rank = (p: Place) => (p.type === 'NORP' ? 2 : p.local ? 0 : 1);
  return [...seen.values()].sort((a, b) => rank(a) - rank(b));
}

interface Dot {
  x: number;
  y: number;
  text: string;
  /** Every place drawn at this dot (a country and its nationality share one point). */
  places: Place[];
}

/**
 * Projected dots; places that land within a dot's width of an earlier one share its dot and its label
 * (a country is drawn at its capital, so "Accra", "Ghana" and "Ghanaian" are one dot: "Accra · Ghana · Ghanaian").
 */
function dotsOf(places: Place[], project: (p: Place) => [number, number] | null): Dot[] {
  const dots: Dot[] = [];
  for (const p of places) {
    const xy = project(p);
    if (!xy) continue;
    const near = dots.find((d) => Math.hypot(d.x - xy[0], d.y - xy[1]) < 5);
    if (near) {
      near.places.push(p);
      near.text = near.places.map((q) => q.name).join(' · ');
    } else dots.push({ x: xy[0], y: xy[1], text: p.name, places: [p] });
  }
  return dots;
}

export function PlacesMap({ places: all, small = false }: { places: Place[]; small?: boolean }) {
  const places = distinct(all);
  const [WIDTH, HEIGHT] = SIZES[small ? 'small' : 'full'];
  const projection = geoEqualEarth();
  const area = extent(places);
  if (area) projection.fitExtent([[10, 10], [WIDTH - 10, HEIGHT - 10]], area);
  else projection.fitSize([WIDTH, HEIGHT], { type: 'Sphere' });
  const path = geoPath(projection);
  const dots = dotsOf(places, (p) => projection([p.lon, p.lat]));
  const labels = placeLabels(dots, { x: 0, y: 0, w: WIDTH, h: HEIGHT });
  // Names with no room for their label are listed under the map.
  const unlabelled = dots.filter((_, i) => !labels[i]).map((d) => d.text);
  return (
    <figure class={`places-map${small ? ' small' : ''}`} data-testid="places-map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label="Map of the places named">
        <path class="sphere" d={path({ type: 'Sphere' }) ?? ''} />
        <path class="graticule" d={path(geoGraticule10()) ?? ''} />
        {countries.features.map((f, i) => (
          <path key={i} class="country" d={path(f) ?? ''} />
        ))}
        {dots.map((d) => (
          <circle key={d.text} class="place-dot" data-place={d.text} cx={d.x} cy={d.y} r={4}>
            <title>{d.places.map((p) => p.detail).join('\n')}</title>
          </circle>
        ))}
        {dots.map((d, i) => {
          const label = labels[i];
          return label ? (
            <text key={d.text} class="place-label" data-place={d.text} x={label.x} y={label.y} text-anchor={label.anchor}>
              {d.text}
            </text>
          ) : null;
        })}
      </svg>
      {places.length === 0 ? <figcaption>No places with coordinates.</figcaption> : null}
      {unlabelled.length ? <figcaption class="unlabelled">{`Also on the map: ${unlabelled.join(', ')}`}</figcaption> : null}
    </figure>
  );
}
