// The gazetteer: name keys, what the built data holds, and that it loads fast enough to load per process.
import { describe, expect, it } from 'vitest';
import { Gazetteer, getGazetteer } from './gazetteer.js';
import { loadData } from '../../data/load.js';
import { looseKey, placeKey } from './place-name-key.js';

describe('place name keys', () => {
  it.each([
    ['Zürich', 'zurich'],
    ['Kramators’k', 'kramatorsk'],
    ['the Netherlands', 'netherlands'],
    ["Ukraine's", 'ukraine'],
    ['St. Petersburg', 'saint petersburg'],
    ['Washington, D.C.', 'washington d c'],
    ['Ivano-Frankivsk', 'ivano frankivsk'],
    ['São Paulo', 'sao paulo'],
    ['Anchorage', 'anchorage'],
  ])('%s -> %s', (name, key) => expect(placeKey(name)).toBe(key));

  it.each([
    ['Avdiivka', 'Avdiyivka'],
    ['Zaporizhzhia', 'Zaporizhia'],
    ['Kostiantynivka', 'Kostyantynivka'],
    ['Odesa', 'Odessa'],
  ])('loose: %s = %s', (a, b) => expect(looseKey(placeKey(a))).toBe(looseKey(placeKey(b))));

  it('keeps different names apart under the loose key', () => {
    expect(looseKey(placeKey('Battleground'))).not.toBe(looseKey(placeKey('Battle Ground')));
  });
});

describe('gazetteer data', () => {
  const gaz = getGazetteer();

  it('places countries at their capitals, with the capital time zone', () => {
    expect(gaz.country('UA')).toMatchObject({ kind: 'country', name: 'Ukraine', timezone: 'Europe/Kyiv', basis: 'capital Kyiv' });
    expect(gaz.country('US')).toMatchObject({ name: 'United States', timezone: 'America/New_York' });
  });

  it('gives admin-1 regions a name, a point and the time zone of their largest place', () => {
    const ak = gaz.admin1('US.AK');
    expect(ak).toMatchObject({ kind: 'admin1', name: 'Alaska', country: 'US', timezone: 'America/Anchorage' });
    expect(ak?.lat).toBeGreaterThan(55);
    expect(gaz.admin1('UA.05')).toMatchObject({ name: 'Donetsk', timezone: 'Europe/Kyiv' });
  });

  it('indexes places by every spelling of their name, with region and time zone', () => {
    const anchorage = gaz.lookup('Anchorage').map((e) => `${e.admin1Code} ${e.timezone}`);
    expect(anchorage).toEqual(expect.arrayContaining(['US.AK America/Anchorage', 'US.KY America/Kentucky/Louisville']));
    expect(gaz.lookup('Washington').some((e) => e.name === 'Washington, D.C.' && e.capital)).toBe(true);
    expect(gaz.lookup('Volgograd').map((e) => e.kind).sort()).toEqual(['admin1', 'place']);
    expect(gaz.lookup('Eastern')).toEqual([]);
  });

  it('maps demonyms to countries', () => {
    expect(gaz.demonyms.get('russian')).toBe('RU');
    expect(gaz.demonyms.get('dutch')).toBe('NL');
  });

  it('builds its index well within half a second', () => {
    // The file is parsed once (loadData caches it); building the index is the per-process cost on top.
    // Measured on a quiet machine: about 0.2 s for parse + index. The bound leaves room for a busy CI.
    const geo = loadData<ConstructorParameters<typeof Gazetteer>[0]>('gazetteer/geonames.json');
    const lexicon = loadData<ConstructorParameters<typeof Gazetteer>[1]>('gazetteer/places.json');
    const start = performance.now();
    const fresh = new Gazetteer(geo, lexicon);
    const ms = performance.now() - start;
    expect(fresh.lookup('Shcherbynivka')).toHaveLength(1);
    expect(ms).toBeLessThan(1000);
  });
});
