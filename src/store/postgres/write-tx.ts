// WriteTx over one pg client inside an open transaction. Rows of a kind go in one INSERT ... SELECT
// FROM unnest(...) statement, so an article costs a few dozen round trips, not one per quote.
import type { PoolClient } from 'pg';
import type { AliasRow, AmountRowWrite, QuoteRowWrite, TitleRow } from '../derived-rows.js';
import { normalizeName } from '../normalize-name.js';
import type { ArticleWrite, CorpusEntity, EntityProfileUpdate, JsonObject, StoryCandidate, StoryUpdate } from '../store.js';
import type { LinkRow, WriteTx } from '../write-tx.js';

interface StoryDbRow {
  id: number;
  title: string;
  signature: JsonObject;
  article_count: number;
  first_published: string | null;
  last_published: string | null;
}

export const toStory = (r: StoryDbRow): StoryCandidate => ({
  id: r.id,
  title: r.title,
  signature: r.signature,
  articleCount: r.article_count,
  firstPublished: r.first_published,
  lastPublished: r.last_published,
});

/** INSERT of many rows as parallel arrays: columns with their PostgreSQL element types. */
async function insertMany(c: PoolClient, table: string, columns: [name: string, type: string][], rows: unknown[][], conflict = ''): Promise<void> {
  if (rows.length === 0) return;
  const arrays = columns.map((_, i) => rows.map((r) => r[i]));
  const unnest = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  await c.query(`INSERT INTO ${table} (${columns.map(([n]) => `"${n}"`).join(', ')}) SELECT * FROM unnest(${unnest}) ${conflict}`, arrays);
}

