// The places an article names, on a world map drawn offline: world-atlas country outlines (bundled
// TopoJSON, 1:110m), projected with d3-geo into SVG paths. No tile server, no network. When the places
// sit close together the map zooms to them, with a margin so that they keep their context.
import { geoEqualEarth, geoGraticule10, geoPath } from 'd3-geo';
import type { FeatureCollection, MultiPoint } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import type { Entity } from '../../../core/records/entity.js';

const WIDTH = 640;
const HEIGHT = 340;
const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
const countries = feature(topology, topology.objects.countries) as FeatureCollection;

export interface Place {
  name: string;
  lat: number;
  lon: number;
  detail: string;
}

export function placesOf(entities: Entity[]): Place[] {
  return entities
    .filter((e) => e.geo)
    .map((e) => ({ name: e.name, lat: e.geo!.lat, lon: e.geo!.lon, detail: `${e.name} (${e.type}) ${e.geo!.country}${e.geo!.admin1 ? `, ${e.geo!.admin1}` : ''}` }));
}

/** The area to show: the places' bounding box with a margin, or the whole world. */
function extent(places: Place[]): MultiPoint | null {
  if (places.length === 0) return null;
  const lons = places.map((p) => p.lon);
  const lats = places.map((p) => p.lat);
  const [w, e] = [Math.min(...lons) - 20, Math.max(...lons) + 20];
  const [s, n] = [Math.max(Math.min(...lats) - 12, -85), Math.min(Math.max(...lats) + 12, 85)];
  if (e - w > 250) return null;
  return { type: 'MultiPoint', coordinates: [[w, s], [e, n], [w, n], [e, s]] };
}

export function PlacesMap({ places }: { places: Place[] }) {
  const projection = geoEqualEarth();
  const area = extent(places);
  if (area) projection.fitExtent([[10, 10], [WIDTH - 10, HEIGHT - 10]], area);
  else projection.fitSize([WIDTH, HEIGHT], { type: 'Sphere' });
  const path = geoPath(projection);
  return (
    <figure class="places-map" data-testid="places-map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label="Map of the places named in the article">
        <path class="sphere" d={path({ type: 'Sphere' }) ?? ''} />
        <path class="graticule" d={path(geoGraticule10()) ?? ''} />
        {countries.features.map((f, i) => (
          <path key={i} class="country" d={path(f) ?? ''} />
        ))}
        {places.map((p) => {
          const xy = projection([p.lon, p.lat]);
          if (!xy) return null;
          return (
            <g key={p.name} class="place" data-place={p.name}>
              <circle cx={xy[0]} cy={xy[1]} r={4}>
                <title>{p.detail}</title>
              </circle>
              <text x={xy[0] + 6} y={xy[1] + 4}>{p.name}</text>
            </g>
          );
        })}
      </svg>
      {places.length === 0 ? <figcaption>No places with coordinates.</figcaption> : null}
    </figure>
  );
}
