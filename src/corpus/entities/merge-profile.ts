// Folds one article's entity into a profile (or starts one): counts its surface forms, canonical
// names, types and affiliations, dates its titles (first and last article date, article count), and
// keeps the merge evidence. The profile's name is its most frequent canonical name — for people the
// most frequent one with a given name, so "Trump" never displaces "Donald Trump". Rebuilding a
// profile from its articles (`rebuildProfile`) is how a store splits a wrong merge: move the
// articles' entities to a new profile and rebuild both.
import { createHash } from 'node:crypto';
import type { EntityType } from '../../core/records/entity.js';
import { stripPossessive } from './fold-name.js';
import { parsePersonName } from './person-name.js';
import type { ArticleRef, DatedTitle, EntityMatch, EntityProfile, MentionedEntity } from './types.js';
import { ownCount } from '../own-count.js';

/** Merge decisions kept per profile (newest last). */
export const EVIDENCE_KEPT = 20;
/** Surface forms kept per profile (the rarest are dropped first). */
export const ALIASES_KEPT = 60;

export function mergeProfile(
  profile: EntityProfile | null,
  e: MentionedEntity,
  ref: ArticleRef,
  match?: Partial<EntityMatch>,
): EntityProfile {
  // Copy on write: every field changed below is replaced, not mutated, so a shallow copy suffices
  // (structuredClone of the evidence and counts was the main cost of resolving a corpus).
  const p: EntityProfile = profile ? { ...profile } : emptyProfile(match?.id ?? newProfileId(e, ref), e);
  const name = cleanForm(e.name);
  p.articleCount += 1;
  p.nameCounts = topEntries(bump(p.nameCounts, name), ALIASES_KEPT);
  const aliasCounts = { ...(p.aliasCounts ?? {}) };
  for (const form of new Set([name, ...e.aliases.map(cleanForm)])) if (form) aliasCounts[form] = ownCount(aliasCounts, form) + 1;
  p.aliasCounts = topEntries(aliasCounts, ALIASES_KEPT);
  p.aliases = Object.keys(p.aliasCounts);
  p.typeCounts = bump(p.typeCounts as Record<string, number>, e.type) as Partial<Record<EntityType, number>>;
  p.type = argmax(p.typeCounts as Record<string, number>) as EntityType;
  p.name = chooseName(p.nameCounts, p.type);
  if (e.affiliation) p.affiliations = bump(p.affiliations, e.affiliation);
  if (!p.geo && e.geo) p.geo = e.geo;
  p.titles = mergeTitles(p.titles, e.titles, ref.date);
  if (ref.date) {
    if (!p.firstSeen || ref.date < p.firstSeen) p.firstSeen = ref.date;
    if (!p.lastSeen || ref.date > p.lastSeen) p.lastSeen = ref.date;
  }
  const evidence = [...(p.evidence ?? []), {
    articleId: ref.articleId,
    date: ref.date,
    name,
    score: match?.score ?? 1,
    reasons: match?.evidence ?? ['new profile'],
  }];
  p.evidence = evidence.slice(-EVIDENCE_KEPT);
  return p;
}

/** A profile rebuilt from scratch from the entities merged into it (used to split a wrong merge). */
export function rebuildProfile(id: string, entries: { entity: MentionedEntity; ref: ArticleRef }[]): EntityProfile | null {
  let p: EntityProfile | null = null;
  for (const { entity, ref } of entries) p = mergeProfile(p, entity, ref, p ? { score: 1, evidence: ['rebuilt'] } : { id, evidence: ['rebuilt'] });
  return p;
}

/** A stable id for a new profile: type, a readable slug and a hash of the first article and name. */
export function newProfileId(e: MentionedEntity, ref: ArticleRef): string {
  const slug = cleanForm(e.name).toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
  const hash = createHash('sha1').update(`${e.type}\u0000${e.name}\u0000${ref.articleId}`).digest('hex').slice(0, 8);
  return `${e.type.toLowerCase()}-${slug || 'x'}-${hash}`;
}

function emptyProfile(id: string, e: MentionedEntity): EntityProfile {
  return {
    id, type: e.type, name: cleanForm(e.name), aliases: [], titles: [], articleCount: 0,
    aliasCounts: {}, nameCounts: {}, typeCounts: {}, affiliations: {}, geo: null, firstSeen: null, lastSeen: null, evidence: [],
  };
}

const cleanForm = (s: string): string => stripPossessive(s.replace(/\s+/g, ' ').trim());

function bump(counts: Record<string, number> | undefined, key: string): Record<string, number> {
  return { ...(counts ?? {}), [key]: ownCount(counts, key) + 1 };
}

function argmax(counts: Record<string, number>): string {
  return Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

/**
 * Most frequent name; for people, a name with a given name wins over a bare surname unless the bare
 * form is used FULL_NAME_RATIO times as often (a one-off "Rohingya Muslims" must not rename the
 * profile of 35 articles' "Muslims").
 */
function chooseName(counts: Record<string, number>, type: EntityType): string {
  const order = (a: [string, number], b: [string, number]): number => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]);
  const entries = Object.entries(counts).sort(order);
  if (type !== 'PERSON') return entries[0][0];
  const full = entries.find(([n]) => parsePersonName(n)?.given);
  return full && full[1] * FULL_NAME_RATIO >= entries[0][1] ? full[0] : entries[0][0];
}

const FULL_NAME_RATIO = 5;

function topEntries(counts: Record<string, number>, n: number): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n));
}

function mergeTitles(titles: DatedTitle[], add: string[], date: string | null): DatedTitle[] {
  const out = titles.map((t) => ({ ...t }));
  for (const raw of new Set(add.map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => t !== ''))) {
    const t = out.find((x) => x.title.toLowerCase() === raw.toLowerCase());
    if (!t) {
      out.push({ title: raw, first: date, last: date, count: 1 });
      continue;
    }
    t.count += 1;
    if (date && (!t.first || date < t.first)) t.first = date;
    if (date && (!t.last || date > t.last)) t.last = date;
  }
  return out.sort((a, b) => b.count - a.count || a.title.localeCompare(b.title));
}
