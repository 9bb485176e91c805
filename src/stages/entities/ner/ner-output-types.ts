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

/** Storyline's type for a tagged name spanning tokens [first, end). */
export function refineType(type: NerType, tokens: readonly Token[], first: number, end: number, lex: Lexicon): EntityType {
  if (type === 'PER') return 'PERSON';
  if (type === 'ORG') return 'ORG';
  let name = '';
  for (let i = first; i < end; i++) name += (i > first && tokens[i].spaceBefore ? ' ' : '') + tokens[i].lower;
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
