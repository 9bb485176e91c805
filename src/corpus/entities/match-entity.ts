// Chooses the profile an article's entity belongs to, among the candidates a store found by
// `entityKeys`, or null when none is close enough (the caller then starts a new profile). People are
// matched by name structure (match-person.ts), everything else by name forms and geocodes
// (match-named.ts). A bare capitalised word the tagger typed ORG, MISC or GPE ("Trump" as ORG), with
// no geocode, may still attach to a person (lower score) when that person is named in more
// articles than any group of that name.
import { familyOf } from './entity-keys.js';
import { matchNamed } from './match-named.js';
import { matchPerson } from './match-person.js';
import type { EntityMatch, EntityProfile, MentionedEntity } from './types.js';

/** Matches below this score are not merges. */
export const MIN_MATCH_SCORE = 0.6;
const MISTYPED_PENALTY = 0.05;

export function matchEntity(e: MentionedEntity, candidates: EntityProfile[]): EntityMatch | null {
  const family = familyOf(e.type);
  const same = candidates.filter((p) => inFamily(p, family));
  let best = family === 'person' ? matchPerson(e, same) : matchNamed(e, same);
  if (family !== 'person' && !e.geo) {
    // The tagger types some people ORG or MISC ("Obama", "Donald Trump"): the person reading wins
    // when it is a real match and that person is named in more articles than the group it rivals.
    const people = candidates.filter((p) => inFamily(p, 'person'));
    const asPerson = matchPerson({ ...e, type: 'PERSON' }, people, MISTYPED_PENALTY);
    const rival = best ? candidates.find((p) => p.id === best!.id) : undefined;
    const person = asPerson ? candidates.find((p) => p.id === asPerson.id) : undefined;
    if (asPerson && person && asPerson.score >= MIN_MATCH_SCORE && (!rival || person.articleCount > rival.articleCount)) {
      best = { ...asPerson, evidence: [...asPerson.evidence, `typed ${e.type} in the article; matched as a person`] };
    }
  }
  return best && best.score >= MIN_MATCH_SCORE ? best : null;
}

function inFamily(p: EntityProfile, family: ReturnType<typeof familyOf>): boolean {
  return familyOf(p.type) === family;
}
