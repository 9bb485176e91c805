// Matching a person against candidate profiles. A full name ("Hillary Rodham Clinton") matches a
// profile with the same surname (transliteration-folded), no conflicting suffix (Jr.) or middle
// initial (George H. W. vs George W. Bush), and a compatible given name: the same, a known variant
// (Bill = William, Volodymyr = Vladimir) or an initial. "Bill Clinton" and "Hillary Clinton" stay
// apart because their given names conflict. A single token ("Trump", "Clinton", "Hillary") attaches
// to a full-name profile only when that is unambiguous among the candidates: the only one with that
// surname (if it is a plausible person: a known first name, or a full name seen twice), the only
// one sharing a title with the mention, or dominant (its articles used the bare form at least 3
// times as often as the next profile's). Otherwise it goes to a surname-only profile.
import { loadData } from '../../data/load.js';
import { foldName, translitKey } from './fold-name.js';
import { compareGiven } from './given-names.js';
import { isPlausiblePersonName, parsePersonName, type PersonName } from './person-name.js';
import { contextAdjustment, sharedTitles } from './context-evidence.js';
import type { EntityMatch, EntityProfile, MentionedEntity } from './types.js';

/** How many times more often the dominant profile must be named by the bare form than the next. */
export const DOMINANCE_RATIO = 3;

export function matchPerson(e: MentionedEntity, candidates: EntityProfile[], basePenalty = 0): EntityMatch | null {
  const m = parsePersonName(e.name);
  if (!m) return null;
  const scored = m.given ? candidates.map((p) => scoreFullName(m, e, p)) : singleToken(m, e, candidates);
  let best: EntityMatch | null = null;
  let bestCount = -1;
  for (const s of scored) {
    if (!s) continue;
    const adj = contextAdjustment(e, s.profile);
    const score = round(s.score + adj.delta - basePenalty);
    if (best === null || score > best.score || (score === best.score && s.profile.articleCount > bestCount)) {
      best = { id: s.profile.id, score, evidence: [...s.evidence, ...adj.evidence] };
      bestCount = s.profile.articleCount;
    }
  }
  return best;
}

interface Scored {
  profile: EntityProfile;
  score: number;
  evidence: string[];
}

function scoreFullName(m: PersonName, e: MentionedEntity, p: EntityProfile): Scored | null {
  const q = parsePersonName(p.name);
  if (!q || translitKey(m.surname) !== translitKey(q.surname)) return null;
  const translit = m.surname !== q.surname ? ['surname spelled differently (transliteration)'] : [];
  if (!q.given) return { profile: p, score: 0.7, evidence: ['profile so far named only by surname', ...translit] };
  if (m.suffix !== q.suffix) return null;
  const given = compareGiven(m.given!, q.given);
  if (!given) return null;
  if (m.middle.length > 0 && q.middle.length > 0 && !compareGiven(m.middle[0], q.middle[0])) return null;
  const evidence = [...translit];
  if (isKnownForm(p, e.name)) evidence.push('name already an alias of the profile');
  if (m.tokens.join(' ') === q.tokens.join(' ') && m.suffix === q.suffix) return { profile: p, score: 1, evidence: ['same full name', ...evidence] };
  if (given === 'same') return { profile: p, score: 0.92, evidence: ['same given name and surname', ...evidence] };
  if (given === 'variant') return { profile: p, score: 0.85, evidence: [`given-name variant: ${m.given} / ${q.given}`, ...evidence] };
  return { profile: p, score: 0.8, evidence: [`initial matches given name: ${m.given} / ${q.given}`, ...evidence] };
}

function singleToken(m: PersonName, e: MentionedEntity, candidates: EntityProfile[]): Scored[] {
  const key = translitKey(m.surname);
  const surnameOnly: EntityProfile[] = [];
  const full: EntityProfile[] = [];
  for (const p of candidates) {
    const q = parsePersonName(p.name);
    if (!q) continue;
    if (!q.given) {
      if (translitKey(q.surname) === key) surnameOnly.push(p);
    } else if (!isPlausiblePersonName(p.name)) {
      continue;
    } else if (translitKey(q.surname) === key || (translitKey(q.given) === key && bareUses(p, m.surname) > 0)) {
      full.push(p);
    }
  }
  const fallback = surnameOnly.map((p) => ({ profile: p, score: 0.72, evidence: ['same surname-only profile'] }));
  if (full.length === 0) return fallback;
  if (full.length === 1) {
    return plausiblePerson(full[0]) ? [{ profile: full[0], score: 0.75, evidence: [`the only full-name profile for "${m.surname}"`] }] : fallback;
  }
  const titled = full.filter((p) => sharedTitles(e, p).length > 0);
  if (titled.length === 1) return [{ profile: titled[0], score: 0.75, evidence: [`the only "${m.surname}" profile sharing a title`] }];
  const ranked = full.map((p) => ({ p, n: bareUses(p, m.surname) })).sort((a, b) => b.n - a.n);
  const [top, next] = ranked;
  if (top.n >= 3 && top.n >= DOMINANCE_RATIO * next.n) {
    return [{ profile: top.p, score: 0.65, evidence: [`dominant "${m.surname}": named so in ${top.n} articles vs ${next.n} (${next.p.name})`] }];
  }
  return fallback;
}

/**
 * A profile a bare surname may join on its own: its given name is a known first name, or its full
 * name recurs. ("Muslims" typed PERSON must not join a one-off "Rohingya Muslims".)
 */
function plausiblePerson(p: EntityProfile): boolean {
  const given = parsePersonName(p.name)?.given;
  if (given && firstNames().has(given)) return true;
  return Object.entries(p.nameCounts ?? {}).some(([n, c]) => c >= 2 && parsePersonName(n)?.given);
}

let given: Set<string> | undefined;
const firstNames = (): Set<string> => (given ??= new Set(loadData<{ names: string[] }>('lexicons/first-names.json').names));

/** Articles in which the profile was named by this bare form. */
function bareUses(p: EntityProfile, form: string): number {
  const f = foldName(form);
  let n = 0;
  for (const [alias, count] of Object.entries(p.aliasCounts ?? {})) if (foldName(alias) === f) n += count;
  if (n === 0 && p.aliases.some((a) => foldName(a) === f)) n = 1;
  return n;
}

function isKnownForm(p: EntityProfile, name: string): boolean {
  const f = foldName(name);
  return p.aliases.some((a) => foldName(a) === f);
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
