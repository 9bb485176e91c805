// What the entity stage must not do, on texts we wrote: take a capitalised word for a name because
// of where it stands (a sentence's first word, an interjection, a title-case headline), take a market
// code for an organisation, or let a name change type through the article.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../test/helpers/extract-text.js';

const names = (text: string) => extract(text).entities.filter((e) => e.mentions.some((m) => m.form === 'name' || m.form === 'surname')).map((e) => e.name);
const typesOf = (text: string, word: string) => extract(text).entities.filter((e) => e.mentions.some((m) => text.slice(m.start, m.end) === word)).map((e) => e.type);

describe('entities: words that are no names', () => {
  it.each([
    ['sentence-initial words', 'Yesterday the committee met. Despite the rain, turnout was high. Nothing was decided.', ['Yesterday', 'Despite', 'Nothing']],
    ['interjections in quotes', '"Yeah, we will see," the coach said. "Okay, fine," she added. "Wow."', ['Yeah', 'Okay', 'Wow']],
    ['market codes after an exchange', 'Shares of Harlow Dynamics (NYSE: HLWD) rose 3% on Monday.', ['HLWD']],
    ['market codes before prices', 'Markets at a glance.\nQXR 4,512.30 +0.6%\nBTVZ 1,204.10 -1.2%\nStocks ended higher.', ['QXR', 'BTVZ']],
    ['cashtags', 'Traders piled into $HLWD after the report.', ['HLWD']],
    ['a wire credit', 'LIMA (AP) — The council voted on Tuesday to close the port.', ['AP']],
    ['a byline and a contribution line', 'By Dana Kowal\n\nThe council voted on Tuesday.\n\nPavel Orlov contributed reporting from Lima.', ['Dana Kowal', 'Pavel Orlov']],
    ['a byline in capitals', 'DANA KOWAL\n\nThe council voted on Tuesday.', ['DANA KOWAL']],
  ])('%s', (_name, text, forbidden) => {
    const found = names(text);
    for (const w of forbidden) expect(found).not.toContain(w);
  });
});

describe('entities: labels are no names of actors', () => {
  it('a capitalised common word before a number or a letter is a label (MISC), not an organisation or place', () => {
    const text = 'The two sides reached a Phase 1 deal. Mail us at 12 Harbour Road, Suite 350, in Lima. Peru topped Group C, with two wins.';
    const actors = extract(text).entities.filter((e) => ['PERSON', 'ORG', 'GPE'].includes(e.type)).map((e) => e.name);
    for (const w of ['Phase', 'Phase 1', 'Suite', 'Suite 350', 'Group C']) expect(actors).not.toContain(w);
  });
});

describe("entities: a legislator's party and state", () => {
  it('the state after a party letter is a place, without the letter', () => {
    const text = 'Rep. Dana Kowal (R-TX) and Sen. Pavel Orlov, D-N.Y., spoke. Sen. Ana Ruiz, R-Neb., did not.';
    const places = extract(text).entities.filter((e) => e.type === 'GPE').flatMap((e) => e.mentions.map((m) => text.slice(m.start, m.end)));
    expect(places).toEqual(expect.arrayContaining(['TX', 'N.Y.', 'Neb.']));
    for (const p of places) expect(p).not.toMatch(/^[RD]-/);
  });
});

describe('entities: a name keeps its type through the article', () => {
  it('"contributed" later in the sentence makes no credit of the speaker', () => {
    expect(names('Finance Minister Ana Ruiz said the fund contributed $40 million.')).toContain('Ana Ruiz');
  });

  it('a place in a list of places keeps its kind', () => {
    expect(typesOf('Leaders in Europe, Peru and Chile were worried.', 'Europe')).toEqual(['LOC']);
  });

  it('a country the tagger reads as an organisation is the country', () => {
    expect(typesOf('He left a high-profile meeting last year in Doha with North Korea’s leader, Ion Vlad.', 'North Korea')).toEqual(['GPE']);
  });

  it('a known city the tagger has not met is a place, not an organisation', () => {
    expect(typesOf('Shelling hit Kharkiv overnight.', 'Kharkiv')).toEqual(['GPE']);
  });

  it('a surname after the full name stays a person, whatever a title-case headline said', () => {
    const text = 'Okafor Warns Of Budget Gap\nSenator Adaeze Okafor said on Monday that the budget gap would widen. Okafor added that talks would resume. Later, Okafor met the mayor.';
    expect(new Set(typesOf(text, 'Okafor'))).toEqual(new Set(['PERSON']));
  });

  it('a hyphen-joined pair of places is two places', () => {
    const text = 'The Lyon-Turin rail link was delayed again. Officials in Lyon and Turin blamed each other.';
    const found = names(text);
    expect(found).not.toContain('Lyon-Turin');
    expect(found).toContain('Lyon');
  });

  it('a name with a particle and a hyphen is one person, and its surname alone is that person', () => {
    const e = extract('Minister Omar al-Rashidi arrived on Monday. Rashidi said the talks would continue.').entities;
    const person = e.find((x) => x.name === 'Omar al-Rashidi');
    expect(person?.type).toBe('PERSON');
    expect(person?.mentions.some((m) => m.form === 'surname')).toBe(true);
  });

  it('a word of standing before a name is not part of it', () => {
    const found = names('Former Harbour Authority staff walked out, and Interim Harbour Police officers watched.');
    expect(found.some((n) => n.startsWith('Former') || n.startsWith('Interim'))).toBe(false);
  });

  it('a generational suffix belongs to the name', () => {
    expect(names('Prosecutor Alan Whitcombe Jr. said the case was closed.')).toContain('Alan Whitcombe Jr.');
  });

  it('"X of Y" splits a person from the organisation', () => {
    const text = 'Mara Quist of Northwind Capital Partners said the deal was off. Northwind Capital Partners declined to comment.';
    const e = extract(text).entities;
    expect(e.find((x) => x.name === 'Mara Quist')?.type).toBe('PERSON');
    expect(e.some((x) => x.name.includes('Quist of'))).toBe(false);
  });
});
