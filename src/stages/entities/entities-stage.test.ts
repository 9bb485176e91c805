// Entity stage on short texts we wrote: names, types, titles in every common form, name coreference.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../test/helpers/extract-text.js';

const entity = (text: string, name: string) => extract(text).entities.find((e) => e.name === name);

describe('entities stage: titles', () => {
  it.each([
    ['title before the name', 'Foreign Minister Ana Ruiz arrived in Lima.', 'Ana Ruiz', 'Foreign Minister'],
    ['organisation + title before', 'Nato Secretary General Lars Holm spoke first.', 'Lars Holm', 'Secretary General'],
    ['demonym + title before', 'German Chancellor Eva Brandt spoke first.', 'Eva Brandt', 'Chancellor'],
    ['lower-case role before', 'The talks included economic negotiator Pavel Orlov.', 'Pavel Orlov', 'economic negotiator'],
    ['appositive with "the"', 'Pavel Orlov, the economic negotiator, left early.', 'Pavel Orlov', 'economic negotiator'],
    ['appositive "title of ORG"', 'Maria Lund, president of the Institute for Water Policy, disagreed.', 'Maria Lund', 'president'],
    ["appositive with a country's title", "Kim Ji-woo, South Korea's unification minister, said nothing.", 'Kim Ji-woo', 'unification minister'],
    ['appositive occupation after an article', 'Rosa Mendes, a fisherman from Aveiro, sold her boat.', 'Rosa Mendes', 'fisherman'],
    ["title before the name, set off by commas", "Peru's trade minister, Luis Ortega, signed first.", 'Luis Ortega', 'trade minister'],
    ['title before the name after "The ...\'s"', "The union's chief negotiator, Dana Kowal, walked out.", 'Dana Kowal', 'chief negotiator'],
  ])('%s', (_name, text, person, title) => {
    const e = entity(text, person);
    expect(e?.type).toBe('PERSON');
    expect(e?.titles).toContain(title);
  });
});

describe('entities stage: titles that are not there', () => {
  it.each([
    ['an occupation without an article is no appositive', 'Rosa Mendes, farmer, writer and sailor, sold her boat.', 'Rosa Mendes'],
    ['a title inside a clause before the comma', 'In a speech to the trade minister, Luis Ortega said nothing.', 'Luis Ortega'],
    ['a name not closed by a comma', "Peru's trade minister, Luis Ortega and others signed.", 'Luis Ortega'],
  ])('%s', (_name, text, person) => {
    expect(entity(text, person)?.titles ?? []).toEqual([]);
  });
});

describe('entities stage: names and coreference', () => {
  const text = 'Russian President Ivan Petrov met Mr Lund. Mr Petrov said little. Petrov left. The Russian leader was tired.';

  it('links honorific and surname mentions to the full name, and takes the fullest name as canonical', () => {
    const e = entity(text, 'Ivan Petrov');
    expect(e).toBeDefined();
    const mentions = e?.mentions.map((m) => text.slice(m.start, m.end));
    expect(mentions).toEqual(expect.arrayContaining(['Ivan Petrov', 'Petrov', 'The Russian leader']));
    // "Mr Petrov": the mention is the name; the honorific is its form.
    expect(e?.mentions.some((m) => m.form === 'honorific' && text.slice(m.start - 3, m.end) === 'Mr Petrov')).toBe(true);
    expect(e?.affiliation).toBe('Russia');
  });

  it.each([
    ['country alias', 'Troops left the US last year.', 'United States', 'GPE'],
    ['demonym', 'Russian troops advanced.', 'Russian', 'NORP'],
    ['organisation keyword', 'The Defence Ministry denied it.', 'Defence Ministry', 'ORG'],
    ['known organisation', 'The Kremlin denied it.', 'Kremlin', 'ORG'],
    ['place from context', 'They captured the village of Velykivka.', 'Velykivka', 'GPE'],
    ['city from the gazetteer', 'The summit was held in Anchorage.', 'Anchorage', 'GPE'],
    ['continent', 'Leaders in Europe were worried.', 'Europe', 'LOC'],
    ['facility', 'Protesters gathered at Downing Street.', 'Downing Street', 'FAC'],
  ])('%s', (_name, sentence, name, type) => {
    expect(entity(sentence, name)?.type).toBe(type);
  });

  it('does not take sentence-initial words, weekdays or months for names', () => {
    const names = extract('Meanwhile, on Thursday in March the river rose. However, nobody came.').entities.map((e) => e.name);
    expect(names).toEqual([]);
  });

  it('splits a hyphenated pair of known people', () => {
    const t = 'Ana Ruiz met Pedro Gil. The Ruiz-Gil meeting was short.';
    const ruiz = entity(t, 'Ana Ruiz');
    expect(ruiz?.mentions.map((m) => t.slice(m.start, m.end))).toContain('Ruiz');
  });
});
