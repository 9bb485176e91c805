// Agreement facts: which names a he/she may reach although the name tagger typed them otherwise.
import { describe, expect, it } from 'vitest';
import { entity } from '../../core/records/entity.js';
import { mistypedPerson, pronounClass, typeFit } from './agreement.js';

describe('agreement', () => {
  it.each([
    ['ORG', 'Gloria', true],
    ['GPE', 'Jordan', false], // a country
    ['GPE', 'Denver', false], // a city
    ['ORG', 'Gloria Foods', false], // more than a given name
    ['PERSON', 'Gloria', false], // already a person
  ] as const)('%s %s reads as a mistyped person: %s', (type, name, expected) => {
    expect(mistypedPerson(entity('e1', type, name, 'test'))).toBe(expected);
  });

  it('knows the pronouns, and words that are also names of Object.prototype\'s members are none', () => {
    expect(['he', 'her', 'theirs', 'itself'].map(pronounClass)).toEqual(['he', 'she', 'they', 'it']);
    for (const word of ['constructor', 'tostring', 'valueof', '__proto__', 'hasownproperty']) expect(pronounClass(word), word).toBeNull();
  });

  it('they is a group, it an organisation or place, he a person', () => {
    expect(typeFit('they', 'ORG')).toBe(1);
    expect(typeFit('it', 'GPE')).toBeLessThan(typeFit('it', 'ORG'));
    expect(typeFit('he', 'ORG')).toBe(0);
  });
});
