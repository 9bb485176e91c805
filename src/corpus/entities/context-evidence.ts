// Context that confirms or argues against a name match: shared titles ("Secretary of State" on both
// sides) and the country the articles tie the actor to ("Russian" vs "Ukrainian" official Kuleba).
import { getLexicon } from '../../stages/entities/lexicon.js';
import type { EntityProfile, MentionedEntity } from './types.js';

export interface Adjusted {
  delta: number;
  evidence: string[];
}

/** Head words of titles ("former Secretary of State" -> secretary, state), lower case. */
export function titleHeads(titles: string[]): Set<string> {
  const lex = getLexicon();
  const heads = new Set<string>();
  for (const t of titles) {
    for (const w of t.toLowerCase().split(/[^\p{L}.]+/u)) {
      if (lex.titleHeads.has(w)) heads.add(w.replace(/\.$/, ''));
    }
  }
  return heads;
}

export function sharedTitles(e: MentionedEntity, p: EntityProfile): string[] {
  const mine = titleHeads(e.titles);
  const theirs = titleHeads(p.titles.map((t) => t.title));
  return [...mine].filter((h) => theirs.has(h));
}

export function contextAdjustment(e: MentionedEntity, p: EntityProfile): Adjusted {
  const evidence: string[] = [];
  let delta = 0;
  const shared = sharedTitles(e, p);
  if (shared.length > 0) {
    delta += 0.03;
    evidence.push(`shared title: ${shared.join(', ')}`);
  }
  const aff = e.affiliation;
  const known = p.affiliations ?? {};
  if (aff) {
    if ((known[aff] ?? 0) > 0) {
      delta += 0.03;
      evidence.push(`same affiliation: ${aff}`);
    } else {
      const other = Object.entries(known).find(([, n]) => n >= 2);
      if (other) {
        delta -= 0.15;
        evidence.push(`affiliation differs: ${aff} here, ${other[0]} in ${other[1]} articles`);
      }
    }
  }
  return { delta, evidence };
}
