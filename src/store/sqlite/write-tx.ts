// WriteTx over better-sqlite3: prepared once per connection, run synchronously inside the
// transaction store.ts opens (the async signatures are the shared interface's, not I/O waits).
import type { Database, Statement } from 'better-sqlite3';
import type { AliasRow, AmountRowWrite, QuoteRowWrite, TitleRow } from '../derived-rows.js';
import { normalizeName } from '../normalize-name.js';
import type { ArticleWrite, CorpusEntity, EntityProfileUpdate, JsonObject, StoryCandidate, StoryUpdate } from '../store.js';
import type { LinkRow, WriteTx } from '../write-tx.js';
import { ProfileCache } from './profile-cache.js';

interface StoryDbRow {
  id: number;
  title: string;
  article_count: number;
  first_published: string | null;
  last_published: string | null;
}

export function sqliteWriteTx(db: Database, cache: ProfileCache): WriteTx & { flush(): void } {
  const s = (sql: string): Statement => db.prepare(sql);
  const q = {
    state: s(`SELECT a.revision, a.content_hash AS contentHash, sa.story_id AS storyId
              FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id WHERE a.id = ?`),
    upsert: s(`INSERT INTO articles (id, url, title, publisher, published, meta, revision, content_hash, updated_at)
               VALUES (@id, @url, @title, @publisher, @published, @meta, @revision, @hash, @now)
               ON CONFLICT (id) DO UPDATE SET url = excluded.url, title = excluded.title, publisher = excluded.publisher,
                 published = excluded.published, meta = excluded.meta, revision = excluded.revision,
                 content_hash = excluded.content_hash, updated_at = excluded.updated_at
               RETURNING rowid`),
    revision: s('INSERT INTO article_revisions (article_id, revision, content_hash, record, created_at) VALUES (?, ?, ?, ?, ?)'),
    ftsDelete: s('DELETE FROM articles_fts WHERE rowid = ?'),
    ftsInsert: s('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)'),
    linkedBefore: s('SELECT DISTINCT entity_id FROM article_entities WHERE article_id = ?').pluck(),
    delLinks: s('DELETE FROM article_entities WHERE article_id = ?'),
    delAliases: s('DELETE FROM entity_aliases WHERE article_id = ?'),
    delTitles: s('DELETE FROM entity_titles WHERE article_id = ?'),
    delQuoteFts: s('DELETE FROM quotes_fts WHERE rowid IN (SELECT id FROM quotes WHERE article_id = ?)'),
    delQuotes: s('DELETE FROM quotes WHERE article_id = ?'),
    delAmounts: s('DELETE FROM amounts WHERE article_id = ?'),
    byKeys: s('SELECT key, entity_id AS id FROM entity_keys WHERE key IN (SELECT value FROM json_each(?))'),
    entitiesById: s('SELECT id, type, name, profile FROM entities WHERE id IN (SELECT value FROM json_each(?))'),
    insEntity: s('INSERT INTO entities (type, name, norm, profile) VALUES (?, ?, ?, ?)'),
    updEntity: s(`UPDATE entities SET type = ?, name = ?, norm = ?, profile = ?, article_count = article_count + ?, quote_count = quote_count + ?
                  WHERE id = ?`),
    updProfile: s('UPDATE entities SET profile = ?, article_count = article_count + ?, quote_count = quote_count + ? WHERE id = ?'),
    entityName: s('SELECT type, name FROM entities WHERE id = ?'),
    storySignature: s('SELECT signature FROM stories WHERE id = ?').pluck(),
    addKey: s('INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?, ?)'),
    insLink: s(`INSERT INTO article_entities (article_id, local_id, entity_id, name, type, mentions, score, evidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    insAlias: s('INSERT INTO entity_aliases (article_id, entity_id, alias, norm, count) VALUES (?, ?, ?, ?, ?)'),
    insTitle: s('INSERT OR IGNORE INTO entity_titles (article_id, entity_id, title, published) VALUES (?, ?, ?, ?)'),
    insQuote: s(`INSERT INTO quotes (article_id, local_id, speaker_id, source, cue, content, direct, published, start, "end")
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    insQuoteFts: s('INSERT INTO quotes_fts (rowid, content) VALUES (?, ?)'),
    insAmount: s(`INSERT INTO amounts (article_id, local_id, value, unit, object, qualifier, min, max, text, context)
                  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    recount: s(`UPDATE entities SET
                  article_count = (SELECT COUNT(DISTINCT article_id) FROM article_entities WHERE entity_id = @id),
                  quote_count = (SELECT COUNT(*) FROM quotes WHERE speaker_id = @id)
                WHERE id = @id`),
    bump: s('UPDATE entities SET article_count = article_count + ?, quote_count = quote_count + ? WHERE id = ?'),
    orphanKeys: s('DELETE FROM entity_keys WHERE entity_id = ? AND NOT EXISTS (SELECT 1 FROM article_entities WHERE entity_id = ?)'),
    orphan: s('DELETE FROM entities WHERE id = ? AND article_count = 0'),
    storyById: s('SELECT id, title, article_count, first_published, last_published FROM stories WHERE id = ?'),
    storiesByKeys: s(`SELECT s.id, s.title, s.article_count, s.first_published, s.last_published FROM stories s WHERE s.id IN (SELECT story_id FROM story_keys WHERE key IN (SELECT value FROM json_each(@keys)))
                      AND (@from IS NULL OR s.last_published IS NULL OR substr(s.last_published, 1, 10) >= @from)
                      AND (@to IS NULL OR s.first_published IS NULL OR substr(s.first_published, 1, 10) <= @to) ORDER BY s.id`),
    insStory: s("INSERT INTO stories (title, signature) VALUES (?, ?)"),
    updStory: s('UPDATE stories SET title = ?, signature = ? WHERE id = ?'),
    addStoryKey: s('INSERT OR IGNORE INTO story_keys (key, story_id) VALUES (?, ?)'),
    linkStory: s(`INSERT INTO story_articles (article_id, story_id, score, evidence) VALUES (?, ?, ?, ?)
                  ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, score = excluded.score, evidence = excluded.evidence`),
    savepoint: s('SAVEPOINT article'),
    release: s('RELEASE article'),
    rollbackTo: s('ROLLBACK TO article'),
    recountStory: s(`UPDATE stories SET (article_count, first_published, last_published) =
                       (SELECT COUNT(*), MIN(a.published), MAX(a.published) FROM story_articles sa
                        JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = @id)
                     WHERE id = @id`),
  };

  const toStory = (r: StoryDbRow): StoryCandidate => {
    let signature = cache.stories.get(r.id);
    if (!signature) {
      signature = JSON.parse(q.storySignature.get(r.id) as string) as JsonObject;
      cache.setStory(r.id, signature);
    }
    return { id: r.id, title: r.title, signature, articleCount: r.article_count, firstPublished: r.first_published, lastPublished: r.last_published };
  };

  return {
    async savepoint() {
      q.savepoint.run();
      cache.savepoint();
    },
    async release() {
      q.release.run();
      cache.release();
    },
    async rollbackToSavepoint() {
      q.rollbackTo.run();
      q.release.run();
      cache.rollback();
    },
    async articleState(key) {
      return (q.state.get(key) as { revision: number; contentHash: string; storyId: number | null } | undefined) ?? null;
    },
    async writeArticle(a: ArticleWrite, revision: number) {
      const now = new Date().toISOString();
      const { rowid } = q.upsert.get({
        id: a.key, url: a.url, title: a.title, publisher: a.publisher, published: a.published,
        meta: JSON.stringify(a.meta), revision, hash: a.contentHash, now,
      }) as { rowid: number };
      q.revision.run(a.key, revision, a.contentHash, a.recordJson ?? JSON.stringify(a.record), now);
      q.ftsDelete.run(rowid);
      cache.articleText.set(rowid, { title: a.title ?? '', text: a.record.text });
    },
    async clearDerived(articleId) {
      const before = q.linkedBefore.all(articleId) as number[];
      for (const del of [q.delLinks, q.delAliases, q.delTitles, q.delQuoteFts, q.delQuotes, q.delAmounts]) del.run(articleId);
      cache.quoteText.delete(articleId);
      return before;
    },
    async entitiesByKeys(keys) {
      const map = new Map<string, CorpusEntity[]>();
      if (keys.length === 0) return map;
      const pairs = q.byKeys.all(JSON.stringify(keys)) as { key: string; id: number }[];
      const missing = [...new Set(pairs.map((p) => p.id))].filter((id) => !cache.entities.has(id));
      if (missing.length) {
        for (const r of q.entitiesById.all(JSON.stringify(missing)) as { id: number; type: string; name: string; profile: string }[]) {
          cache.setEntity({ id: r.id, type: r.type, name: r.name, profile: JSON.parse(r.profile) as JsonObject }, false);
        }
      }
      for (const { key, id } of pairs) {
        const e = cache.entities.get(id);
        if (e) map.set(key, [...(map.get(key) ?? []), e]);
      }
      return map;
    },
    async insertEntity(u: EntityProfileUpdate) {
      // Inserted with an empty profile: the real one is written with the other pending profiles.
      const id = Number(q.insEntity.run(u.type, u.name, normalizeName(u.name), '{}').lastInsertRowid);
      cache.setEntity({ id, ...u }, true);
      return id;
    },
    async updateEntity(id, u) {
      cache.setEntity({ id, ...u }, true);
    },
    /**
     * Writes what the transaction held back (before COMMIT): entity profiles (name and type columns
     * only where they changed) with their count increments, then the full-text rows.
     */
    flush() {
      for (const [id, u] of cache.dirty) {
        const c = cache.counts.get(id) ?? { articles: 0, quotes: 0 };
        const now = q.entityName.get(id) as { type: string; name: string } | undefined;
        if (now && now.type === u.type && now.name === u.name) q.updProfile.run(JSON.stringify(u.profile), c.articles, c.quotes, id);
        else q.updEntity.run(u.type, u.name, normalizeName(u.name), JSON.stringify(u.profile), c.articles, c.quotes, id);
      }
      for (const [id, c] of cache.counts) if (!cache.dirty.has(id)) q.bump.run(c.articles, c.quotes, id);
      for (const [rowid, t] of cache.articleText) q.ftsInsert.run(rowid, t.title, t.text);
      for (const [, rows] of cache.quoteText) for (const [id, content] of rows) q.insQuoteFts.run(id, content);
      for (const m of [cache.dirty, cache.counts, cache.articleText, cache.quoteText]) m.clear();
    },
    async addEntityKeys(id, keys) {
      for (const k of keys) q.addKey.run(k, id);
    },
    async insertLinks(articleId, rows: LinkRow[]) {
      for (const r of rows) q.insLink.run(articleId, r.localId, r.entityId, r.name, r.type, r.mentions, r.score, JSON.stringify(r.evidence));
    },
    async insertAliases(articleId, rows: AliasRow[]) {
      for (const r of rows) q.insAlias.run(articleId, r.entityId, r.alias, r.norm, r.count);
    },
    async insertTitles(articleId, rows: TitleRow[]) {
      for (const r of rows) q.insTitle.run(articleId, r.entityId, r.title, r.published);
    },
    async insertQuotes(articleId, rows: QuoteRowWrite[]) {
      const text: [number, string][] = [];
      for (const r of rows) {
        const id = q.insQuote.run(articleId, r.localId, r.speakerId, r.source, r.cue, r.content, r.direct ? 1 : 0, r.published, r.start, r.end).lastInsertRowid;
        text.push([Number(id), r.content]);
      }
      if (text.length) cache.quoteText.set(articleId, text);
    },
    async insertAmounts(articleId, rows: AmountRowWrite[]) {
      for (const r of rows) q.insAmount.run(articleId, r.localId, r.value, r.unit, r.object, r.qualifier, r.min, r.max, r.text, r.context);
    },
    async refreshEntities(ids) {
      for (const id of ids) {
        // The recount is absolute (it sees this transaction's rows): increments held back are in it.
        cache.counts.delete(id);
        q.recount.run({ id });
        q.orphanKeys.run(id, id);
        q.orphan.run(id);
      }
    },
    async bumpEntities(counts) {
      for (const [id, quotes] of counts) cache.addCounts(id, 1, quotes);
    },
    async storyById(id) {
      const r = q.storyById.get(id) as StoryDbRow | undefined;
      return r ? toStory(r) : null;
    },
    async storiesByKeys(keys, window) {
      if (keys.length === 0) return [];
      return (q.storiesByKeys.all({ keys: JSON.stringify(keys), from: window?.from ?? null, to: window?.to ?? null }) as StoryDbRow[]).map(toStory);
    },
    async insertStory(u: StoryUpdate) {
      const id = Number(q.insStory.run(u.title, JSON.stringify(u.signature)).lastInsertRowid);
      cache.setStory(id, u.signature);
      return id;
    },
    async updateStory(id, u) {
      q.updStory.run(u.title, JSON.stringify(u.signature), id);
      cache.setStory(id, u.signature);
    },
    async addStoryKeys(id, keys) {
      for (const k of keys) q.addStoryKey.run(k, id);
    },
    async linkStory(storyId, articleId, score, evidence) {
      const prev = q.state.get(articleId) as { storyId: number | null } | undefined;
      q.linkStory.run(articleId, storyId, score, JSON.stringify(evidence));
      q.recountStory.run({ id: storyId });
      if (prev?.storyId != null && prev.storyId !== storyId) q.recountStory.run({ id: prev.storyId });
    },
  };
}
