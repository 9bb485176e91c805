// Coreference on short texts we wrote: which entity each pronoun or description joins, and the
// speaker a quote gets through them. Negative cases are in coref-negative.test.ts.
import { describe, expect, it } from 'vitest';
import { linkOf } from '../../../test/helpers/coref-links.js';

const CASES: [string, string, string, number, string][] = [
  ['she and him by role', 'Ana Ruiz met Pedro Gil in Lima. She thanked him for the visit.', 'She', 0, 'Ana Ruiz'],
  ['him is the other person', 'Ana Ruiz met Pedro Gil in Lima. She thanked him for the visit.', 'him', 0, 'Pedro Gil'],
  ['his through a chain of pronouns', 'Pedro Gil left Lima in May. He flew home, and his sister met him there.', 'his', 0, 'Pedro Gil'],
  ['title noun', 'Gov. Dana Whitfield signed the bill on Tuesday. The governor praised the vote.', 'The governor', 0, 'Dana Whitfield'],
  ['kind of organisation', 'Norvale Foods Inc. cut 200 jobs in March. The company blamed the weather.', 'The company', 0, 'Norvale Foods Inc.'],
  ['its for an organisation', 'Brightwell Bank reported a loss. Its shares fell sharply.', 'Its', 0, 'Brightwell Bank'],
  ['a name set before its pronoun', 'We hired two editors. Tomas Varga, he joined in May, he writes the reviews.', 'he', 0, 'Tomas Varga'],
  ['a family named in the plural', 'Peter Halloran and Maria Halloran bought a farm. Neighbours said the Hallorans kept to themselves and that they rarely left.', 'they', 0, 'Hallorans'],
  ['"I" inside a quote is the speaker', '“I will run again,” Pedro Gil said.', 'I', 0, 'Pedro Gil'],
];

describe('coref: pronouns and descriptions join their entity', () => {
  it.each(CASES)('%s', (_name, text, word, nth, name) => {
    expect(linkOf(text, word, nth)).toBe(name);
  });
});
