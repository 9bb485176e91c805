// A name's type from the description beside it (describe-names.ts), on texts we wrote with invented
// names: an appositive, a describing noun before the name, a job "at" the name; and what must not
// retype (a person's noun after a company, a possessive's list, a person with a given name).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../test/helpers/extract-text.js';

const typesOf = (text: string, word: string) => [...new Set(extract(text).entities.filter((e) => e.mentions.some((m) => text.slice(m.start, m.end) === word)).map((e) => e.type))];

describe('entities: a description types the name', () => {
  it.each([
    ['an appositive with an organisation noun', 'The deal will enrich Vornato, a private equity firm that bought the chain in 2012.', 'Vornato', 'ORG'],
    ['an appositive whose head comes before a participle', 'The event is run by Quellix, a group co-founded by two former players.', 'Quellix', 'ORG'],
    ['a describing noun right before the name', 'The private equity firm Tarvenne said it would cut staff.', 'Tarvenne', 'ORG'],
    ['a job at the name', '"Prices will rise," said Lena Poulsen, the chief economist at Drevlix.', 'Drevlix', 'ORG'],
    ['the other mentions follow the described one', 'Losses grew at Marvosk, a lender based in the north. Marvosk said on Monday it would recover. Investors in Marvosk were calm.', 'Marvosk', 'ORG'],
  ])('%s', (_name, text, word, type) => {
    expect(typesOf(text, word)).toEqual([type]);
  });

  it('a person noun after a company does not make a person of it ("the former owner of")', () => {
    expect(typesOf('Shares of Korvath Holdings, the former owner of the paper, fell.', 'Korvath Holdings')).toEqual(['ORG']);
  });

  it('a phrase that ends in another word gives nothing ("the military operation against")', () => {
    expect(typesOf('Dana Kowal, a spokesperson for Operation Tervald, the military operation against the rebels, spoke.', 'Dana Kowal')).toEqual(['PERSON']);
  });
});
