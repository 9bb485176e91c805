// What a pronoun can point at, and what we know of an entity to check it: gender (from a given name,
// an honorific, a gendered title, or an earlier he/she already linked), and which entity types each
// pronoun may name. Forms handled:
//   he him his himself           one man           she her hers herself    one woman
//   they them their themselves   a group: organisation, nationality (one person only weakly: news rarely
//                                writes singular they; a place's "their" is its people, not the place)
//   it its itself                an organisation, country, place or facility
import type { Doc } from '../../core/document.js';
import type { Entity, EntityType } from '../../core/records/entity.js';
import { loadData } from '../../data/load.js';
import { getLexicon } from '../entities/lexicon.js';

export type Gender = 'm' | 'f';
export type PronounClass = 'he' | 'she' | 'they' | 'it';

// A Map, not an object literal: every token of an article is asked, and a plain object answered
// "constructor" with Object.prototype's function (a truthy "class", which sent the word to the
// pronoun resolver), and its misses walked the prototype chain.
const CLASSES = new Map<string, PronounClass>(Object.entries({
  he: 'he', him: 'he', his: 'he', himself: 'he',
  she: 'she', her: 'she', hers: 'she', herself: 'she',
  they: 'they', them: 'they', their: 'they', theirs: 'they', themselves: 'they',
  it: 'it', its: 'it', itself: 'it',
} as const));
const REFLEXIVE = new Set(['himself', 'herself', 'themselves', 'itself']);
const POSSESSIVE = new Set(['his', 'her', 'hers', 'their', 'theirs', 'its']);

export function pronounClass(lower: string): PronounClass | null {
  return CLASSES.get(lower) ?? null;
}
export const isReflexive = (lower: string): boolean => REFLEXIVE.has(lower);
export const isPossessive = (lower: string): boolean => POSSESSIVE.has(lower);

/**
 * How well an entity type fits a pronoun class: 0 rules it out; below 1 is a weaker reading
 * ("they" for one person; "it" for a country, which news also writes "she" for rarely).
 */
export function typeFit(cls: PronounClass, type: EntityType): number {
  switch (cls) {
    case 'he':
    case 'she':
      return type === 'PERSON' ? 1 : 0;
    case 'they':
      return type === 'ORG' || type === 'NORP' ? 1 : type === 'PERSON' ? 0.15 : 0;
    case 'it':
      return type === 'ORG' ? 1 : type === 'GPE' || type === 'FAC' || type === 'LOC' ? 0.7 : type === 'MISC' || type === 'EVENT' ? 0.4 : 0;
  }
}

/**
 * How well an entity fits a pronoun class, beyond its type: a family named in the plural ("the
 * Okafors", "the Obamas") is a group, never "he", "she" or "it"; a given name the name tagger typed as
 * an organisation or place ("Gloria" as ORG) is a person, whom "he"/"she" reach with `mistyped`.
 */
export function entityFit(doc: Doc, cls: PronounClass, e: Entity, mistyped: number): number {
  if (isFamily(doc, e)) return cls === 'they' ? 1 : 0;
  if (mistypedPerson(e)) return cls === 'he' || cls === 'she' ? mistyped : typeFit(cls, 'PERSON');
  return typeFit(cls, e.type);
}

/**
 * A family: every name mention is "the" + one capitalised word in -s, typed a person or the plural of
 * a person's surname in the article ("the Okafors" after "Ruth Okafor").
 */
export function isFamily(doc: Doc, e: Entity): boolean {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(e.name)) return false;
  if (e.type !== 'PERSON' && !doc.entities.some((p) => p.type === 'PERSON' && p.name.split(/\s+/).length > 1 && p.name.endsWith(` ${e.name.slice(0, -1)}`))) return false;
  let names = 0;
  for (const m of e.mentions) {
    if (m.form === 'pronoun' || m.form === 'description') continue;
    if (!/\bthe\s+$/i.test(doc.text.slice(Math.max(0, m.start - 4), m.start))) return false;
    names++;
  }
  return names > 0;
}

/**
 * A name the name tagger typed as an organisation or place that reads as a person's: one word, a
 * given name, and no country, city or organisation of that name in our lexicons ("Gloria" tagged ORG).
 * "he"/"she" may point at it, more weakly than at a person.
 */
export function mistypedPerson(e: Entity): boolean {
  if (e.type !== 'ORG' && e.type !== 'GPE' && e.type !== 'MISC') return false;
  const words = e.name.toLowerCase().split(/\s+/);
  if (words.length !== 1) return false;
  const { male, female } = givenNames();
  if (!male.has(words[0]) && !female.has(words[0])) return false;
  const lex = getLexicon();
  return !lex.countries.has(words[0]) && !lex.places.has(words[0]) && !lex.regions.has(words[0]) && !lex.knownOrgs.has(words[0]);
}

const MALE_HONORIFICS = new Set(['mr', 'mr.', 'sir', 'lord']);
const FEMALE_HONORIFICS = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dame', 'lady']);
const MALE_TITLES = /\b(?:king|prince|emperor|duke|chairman|spokesman|congressman|businessman|father|brother|son|husband|uncle|grandfather|boy|man)\b/i;
const FEMALE_TITLES = /\b(?:queen|princess|empress|duchess|chairwoman|spokeswoman|congresswoman|businesswoman|actress|mother|sister|daughter|wife|aunt|grandmother|girl|woman)\b/i;

let names: { male: Set<string>; female: Set<string> } | undefined;
function givenNames(): { male: Set<string>; female: Set<string> } {
  if (!names) {
    const file = loadData<{ male: string[]; female: string[] }>('lexicons/name-genders.json');
    names = { male: new Set(file.male), female: new Set(file.female) };
  }
  return names;
}

/** The gender a person's mentions and titles show, or null when nothing says. */
export function genderOf(doc: Doc, e: Entity): Gender | null {
  if (e.type !== 'PERSON' && !mistypedPerson(e)) return null;
  for (const m of e.mentions) {
    if (m.form === 'pronoun' || m.form === 'description') continue;
    // The honorific may sit inside the mention ("Mrs. May") or just before it.
    const before = doc.text.slice(Math.max(0, m.start - 6), m.end).toLowerCase().split(/\s+/);
    for (const w of before) {
      if (MALE_HONORIFICS.has(w)) return 'm';
      if (FEMALE_HONORIFICS.has(w)) return 'f';
    }
  }
  for (const t of e.titles) {
    if (FEMALE_TITLES.test(t)) return 'f';
    if (MALE_TITLES.test(t)) return 'm';
  }
  // The first word of the fullest name; a one-word name counts too ("Gloria"), as the article gives no more.
  const first = e.name.split(/\s+/)[0].toLowerCase();
  const { male, female } = givenNames();
  if (male.has(first)) return 'm';
  if (female.has(first)) return 'f';
  return null;
}
