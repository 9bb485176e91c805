// Use case: undo a wrong merge. The store moves the given articles' links, aliases, titles and quotes
// from entity `id` to a new entity; then both entities' matching profiles (the JSON the linker merges
// articles into) are rebuilt from the articles each now holds. Without that, the old profile kept the
// moved actor's names and titles and the new one started empty, so the next article about either
// could join the wrong one again.
import { articleEntities, rebuildProfile, type ArticleEntity } from '../corpus/entities/index.js';
import type { Store } from '../store/store.js';

export async function splitEntity(store: Store, id: number, articleIds: string[]): Promise<number> {
  const created = await store.splitEntity(id, articleIds);
  for (const entityId of [id, created]) await rebuildEntityProfile(store, entityId);
  return created;
}

/** Rebuilds one entity's profile from the article entities linked to it, oldest article first. */
export async function rebuildEntityProfile(store: Store, id: number): Promise<void> {
  const detail = await store.entity(id);
  if (!detail) return;
  const localIds = new Map<string, Set<string>>();
  for (const e of detail.evidence) localIds.set(e.articleId, (localIds.get(e.articleId) ?? new Set()).add(e.localId));
  const entries: { entity: ArticleEntity['entity']; ref: { articleId: string; date: string | null } }[] = [];
  for (const [articleId, ids] of localIds) {
    const stored = await store.article(articleId);
    if (!stored) continue;
    const { record } = stored;
    const date = record.published?.slice(0, 10) ?? null;
    // The linker merged whole groups of the article's entities (articleEntities): one entry per group.
    for (const group of articleEntities(record)) {
      if (group.ids.some((local) => ids.has(local))) entries.push({ entity: group.entity, ref: { articleId, date } });
    }
  }
  entries.sort((a, b) => (a.ref.date ?? '').localeCompare(b.ref.date ?? '') || a.ref.articleId.localeCompare(b.ref.articleId));
  const profile = rebuildProfile(String(id), entries);
  if (!profile) return;
  const { id: _id, ...rest } = profile;
  await store.setEntityProfile(id, { name: profile.name, type: profile.type, profile: rest });
}
