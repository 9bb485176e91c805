// Matching organisations, groups and places against candidate profiles by name form: the same
// folded name ("The New York Times" = "New York Times"), a known alias, singular and plural for
// nationalities and parties ("Republicans" / "Republican"). An acronym matches its expansion only
// through an alias: an article that wrote both ("Federal Bureau of Investigation (FBI)") teaches the
// profile the pair (article-entities.ts). Matching any acronym to any expansion across articles
// merged ISIS with the Institute for Science and International Security on PolNeAR. Places also compare geocodes: the same gazetteer entry matches
// even under another name, and two places with one name more than 100 km apart stay apart
// ("Paris", France vs "Paris", Texas).
import type { Geo } from '../../core/records/entity.js';
import { geoIdentity } from './entity-keys.js';
import { groupForm, singular } from './group-name.js';
import { contextAdjustment } from './context-evidence.js';
import type { EntityMatch, EntityProfile, MentionedEntity } from './types.js';

const FAR_KM = 100;

export function matchNamed(e: MentionedEntity, candidates: EntityProfile[]): EntityMatch | null {
  const name = groupForm(e.name);
  const aliases = new Set(e.aliases.map(groupForm).filter((a) => a !== ''));
  let best: EntityMatch | null = null;
  let bestCount = -1;
  for (const p of candidates) {
    const s = scoreOne(p);
    if (!s) continue;
    const adj = contextAdjustment(e, p);
    const score = Math.round((s.score + adj.delta) * 1000) / 1000;
    if (best === null || score > best.score || (score === best.score && p.articleCount > bestCount)) {
      best = { id: p.id, score, evidence: [...s.evidence, ...adj.evidence] };
      bestCount = p.articleCount;
    }
  }
  return best;

  function scoreOne(p: EntityProfile): { score: number; evidence: string[] } | null {
    const eGeo = e.geo ?? null;
    const pGeo = p.geo ?? null;
    const eId = geoIdentity(eGeo);
    const pId = geoIdentity(pGeo);
    if (eId && pId && eId === pId) return { score: 0.95, evidence: [`same gazetteer entry ${eId}`] };
    if (eGeo && pGeo && kmBetween(eGeo, pGeo) > FAR_KM) return null;
    // Nationalities and parties are written singular and plural ("Republican" / "Republicans").
    const norm = e.type === 'NORP' || p.type === 'NORP' ? singular : (s: string): string => s;
    const pName = norm(groupForm(p.name));
    const pForms = new Set([pName, ...p.aliases.map((a) => norm(groupForm(a)))]);
    if (norm(name) === pName) return { score: 0.95, evidence: ['same name'] };
    if (pForms.has(norm(name))) return { score: 0.9, evidence: ['name already an alias of the profile'] };
    for (const a of aliases) if (pForms.has(norm(a))) return { score: 0.85, evidence: [`shares the alias "${a}"`] };
    return null;
  }
}

/** Great-circle distance (haversine), enough to tell a namesake town from a capital. */
export function kmBetween(a: Geo, b: Geo): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
