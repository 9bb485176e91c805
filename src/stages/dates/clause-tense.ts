// Tense of the clause a date sits in, from the tokens' POS and lemmas: verb groups ("will be held",
// "are scheduled to start", "said", "has been") and a few non-verbal future cues ("due", "upcoming").
// A date takes the tense of the nearest group in its sentence (ties go to the group on the left, as in
// "said on Friday he will ..."), except that a date after a reduced relative clause's participle ("the man
// arrested on Friday will appear") takes the participle's. Infinitives ("to meet") carry no tense of their
// own and are skipped.
import type { Token } from '../../core/records/token.js';
import { lowerBound } from '../../core/sorted.js';

export type Tense = 'past' | 'present' | 'future';

export interface VerbGroup {
  first: number;
  last: number;
  tense: Tense | null;
  /** A lone past participle right after a noun ("a tariff imposed on goods", "the man arrested"): a reduced relative clause. */
  participle?: boolean;
}

const FUTURE_AUX = new Set(['will', 'shall', "'ll", 'wo', "won't", 'would', 'wont']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', "wasn't", "weren't", "hadn't", "didn't"]);
const THIRD_PERSON = new Set(['he', 'she', 'it']);
const PERFECT_AUX = new Set(['has', 'have', "'ve", "hasn't", "haven't"]);
/** Verbs that put what follows in the future: always (scheduled) or before "to" (expected to, plans to). */
const ALWAYS_FUTURE_LEMMAS = new Set(['schedule', 'slate']);
const FUTURE_BEFORE_TO = new Set(['expect', 'plan', 'set', 'due', 'intend', 'aim', 'prepare', 'be']);
/** Wishes look forward only while they are current ("hopes to meet", not "wanted to meet"). */
const WISH_BEFORE_TO = new Set(['hope', 'want', 'seek', 'try']);
/** Words outside verb groups that mark what they qualify as upcoming ("the upcoming vote", "due on Friday"). */
const FUTURE_WORDS = new Set(['upcoming', 'due', 'forthcoming', 'tomorrow', 'scheduled', 'slated', 'planned']);

const isVerbal = (t: Token): boolean => t.pos === 'AUX' || t.pos === 'VERB';
const isGroupFiller = (t: Token): boolean =>
  t.pos === 'PART' ? t.lower === 'to' || t.lower === 'not' || t.lower === "n't" : false;

function isPastForm(t: Token): boolean {
  if (PAST_AUX.has(t.lower)) return true;
  if (t.pos !== 'VERB') return false;
  if (/ed$/.test(t.lower)) return true;
  return t.lower !== t.lemma && !/(?:s|ing)$/.test(t.lower);
}

function groupTense(tokens: readonly Token[], first: number, last: number): Tense | null {
  if (tokens[first].lower === 'to') return null; // an infinitive ("to meet") takes its tense from elsewhere
  for (let i = first; i <= last; i++) {
    const t = tokens[i];
    if (FUTURE_AUX.has(t.lower) || t.lower.endsWith("'ll")) return 'future';
    if (ALWAYS_FUTURE_LEMMAS.has(t.lemma)) return 'future';
    if (i < last && tokens[i + 1].lower === 'to') {
      // "was going to" and "was expected to" are futures in the past: still after the time narrated.
      if (t.lower === 'going' || t.lower === 'gon' || FUTURE_BEFORE_TO.has(t.lemma)) return 'future';
      if (WISH_BEFORE_TO.has(t.lemma) && !isPastForm(t)) return 'future';
    }
  }
  let head = first;
  while (head < last && (tokens[head].pos === 'ADV' || tokens[head].pos === 'PART')) head++;
  const h = tokens[head];
  if (isPastForm(h)) return 'past';
  // A verb whose past is its base form ("put", "set", "cut") after he/she/it lacks the present's -s.
  if (h.pos === 'VERB' && h.lower === h.lemma && head === first && THIRD_PERSON.has(tokens[first - 1]?.lower ?? '')) return 'past';
  if (PERFECT_AUX.has(h.lower) && head < last) return 'past'; // "has met": a completed event
  return 'present';
}

/** Verb groups of tokens [from, to), in order. */
export function verbGroups(tokens: readonly Token[], from: number, to: number): VerbGroup[] {
  const groups: VerbGroup[] = [];
  let i = from;
  while (i < to) {
    const t = tokens[i];
    if (FUTURE_WORDS.has(t.lower) && !isVerbal(t)) {
      groups.push({ first: i, last: i, tense: 'future' });
      i++;
      continue;
    }
    // "The leaders plan to meet": the tagger often reads "plan(s)", "aim(s)" as nouns; before "to" and a
    // verb they still put what follows in the future.
    if (!isVerbal(t) && FUTURE_BEFORE_TO.has(t.lemma) && t.lemma !== 'be' && tokens[i + 1]?.lower === 'to' && i + 2 < to && isVerbal(tokens[i + 2])) {
      groups.push({ first: i, last: i + 2, tense: 'future' });
      i += 3;
      continue;
    }
    const startsInfinitive = t.lower === 'to' && t.pos === 'PART' && i + 1 < to && isVerbal(tokens[i + 1]);
    if (!isVerbal(t) && !startsInfinitive) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to) {
      const u = tokens[j];
      if (isVerbal(u) || isGroupFiller(u)) j++;
      else if (u.pos === 'ADV' && j + 1 < to && isVerbal(tokens[j + 1])) j++;
      else break;
    }
    // A group never ends on "to"/"not": those belong to what follows.
    let last = j - 1;
    while (last > i && isGroupFiller(tokens[last])) last--;
    const before = tokens[i - 1];
    const participle = last === i && t.pos === 'VERB' && /ed$/.test(t.lower) && before !== undefined && (before.pos === 'NOUN' || before.pos === 'PROPN');
    groups.push({ first: i, last, tense: groupTense(tokens, i, last), participle });
    i = last + 1;
  }
  return groups;
}

