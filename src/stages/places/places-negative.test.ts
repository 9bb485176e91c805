// What the places stage must not do: geocode people and organisations, place continents, let a list
// of places qualify one another, let a distant mention of a region outweigh a famous city, or give a
// person's surname a namesake town.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../test/helpers/extract-text.js';
import { getGazetteer } from './gazetteer.js';

const entity = (text: string, name: string) => extract(text).entities.find((e) => e.name === name);

describe('places stage: negative cases', () => {
  it.each([
    ['a person named like a city', 'Paris Hilton arrived late.', 'Paris Hilton'],
    ['people', 'Vladimir Putin met Donald Trump.', 'Vladimir Putin'],
    ['an organisation', 'The Kremlin denied it.', 'Kremlin'],
    ['a continent', 'Leaders in Europe were worried.', 'Europe'],
    ["a person's surname in a place position, with no place cue", 'Hillary Clinton spoke. Later, voters in Clinton cheered.', 'Hillary Clinton'],
  ])('%s: no geo', (_name, text, name) => {
    const e = entity(text, name);
    expect(e).toBeDefined();
    expect(e?.geo).toBeNull();
  });

  it('never geocodes a PERSON or an ORG', () => {
    const r = extract('Foreign Minister Sergey Lavrov met Mark Rutte of Nato in Berlin. The Defence Ministry in Moscow said so.');
    for (const e of r.entities) if (e.type === 'PERSON' || e.type === 'ORG') expect(e.geo, e.name).toBeNull();
    expect(r.entities.find((e) => e.name === 'Berlin')?.geo?.country).toBe('DE');
  });

  it('picks the most populous namesake when nothing in the text says which', () => {
    const geo = entity('The mayor of Springfield spoke.', 'Springfield')?.geo;
    const largest = getGazetteer()
      .lookup('Springfield')
      .filter((e) => e.kind === 'place')
      .sort((a, b) => b.population - a.population)[0];
    expect(geo?.source.startsWith(`${largest.ref} `)).toBe(true);
    expect(geo?.source).toContain('the most populous of');
  });

  it('does not let a region named elsewhere outweigh a famous city', () => {
    const text = 'The governor of Texas spoke on Monday. Later she flew to Paris for talks.';
    expect(entity(text, 'Paris')?.geo?.country).toBe('FR');
  });

  it.each([
    ['Denmark, Norway and Sweden pledged aid.', { Denmark: 'DK', Norway: 'NO', Sweden: 'SE' }],
    ['Together with Canada, Mexico should sue.', { Canada: 'CA', Mexico: 'MX' }],
  ])('a list of countries is not a place and its qualifier: %s', (text, codes) => {
    const r = extract(text);
    for (const [name, code] of Object.entries(codes)) {
      expect(r.entities.find((e) => e.name === name)?.geo).toMatchObject({ country: code, admin1: null });
    }
  });

  it('reads "Paris, the United States and China" as a list, not as Paris in the United States', () => {
    const text = 'The climate agreement was reached in Paris, the United States and China said.';
    expect(entity(text, 'Paris')?.geo?.country).toBe('FR');
  });

  it('does not put a continent inside the country listed after it', () => {
    expect(entity('Leaders in Europe, Britain and China were worried.', 'Europe')?.geo).toBeNull();
  });

  it('does not take a demonym for where things are ("Russian forces" is no evidence for a Russian namesake)', () => {
    const geo = entity('Russian forces shelled a village near Pokrovsk.', 'Pokrovsk')?.geo;
    expect(geo?.country).toBe('UA');
  });
});
