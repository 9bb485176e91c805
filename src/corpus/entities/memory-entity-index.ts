// A reference, in-memory version of what a store does with the entity API: key index, candidate
// look-up, match, merge, re-index. Used by the tests and the PolNeAR evaluation script; a database
// store follows the same steps with tables for profiles and keys.
import type { StoryRecord } from '../../core/record.js';
import { articleEntities } from './article-entities.js';
import { entityKeys, profileKeys } from './entity-keys.js';
import { matchEntity } from './match-entity.js';
import { mergeProfile } from './merge-profile.js';
import type { EntityMatch, EntityProfile } from './types.js';

export class MemoryEntityIndex {
  readonly profiles = new Map<string, EntityProfile>();
  private readonly keys = new Map<string, Set<string>>();

  /** Resolves one article's entities; returns record entity id -> profile id. */
  addArticle(record: Pick<StoryRecord, 'id' | 'published' | 'text' | 'entities'>): Map<string, string> {
    const resolved = new Map<string, string>();
    const ref = { articleId: record.id, date: record.published?.slice(0, 10) ?? null };
    const claimed = new Set<string>();
    for (const { ids, entity } of articleEntities(record)) {
      const candidates = this.candidates(entityKeys(entity)).filter((p) => !claimed.has(p.id));
      const match: EntityMatch | null = matchEntity(entity, candidates);
      const before = match ? this.profiles.get(match.id)! : null;
      if (before) this.unindex(before);
      const after = mergeProfile(before, entity, ref, match ?? undefined);
      this.profiles.set(after.id, after);
      this.index(after);
      // Two entities of one article are two actors: the second cannot join the first's profile.
      claimed.add(after.id);
      for (const id of ids) resolved.set(id, after.id);
    }
    return resolved;
  }

  candidates(keys: string[]): EntityProfile[] {
    const ids = new Set<string>();
    for (const k of keys) for (const id of this.keys.get(k) ?? []) ids.add(id);
    return [...ids].map((id) => this.profiles.get(id)!);
  }

  private index(p: EntityProfile): void {
    for (const k of profileKeys(p)) {
      let set = this.keys.get(k);
      if (!set) this.keys.set(k, (set = new Set()));
      set.add(p.id);
    }
  }

  private unindex(p: EntityProfile): void {
    for (const k of profileKeys(p)) this.keys.get(k)?.delete(p.id);
  }
}