export function pgWriteTx(c: PoolClient): WriteTx {
  return {
    async savepoint() {
      await c.query('SAVEPOINT article');
    },
    async release() {
      await c.query('RELEASE SAVEPOINT article');
    },
    async rollbackToSavepoint() {
      await c.query('ROLLBACK TO SAVEPOINT article; RELEASE SAVEPOINT article');
    },
    async articleState(key) {
      const { rows } = await c.query(`SELECT a.revision, a.content_hash AS "contentHash", sa.story_id AS "storyId"
        FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id WHERE a.id = $1`, [key]);
      return (rows[0] as { revision: number; contentHash: string; storyId: number | null } | undefined) ?? null;
    },
    async writeArticle(a: ArticleWrite, revision: number) {
      await c.query(`INSERT INTO articles (id, url, title, publisher, published, meta, revision, content_hash, updated_at, search)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now(), setweight(to_tsvector('english', coalesce($3, '')), 'A') || to_tsvector('english', $9))
          ON CONFLICT (id) DO UPDATE SET url = excluded.url, title = excluded.title, publisher = excluded.publisher,
            published = excluded.published, meta = excluded.meta, revision = excluded.revision,
            content_hash = excluded.content_hash, updated_at = excluded.updated_at, search = excluded.search`,
        [a.key, a.url, a.title, a.publisher, a.published, JSON.stringify(a.meta), revision, a.contentHash, a.record.text]);
      await c.query('INSERT INTO article_revisions (article_id, revision, content_hash, record, created_at) VALUES ($1, $2, $3, $4, now())',
        [a.key, revision, a.contentHash, a.recordJson ?? JSON.stringify(a.record)]);
    },
    async clearDerived(articleId) {
      const { rows } = await c.query<{ entity_id: number }>('SELECT DISTINCT entity_id FROM article_entities WHERE article_id = $1', [articleId]);
      for (const table of ['article_entities', 'entity_aliases', 'entity_titles', 'quotes', 'amounts']) {
        await c.query(`DELETE FROM ${table} WHERE article_id = $1`, [articleId]);
      }
      return rows.map((r) => r.entity_id);
    },
    async entitiesByKeys(keys) {
      const map = new Map<string, CorpusEntity[]>();
      if (keys.length === 0) return map;
      const { rows } = await c.query<{ key: string; id: number; type: string; name: string; profile: JsonObject }>(
        'SELECT k.key, e.id, e.type, e.name, e.profile FROM entity_keys k JOIN entities e ON e.id = k.entity_id WHERE k.key = ANY($1)', [keys]);
      const seen = new Map<number, CorpusEntity>();
      for (const r of rows) {
        let e = seen.get(r.id);
        if (!e) seen.set(r.id, (e = { id: r.id, type: r.type, name: r.name, profile: r.profile }));
        map.set(r.key, [...(map.get(r.key) ?? []), e]);
      }
      return map;
    },
    async insertEntity(u: EntityProfileUpdate) {
      const { rows } = await c.query<{ id: number }>('INSERT INTO entities (type, name, norm, profile) VALUES ($1, $2, $3, $4) RETURNING id',
        [u.type, u.name, normalizeName(u.name), JSON.stringify(u.profile)]);
      return rows[0].id;
    },
    async updateEntity(id, u) {
      await c.query('UPDATE entities SET type = $1, name = $2, norm = $3, profile = $4 WHERE id = $5', [u.type, u.name, normalizeName(u.name), JSON.stringify(u.profile), id]);
    },
    async addEntityKeys(id, keys) {
      await insertMany(c, 'entity_keys', [['key', 'text'], ['entity_id', 'int']], keys.map((k) => [k, id]), 'ON CONFLICT DO NOTHING');
    },
    async insertLinks(articleId, rows: LinkRow[]) {
      await insertMany(c, 'article_entities',
        [['article_id', 'text'], ['local_id', 'text'], ['entity_id', 'int'], ['name', 'text'], ['type', 'text'], ['mentions', 'int'], ['score', 'float8'], ['evidence', 'jsonb']],
        rows.map((r) => [articleId, r.localId, r.entityId, r.name, r.type, r.mentions, r.score, JSON.stringify(r.evidence)]));
    },
    async insertAliases(articleId, rows: AliasRow[]) {
      await insertMany(c, 'entity_aliases', [['article_id', 'text'], ['entity_id', 'int'], ['alias', 'text'], ['norm', 'text'], ['count', 'int']],
        rows.map((r) => [articleId, r.entityId, r.alias, r.norm, r.count]));
    },
    async insertTitles(articleId, rows: TitleRow[]) {
      await insertMany(c, 'entity_titles', [['article_id', 'text'], ['entity_id', 'int'], ['title', 'text'], ['published', 'text']],
        rows.map((r) => [articleId, r.entityId, r.title, r.published]), 'ON CONFLICT DO NOTHING');
    },
    async insertQuotes(articleId, rows: QuoteRowWrite[]) {
      await insertMany(c, 'quotes',
        [['article_id', 'text'], ['local_id', 'text'], ['speaker_id', 'int'], ['source', 'text'], ['cue', 'text'], ['content', 'text'], ['direct', 'bool'], ['published', 'text'], ['start', 'int'], ['end', 'int']],
        rows.map((r) => [articleId, r.localId, r.speakerId, r.source, r.cue, r.content, r.direct, r.published, r.start, r.end]));
    },
    async insertAmounts(articleId, rows: AmountRowWrite[]) {
      await insertMany(c, 'amounts',
        [['article_id', 'text'], ['local_id', 'text'], ['value', 'float8'], ['unit', 'text'], ['object', 'text'], ['qualifier', 'text'], ['min', 'float8'], ['max', 'float8'], ['text', 'text'], ['context', 'text']],
        rows.map((r) => [articleId, r.localId, r.value, r.unit, r.object, r.qualifier, r.min, r.max, r.text, r.context]));
    },
    async refreshEntities(ids) {
      if (ids.length === 0) return;
      await c.query(`UPDATE entities e SET
          article_count = (SELECT COUNT(DISTINCT article_id) FROM article_entities WHERE entity_id = e.id),
          quote_count = (SELECT COUNT(*) FROM quotes WHERE speaker_id = e.id)
        WHERE e.id = ANY($1)`, [ids]);
      await c.query('DELETE FROM entity_keys WHERE entity_id = ANY($1) AND entity_id IN (SELECT id FROM entities WHERE article_count = 0)', [ids]);
      await c.query('DELETE FROM entities WHERE id = ANY($1) AND article_count = 0', [ids]);
    },
    async bumpEntities(counts) {
      if (counts.size === 0) return;
      await c.query(`UPDATE entities e SET article_count = e.article_count + 1, quote_count = e.quote_count + b.quotes
          FROM unnest($1::int[], $2::int[]) AS b(id, quotes) WHERE e.id = b.id`, [[...counts.keys()], [...counts.values()]]);
    },
    async storyById(id) {
      const { rows } = await c.query<StoryDbRow>('SELECT * FROM stories WHERE id = $1', [id]);
      return rows[0] ? toStory(rows[0]) : null;
    },
    async storiesByKeys(keys, window) {
      if (keys.length === 0) return [];
      const { rows } = await c.query<StoryDbRow>(`SELECT * FROM stories s WHERE s.id IN (SELECT story_id FROM story_keys WHERE key = ANY($1))
          AND ($2::text IS NULL OR s.last_published IS NULL OR substr(s.last_published, 1, 10) >= $2)
          AND ($3::text IS NULL OR s.first_published IS NULL OR substr(s.first_published, 1, 10) <= $3) ORDER BY s.id`,
        [keys, window?.from ?? null, window?.to ?? null]);
      return rows.map(toStory);
    },
    async insertStory(u: StoryUpdate) {
      const { rows } = await c.query<{ id: number }>('INSERT INTO stories (title, signature) VALUES ($1, $2) RETURNING id', [u.title, JSON.stringify(u.signature)]);
      return rows[0].id;
    },
    async updateStory(id, u) {
      await c.query('UPDATE stories SET title = $1, signature = $2 WHERE id = $3', [u.title, JSON.stringify(u.signature), id]);
    },
    async addStoryKeys(id, keys) {
      await insertMany(c, 'story_keys', [['key', 'text'], ['story_id', 'int']], keys.map((k) => [k, id]), 'ON CONFLICT DO NOTHING');
    },
    async linkStory(storyId, articleId, score, evidence) {
      const { rows } = await c.query<{ story_id: number }>('SELECT story_id FROM story_articles WHERE article_id = $1', [articleId]);
      await c.query(`INSERT INTO story_articles (article_id, story_id, score, evidence) VALUES ($1, $2, $3, $4)
          ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, score = excluded.score, evidence = excluded.evidence`,
        [articleId, storyId, score, JSON.stringify(evidence)]);
      const recount = `UPDATE stories SET (article_count, first_published, last_published) =
          (SELECT COUNT(*)::int, MIN(a.published), MAX(a.published) FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = $1)
        WHERE id = $1`;
      await c.query(recount, [storyId]);
      const prev = rows[0]?.story_id;
      if (prev != null && prev !== storyId) await c.query(recount, [prev]);
    },
  };
}
