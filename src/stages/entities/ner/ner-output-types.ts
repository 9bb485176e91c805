// From the tagger's CoNLL types to Storyline's: PER -> PERSON, ORG -> ORG; LOC -> GPE (countries,
// cities, admin regions, and any place we cannot tell), LOC (continents, seas, regions, natural
// features) or FAC (streets, airports, buildings: our heads and the lexicon's facility keywords);
// MISC -> NORP (nationalities and demonyms, religious and political groups), EVENT (wars, cups,
// championships, elections) or MISC. CoNLL scoring folds GPE/LOC/FAC back into LOC and
// NORP/EVENT/MISC into MISC, so the refinement costs nothing there.
import type { EntityType } from '../../../core/records/entity.js';
import type { Token } from '../../../core/records/token.js';
import type { Lexicon } from '../lexicon.js';
import type { NerType } from './tag-scheme.js';

const NATURAL_HEADS = new Set([
  'river', 'sea', 'ocean', 'lake', 'mountain', 'mountains', 'mount', 'mt.', 'hills', 'valley', 'desert', 'gulf', 'bay',
  'strait', 'straits', 'channel', 'coast', 'peninsula', 'island', 'islands', 'plateau', 'basin', 'delta', 'forest',
  'canyon', 'glacier', 'range', 'strip',
]);
const FACILITY_HEADS = new Set(['airport', 'bridge', 'stadium', 'street', 'avenue', 'road', 'square', 'palace', 'tower', 'hospital', 'prison', 'station', 'highway', 'tunnel', 'dam', 'canal', 'park', 'centre', 'center', 'boulevard']);
const GROUP_WORDS = new Set([
  'muslim', 'muslims', 'christian', 'christians', 'catholic', 'catholics', 'protestant', 'protestants', 'jewish', 'jews',
  'jew', 'islamic', 'islamist', 'islamists', 'hindu', 'hindus', 'buddhist', 'buddhists', 'sunni', 'shi\'ite', 'shiite',
  'shia', 'sikh', 'sikhs', 'kurd', 'kurds', 'kurdish', 'arab', 'arabs', 'arabic', 'democrat', 'democrats', 'democratic',
  'republican', 'republicans', 'communist', 'communists', 'socialist', 'socialists', 'conservative', 'conservatives',
  'tory', 'tories', 'labour', 'liberal', 'liberals', 'serb', 'serbs', 'croat', 'croats', 'tamil', 'tamils', 'hutu',
  'hutus', 'tutsi', 'tutsis', 'palestinians', 'israelis', 'basque', 'basques', 'latino', 'latinos', 'hispanic',
]);
const EVENT_HEADS = new Set([
  'war', 'cup', 'championship', 'championships', 'olympics', 'games', 'open', 'tournament', 'festival', 'election',
  'elections', 'summit', 'conference', 'revolution', 'crisis', 'prix', 'marathon', 'series', 'rally', 'tour',
  'classic', 'masters', 'trophy', 'derby', 'uprising', 'massacre',
]);

/** Nouns that make a place of the place before them ("<city> Bay Area", "<city> Metro"). */
const PLACE_NOUNS = new Set(['area', 'region', 'district', 'metro', 'metropolitan', 'suburbs', 'downtown', 'city', 'state', 'heights', 'village', 'beach', 'springs', 'falls']);

/** Administrative heads: a name ending in one is a place whatever its other words ("Marin County"). */
const ADMIN_HEADS = new Set(['county', 'province', 'oblast', 'prefecture', 'governorate', 'parish', 'borough', 'township', 'municipality']);

/**
 * Where the name's own words outweigh the tagger's type (each measured on CoNLL dev and news-wild):
 * a people or group word alone ("Democrats", "Muslims") is NORP; a name ending in an administrative
 * head is a place; a person's name ending in an organisation word ("... Holdings", "... Institute")
 * is an organisation (not a place's: CoNLL's "West Bank", "Soviet Union" are places), and so is a
 * known place followed by more words that make no place ("<city> Star", "<city> Bee": newspapers,
 * teams and firms named after their town).
 */
function typeFromWords(type: NerType, tokens: readonly Token[], first: number, end: number, name: string, lex: Lexicon): EntityType | null {
  const head = tokens[end - 1].lower;
  if (end - first === 1 && (GROUP_WORDS.has(name) || (lex.demonyms.has(name) && name.endsWith('s')))) return 'NORP';
  if (end - first < 2) return null;
  if (ADMIN_HEADS.has(head)) return 'GPE';
  if (type === 'ORG') return null;
  if (type === 'PER' && lex.orgKeywords.has(head)) return 'ORG';
  if (type === 'LOC' && !lex.places.has(name) && !lex.countries.has(name) && !NATURAL_HEADS.has(head) && !FACILITY_HEADS.has(head) && !lex.facilityKeywords.has(head) && !PLACE_NOUNS.has(head)) {
    // The longest known place the name opens with, and what follows it.
    let prefix = '';
    for (let i = first; i < end - 1; i++) {
      prefix += (i > first && tokens[i].spaceBefore ? ' ' : '') + tokens[i].lower;
      if ((lex.places.has(prefix) || lex.countries.has(prefix)) && /^\p{Lu}/u.test(tokens[end - 1].norm) && !lex.places.has(head) && !lex.regions.has(head)) return 'ORG';
    }
  }
  return null;
}

/** Storyline's type for a tagged name spanning tokens [first, end). */
export function refineType(type: NerType, tokens: readonly Token[], first: number, end: number, lex: Lexicon): EntityType {
  let name = '';
  for (let i = first; i < end; i++) name += (i > first && tokens[i].spaceBefore ? ' ' : '') + tokens[i].lower;
  const fromWords = typeFromWords(type, tokens, first, end, name, lex);
  if (fromWords) return fromWords;
  if (type === 'PER') return 'PERSON';
  if (type === 'ORG') return 'ORG';
  const head = tokens[end - 1].lower;
  if (type === 'LOC') {
    if (lex.countries.has(name) || lex.places.has(name)) return 'GPE';
    if (lex.regions.has(name)) return 'LOC';
    if (end - first > 1 && (FACILITY_HEADS.has(head) || lex.facilityKeywords.has(head))) return 'FAC';
    if (NATURAL_HEADS.has(head) || (end - first > 1 && NATURAL_HEADS.has(tokens[first].lower))) return 'LOC';
    return 'GPE';
  }
  if (lex.demonyms.has(name) || GROUP_WORDS.has(name)) return 'NORP';
  if (end - first > 1 && EVENT_HEADS.has(head)) return 'EVENT';
  return 'MISC';
}
