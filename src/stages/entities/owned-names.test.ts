// Names an organisation owns or makes (owned-names.ts), on texts we wrote with invented names.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../test/helpers/extract-text.js';

const typesOf = (text: string, word: string) => [...new Set(extract(text).entities.filter((e) => e.mentions.some((m) => text.slice(m.start, m.end) === word)).map((e) => e.type))];

describe("entities: a company's product is no organisation", () => {
  it.each([
    ['possessed by an organisation', 'Velmora Aerospace said on Monday that the agency could buy Velmora Aerospace’s Skyhopper lander.', 'Skyhopper'],
    ['after "its"', 'Dravix said it would offer its Quillon Arcade subscription service in September.', 'Quillon Arcade'],
    ['offered "from" an organisation', 'Options include the Tarnhook from Velmora Inc. and a rocket from Dravix Corp.', 'Tarnhook'],
  ])('%s', (_name, text, word) => {
    expect(typesOf(text, word)).not.toContain('ORG');
    expect(typesOf(text, word)).not.toContain('GPE');
  });

  it('a person of the organisation stays a person', () => {
    expect(typesOf('Velmora Aerospace’s Dana Kowal said the launch would slip.', 'Dana Kowal')).toEqual(['PERSON']);
  });

  it('a place stays a place ("its Lima office")', () => {
    expect(typesOf('Dravix Holdings said its Lima office would close.', 'Lima')).toEqual(['GPE']);
  });
});
