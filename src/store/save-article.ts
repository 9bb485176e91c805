// Writes one article inside an open transaction: skip when the content hash is unchanged, else store a
// new revision, replace its derived rows, link each of its entities to a corpus entity (matching
// candidates fetched by blocking keys) and put it in a story. Backend-neutral: only WriteTx calls.
import type { StoryRecord } from '../core/record.js';
import { aliasRows, amountRows, quoteRows, titleRows, type QuoteRowWrite } from './derived-rows.js';
import type { ArticleWrite, CorpusLinker, SaveResult } from './store.js';
import type { LinkRow, WriteTx } from './write-tx.js';

export async function saveArticle(tx: WriteTx, article: ArticleWrite, linker: CorpusLinker): Promise<SaveResult> {
  const prev = await tx.articleState(article.key);
  if (prev && prev.contentHash === article.contentHash) {
    return { articleId: article.key, status: 'unchanged', revision: prev.revision, entityIds: {}, storyId: prev.storyId };
  }
  const revision = (prev?.revision ?? 0) + 1;
  const record: StoryRecord = { ...article.record, id: article.key };
  // The record's JSON text (from a thread) is stored as it is only when it already names the key.
  const recordJson = article.record.id === article.key ? article.recordJson : undefined;
  await tx.writeArticle({ ...article, record, recordJson }, revision);
  const before = prev ? await tx.clearDerived(article.key) : [];

  const { ids, links } = await linkEntities(tx, record, linker);
  await tx.insertLinks(article.key, links);
  await tx.insertAliases(article.key, aliasRows(record, ids));
  await tx.insertTitles(article.key, titleRows(record, ids));
  const quotes = quoteRows(record, ids);
  await tx.insertQuotes(article.key, quotes);
  await tx.insertAmounts(article.key, amountRows(record));
  const linked = [...new Set(Object.values(ids))];
  if (prev) await tx.refreshEntities([...new Set([...before, ...linked])]);
  else await tx.bumpEntities(quoteCounts(linked, quotes));

  const storyId = await placeInStory(tx, record, ids, prev?.storyId ?? null, linker);
  return { articleId: article.key, status: prev ? 'revised' : 'inserted', revision, entityIds: ids, storyId };
}

/**
 * Writes several articles in the caller's one transaction, each inside its own savepoint: a failing
 * article is undone alone and returned as its Error; the others stay. Either way no half article.
 */
export async function saveArticles(tx: WriteTx, articles: ArticleWrite[], linker: CorpusLinker): Promise<(SaveResult | Error)[]> {
  const results: (SaveResult | Error)[] = [];
  for (const article of articles) {
    await tx.savepoint();
    try {
      results.push(await saveArticle(tx, article, linker));
      await tx.release();
    } catch (err) {
      await tx.rollbackToSavepoint();
      results.push(err instanceof Error ? err : new Error(String(err)));
    }
  }
  return results;
}

async function linkEntities(tx: WriteTx, record: StoryRecord, linker: CorpusLinker): Promise<{ ids: Record<string, number>; links: LinkRow[] }> {
  const byId = new Map(record.entities.map((e) => [e.id, e]));
  const groups = (linker.groupEntities?.(record) ?? record.entities.map((e) => [e.id]))
    .map((ids) => ids.map((id) => byId.get(id)).filter((e) => e !== undefined))
    .filter((g) => g.length > 0);
  const keysOf = new Map(groups.map((g) => [g[0].id, linker.entityKeys(g[0], record)]));
  const byKey = await tx.entitiesByKeys([...new Set([...keysOf.values()].flat())]);
  const ids: Record<string, number> = {};
  const links: LinkRow[] = [];
  const taken = new Set<number>();
  for (const group of groups) {
    const e = group[0];
    const keys = keysOf.get(e.id) ?? [];
    // Two actors of one article are two actors (the article's own coreference and the linker's
    // grouping already joined its names), so a corpus entity claimed by one is no candidate for the next.
    const candidates = uniqueById(keys.flatMap((k) => byKey.get(k) ?? [])).filter((c) => !taken.has(c.id));
    const match = linker.matchEntity(e, record, candidates);
    const existing = match ? (candidates.find((c) => c.id === match.id) ?? null) : null;
    const update = linker.mergeProfile(existing, e, record);
    let id: number;
    if (match) {
      id = match.id;
      await tx.updateEntity(id, update);
    } else {
      id = await tx.insertEntity(update);
    }
    // Keys under which the entity was found are indexed already.
    const fresh = keys.filter((k) => !(byKey.get(k) ?? []).some((c) => c.id === id));
    if (fresh.length) await tx.addEntityKeys(id, fresh);
    taken.add(id);
    for (const member of group) {
      ids[member.id] = id;
      links.push({
        localId: member.id,
        entityId: id,
        name: member.name,
        type: member.type,
        mentions: member.mentions.length,
        score: match?.score ?? 1,
        evidence: match?.evidence ?? { created: true },
      });
    }
  }
  return { ids, links };
}

/** Entity id -> quotes it speaks in this article (0 for entities that only appear). */
function quoteCounts(linked: number[], quotes: QuoteRowWrite[]): Map<number, number> {
  const counts = new Map(linked.map((id) => [id, 0]));
  for (const q of quotes) if (q.speakerId != null) counts.set(q.speakerId, (counts.get(q.speakerId) ?? 0) + 1);
  return counts;
}

function uniqueById<T extends { id: number }>(items: T[]): T[] {
  const seen = new Set<number>();
  return items.filter((i) => (seen.has(i.id) ? false : (seen.add(i.id), true)));
}

async function placeInStory(tx: WriteTx, record: StoryRecord, entityIds: Record<string, number>, current: number | null, linker: CorpusLinker): Promise<number> {
  const keys = linker.storyKeys(record, entityIds);
  let story = current == null ? null : await tx.storyById(current);
  let score = 1;
  let evidence: Record<string, unknown> = { revision: true };
  if (!story) {
    const candidates = await tx.storiesByKeys(keys, linker.storyWindow?.(record) ?? null);
    const match = linker.chooseStory(record, entityIds, candidates);
    story = match ? (candidates.find((c) => c.id === match.id) ?? null) : null;
    score = match?.score ?? 1;
    evidence = match?.evidence ?? { created: true };
  }
  const update = linker.addToStory(story, record, entityIds);
  const id = story ? story.id : await tx.insertStory(update);
  if (story) await tx.updateStory(id, update);
  await tx.addStoryKeys(id, keys);
  await tx.linkStory(id, record.id, score, evidence);
  return id;
}
