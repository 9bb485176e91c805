// Events stage on short texts we wrote: CAMEO code, actor, target, place.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../test/helpers/extract-text.js';

interface Want { type: string; actor?: string | null; target?: string | null; place?: string | null }

const CASES: [string, string, Want][] = [
  ['meeting with a place', 'Ana Ruiz met Pedro Gil at the Casa Rosada in Buenos Aires on Monday.',
    { type: '040', actor: 'Ana Ruiz', target: 'Pedro Gil' }],
  ['forces act for their country', 'Russia said on Monday that Russian troops captured the village of Velykivka.',
    { type: '192', actor: 'Russia', place: 'Velykivka' }],
  ['aerial weapons with a target', 'Ukraine fired dozens of drones at Russia overnight.',
    { type: '195', actor: 'Ukraine', target: 'Russia' }],
  ['event noun with a possessor and "with"', 'Ana Ruiz praised the plan ahead of her summit in Geneva with President Pedro Gil.',
    { type: '040', actor: 'Ana Ruiz', target: 'Pedro Gil', place: 'Geneva' }],
  ['"between X and Y"', 'Ana Ruiz spoke on the eve of the summit between Mr Gil and Mr Holm.',
    { type: '040', actor: 'Gil', target: 'Holm' }],
  ['"it" after a named organisation', 'The Valdoria Fund said on Monday it would lend $20 million to farmers.',
    { type: '071', actor: 'Valdoria Fund' }],
  ['a coordinated description: "X and his counterpart Y met"', 'Ana Ruiz and her Chilean counterpart Pedro Gil met in Lima.',
    { type: '040', actor: 'Ana Ruiz', target: 'Pedro Gil', place: 'Lima' }],
  ['the other side of a mutual meeting', 'Ana Ruiz and her Chilean counterpart Pedro Gil met in Lima.',
    { type: '040', actor: 'Pedro Gil', target: 'Ana Ruiz' }],
  ['an unnamed group that protests', 'Protesters gathered outside the ministry on Friday.', { type: '141', actor: null }],
  ['an unnamed group that acts', 'Police detained 12 people near the port.', { type: '173', actor: null }],
  ['aid announced', 'The Valdoria Fund announced $5 million in emergency aid on Monday.', { type: '070', actor: 'Valdoria Fund' }],
  ['infinitive after "who"', 'Ana Ruiz, who was in Paris on Friday to meet Prime Minister Pedro Gil, left early.',
    { type: '040', actor: 'Ana Ruiz', target: 'Pedro Gil' }],
];

describe('events stage', () => {
  it.each(CASES)('%s', (_name, text, want) => {
    const r = extract(text);
    const name = (id: string | null) => (id ? r.entities.find((e) => e.id === id)?.name ?? id : null);
    const events = r.events.map((e) => ({ type: e.type, actor: name(e.actor), target: name(e.target), place: name(e.place) }));
    const hit = events.find((e) => e.type === want.type && (want.actor === undefined || e.actor === want.actor));
    expect(hit, JSON.stringify(events)).toBeDefined();
    if (want.target !== undefined) expect(hit?.target).toBe(want.target);
    if (want.place !== undefined) expect(hit?.place).toBe(want.place);
  });

  it('links an event reported in speech to the quote that claims it', () => {
    const r = extract('The ministry said Russian troops captured the town of Velykivka.');
    const capture = r.events.find((e) => e.type === '192');
    expect(capture?.quote).toBe(r.quotes[0]?.id);
  });

  it('gives pledges their donor, amount, recipient and purpose', () => {
    const text = 'Japan pledged $30 million to Valdoria for flood defences.';
    const r = extract(text);
    const name = (id: string | null) => r.entities.find((e) => e.id === id)?.name ?? null;
    const pledge = r.events.find((e) => e.type.startsWith('03'));
    expect(name(pledge?.actor ?? null)).toBe('Japan');
    expect(name(pledge?.target ?? null)).toBe('Valdoria');
    expect(pledge?.amount).toEqual({ value: 30_000_000, unit: 'USD' });
    expect(pledge?.purpose && text.slice(pledge.purpose.start, pledge.purpose.end)).toBe('for flood defences');
  });

  it('reads "secured ... from" with the subject as the recipient', () => {
    const r = extract('Kyiv secured $1.5 billion from Nato to buy weapons.');
    const name = (id: string | null) => r.entities.find((e) => e.id === id)?.name ?? null;
    const aid = r.events.find((e) => e.type.startsWith('07'));
    expect(name(aid?.target ?? null)).toBe('Kyiv');
    expect(name(aid?.actor ?? null)).toBe('Nato');
  });

  it('does not code events without participants or for non-event uses', () => {
    const r = extract('The meeting was long. Fire crews were tired. She took a photo of the lake.');
    expect(r.events).toEqual([]);
  });

  it('does not take any crowd that gathers for a protest', () => {
    const r = extract('Students gathered in the hall to hear the lecture. Leaders gathered in Lima on Monday.');
    expect(r.events.filter((e) => e.type.startsWith('14'))).toEqual([]);
  });
});
