// A small, predictable CorpusLinker for the store contract: entities match by normalised name and
// type (a bare surname joins the best-known person of that surname), stories by shared top entities
// within a week. The store's behaviour is tested with it, apart from src/corpus's heuristics.
import type { StoryRecord } from '../../src/core/record.js';
import type { Entity } from '../../src/core/records/entity.js';
import { normalizeName } from '../../src/store/normalize-name.js';
import type { CorpusEntity, CorpusLinker, EntityProfileUpdate, JsonObject, StoryCandidate, StoryUpdate } from '../../src/store/store.js';

interface NameProfile {
  aliases: Record<string, number>;
  titles: string[];
  affiliation: string | null;
  articles: number;
}

const lastToken = (norm: string): string => norm.split(' ').pop() ?? norm;

function profileOf(c: CorpusEntity | null): NameProfile {
  const p = (c?.profile ?? {}) as Partial<NameProfile>;
  return { aliases: { ...(p.aliases ?? {}) }, titles: [...(p.titles ?? [])], affiliation: p.affiliation ?? null, articles: p.articles ?? 0 };
}

export const nameLinker: Pick<CorpusLinker, 'entityKeys' | 'matchEntity' | 'mergeProfile'> = {
  entityKeys(e: Entity): string[] {
    const norm = normalizeName(e.name);
    const keys = [`${e.type}:${norm}`];
    if (e.type === 'PERSON') keys.push(`PERSON~${lastToken(norm)}`);
    return keys;
  },

  matchEntity(e: Entity, _record: StoryRecord, candidates: CorpusEntity[]) {
    const norm = normalizeName(e.name);
    const same = candidates.filter((c) => c.type === e.type);
    const exact = same.filter((c) => normalizeName(c.name) === norm || profileOf(c).aliases[e.name] != null);
    const byWeight = (a: CorpusEntity, b: CorpusEntity) => profileOf(b).articles - profileOf(a).articles;
    if (exact.length) return { id: exact.sort(byWeight)[0].id, score: 1, evidence: { rule: 'same-name', name: e.name } };
    if (e.type !== 'PERSON') return null;
    // "Trump" alone, or "Donald J. Trump" against "Donald Trump": same surname, first names compatible.
    const tokens = norm.split(' ');
    const compatible = same.filter((c) => {
      const other = normalizeName(c.name).split(' ');
      if (lastToken(norm) !== other[other.length - 1]) return false;
      return tokens.length === 1 || other.length === 1 || tokens[0] === other[0];
    });
    if (!compatible.length) return null;
    return { id: compatible.sort(byWeight)[0].id, score: 0.7, evidence: { rule: 'same-surname', name: e.name } };
  },

  mergeProfile(existing: CorpusEntity | null, e: Entity, record: StoryRecord): EntityProfileUpdate {
    const p = profileOf(existing);
    p.articles++;
    p.aliases[e.name] = (p.aliases[e.name] ?? 0) + 1;
    for (const t of e.titles) if (!p.titles.some((x) => x.toLowerCase() === t.toLowerCase())) p.titles.push(t);
    p.affiliation ??= e.affiliation;
    void record;
    // The canonical name: the most used multi-word name, else the most used name.
    const names = Object.entries(p.aliases).sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
    const name = (names.find(([n]) => n.includes(' ')) ?? names[0])[0];
    return { name, type: existing?.type ?? e.type, profile: p as unknown as JsonObject };
  },
};

interface EntitySignature {
  entities: Record<string, number>;
}

const DAY = 86_400_000;

/** The article's most-mentioned corpus entities (people and organisations first). */
function topEntities(record: StoryRecord, ids: Record<string, number>, n = 4): number[] {
  const weight = (e: Entity) => e.mentions.length * (e.type === 'PERSON' || e.type === 'ORG' ? 2 : 1);
  return [...record.entities]
    .filter((e) => ids[e.id] != null)
    .sort((a, b) => weight(b) - weight(a))
    .slice(0, n)
    .map((e) => ids[e.id]);
}

export const entityStoryLinker: Pick<CorpusLinker, 'storyKeys' | 'chooseStory' | 'addToStory'> = {
  storyKeys: (record, ids) => topEntities(record, ids).map((id) => `e:${id}`),

  chooseStory(record, ids, candidates: StoryCandidate[]) {
    const mine = new Set(topEntities(record, ids));
    const when = record.published ? Date.parse(record.published.slice(0, 10)) : NaN;
    let best: { id: number; score: number; evidence: JsonObject } | null = null;
    for (const c of candidates) {
      const theirs = Object.keys((c.signature as unknown as EntitySignature).entities ?? {}).map(Number);
      const shared = theirs.filter((id) => mine.has(id));
      const last = c.lastPublished ? Date.parse(c.lastPublished.slice(0, 10)) : NaN;
      if (Number.isFinite(when) && Number.isFinite(last) && Math.abs(when - last) > 7 * DAY) continue;
      const score = shared.length / Math.max(1, mine.size);
      if (shared.length >= 2 && score >= 0.5 && (!best || score > best.score)) best = { id: c.id, score, evidence: { rule: 'shared-entities', shared } };
    }
    return best;
  },

  addToStory(story, record, ids): StoryUpdate {
    const sig = { entities: { ...((story?.signature as unknown as EntitySignature | undefined)?.entities ?? {}) } };
    for (const id of topEntities(record, ids)) sig.entities[id] = (sig.entities[id] ?? 0) + 1;
    return { title: story?.title ?? record.title ?? record.id, signature: sig as unknown as JsonObject };
  },
};

export function testLinker(): CorpusLinker {
  return { ...nameLinker, ...entityStoryLinker };
}