/**
 * Tense of the group nearest to token `at` (by token distance), or null. Ties go to the left ("said on
 * Friday he will"), or to the right with `preferRight`: a weekday inside a noun phrase ("the Friday
 * meeting would ...") takes the tense of the verb the phrase is the subject of. `rightLimit`: the first token
 * of a subordinate clause that follows the date.
 */
export function tenseNear(groups: readonly VerbGroup[], at: number, preferRight = false, rightLimit = Infinity): Tense | null {
  // Groups are in text order and do not overlap, so the nearest ones with a tense are the first on
  // each side of `at`: a binary search, not a scan (a sentence with no punctuation can hold thousands).
  const k = lowerBound(groups, at, (g) => g.last);
  if (k < groups.length && groups[k].first <= at && groups[k].tense !== null) return groups[k].tense;
  let left = k - 1;
  while (left >= 0 && groups[left].tense === null) left--;
  let right = k < groups.length && groups[k].first <= at ? k + 1 : k;
  while (right < groups.length && groups[right].tense === null) right++;
  const dl = left >= 0 ? at - groups[left].last : Infinity;
  // A date after a reduced relative clause's participle belongs to it, however near the main verb is:
  // "a tariff imposed on goods in September would remain", "the man arrested on Friday will appear".
  if (left >= 0 && groups[left].participle && !preferRight) return groups[left].tense;
  // A verb past a clause boundary after the date ("told investors on Oct. 31 that the merger would") is in
  // another clause: it counts only when nothing on the left does.
  const beyond = right < groups.length && groups[right].first >= rightLimit && dl !== Infinity;
  const dr = right < groups.length && !beyond ? groups[right].first - at : Infinity;
  if (dl === Infinity && dr === Infinity) return null;
  // Ties go to the left, or to the right with preferRight.
  return (dr < dl || (preferRight && dr === dl) ? groups[right] : groups[left]).tense;
}
