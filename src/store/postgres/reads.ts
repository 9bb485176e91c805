// Read queries over the PostgreSQL schema: articles, quotes (tsvector full-text), entities, stories,
// amounts. Each returns the plain shapes store.ts declares, identical to sqlite/reads.ts.
import type { Pool } from 'pg';
import type { StoryRecord } from '../../core/record.js';
import { normalizeName } from '../normalize-name.js';
import { articleSummary as summary, entitySummary, storySummary as storySummaryOf, type Row } from '../row-mappers.js';
import { tsQuery } from '../search-terms.js';
import type {
  AmountRow, ArticleFilter, ArticleSummary, EntityDetail, EntitySummary, JsonObject, QuoteQuery, QuoteRow, StoredArticle, StoryDetail, StorySummary,
} from '../store.js';

const PAGE = 200;
const storySummary = (r: Row): StorySummary => storySummaryOf(r, (r.publishers as string[] | null) ?? []);

/** Builds WHERE clauses with numbered parameters. */
class Where {
  readonly clauses: string[] = [];
  readonly params: unknown[] = [];
  add(clause: (p: string) => string, param: unknown): void {
    this.params.push(param);
    this.clauses.push(clause(`$${this.params.length}`));
  }
  next(param: unknown): string {
    this.params.push(param);
    return `$${this.params.length}`;
  }
  sql(): string {
    return this.clauses.length ? `WHERE ${this.clauses.join(' AND ')}` : '';
  }
}

function articleWhere(f: ArticleFilter): Where {
  const w = new Where();
  if (f.storyId != null) w.add((p) => `a.id IN (SELECT article_id FROM story_articles WHERE story_id = ${p})`, f.storyId);
  if (f.since) w.add((p) => `substr(a.published, 1, 10) >= ${p}`, f.since);
  if (f.until) w.add((p) => `substr(a.published, 1, 10) <= ${p}`, f.until);
  if (f.q != null) w.add((p) => `a.search @@ to_tsquery('english', ${p})`, tsQuery(f.q) || 'nonexistentterm');
  return w;
}

export function pgReads(pool: Pool) {
  const all = async (sql: string, params: unknown[] = []): Promise<Row[]> => (await pool.query(sql, params)).rows as Row[];
  const entityIdsOf = async (articleIds: string[]): Promise<Map<string, Record<string, number>>> => {
    const map = new Map<string, Record<string, number>>(articleIds.map((id) => [id, {}]));
    for (const l of await all('SELECT article_id, local_id, entity_id FROM article_entities WHERE article_id = ANY($1)', [articleIds])) {
      map.get(l.article_id as string)![l.local_id as string] = l.entity_id as number;
    }
    return map;
  };
  const stored = (r: Row, ids: Record<string, number>): StoredArticle => ({
    record: r.record as StoryRecord,
    meta: { ...summary(r), meta: r.meta as JsonObject },
    entityIds: ids,
  });
  const WITH_RECORD = `SELECT a.id, a.url, a.title, a.publisher, a.published, a.meta, a.revision, sa.story_id, r.record
    FROM articles a JOIN article_revisions r ON r.article_id = a.id AND r.revision = a.revision LEFT JOIN story_articles sa ON sa.article_id = a.id`;
  const SUMMARY = `SELECT a.id, a.url, a.title, a.publisher, a.published, a.revision, sa.story_id FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id`;

  async function findEntities(name: string, limit: number): Promise<EntitySummary[]> {
    const norm = normalizeName(name);
    // Exact canonical names first, then entities that were called this, by how often.
    return (await all(`SELECT * FROM (
        SELECT e.*, 2 AS rank, e.article_count::bigint AS weight FROM entities e WHERE e.norm = $1
        UNION ALL
        SELECT e.*, 1 AS rank, SUM(al.count)::bigint AS weight FROM entity_aliases al JOIN entities e ON e.id = al.entity_id
        WHERE al.norm = $1 AND e.norm <> $1 GROUP BY e.id) x
      ORDER BY rank DESC, weight DESC, id LIMIT $2`, [norm, limit])).map(entitySummary);
  }

  return {
    async article(id: string): Promise<StoredArticle | null> {
      const [r] = await all(`${WITH_RECORD} WHERE a.id = $1`, [id]);
      return r ? stored(r, (await entityIdsOf([id])).get(id)!) : null;
    },

    async *articles(filter: ArticleFilter): AsyncIterable<StoredArticle> {
      let after: [string, string] = ['', ''];
      let left = filter.limit ?? Infinity;
      for (;;) {
        const w = articleWhere(filter);
        w.add((p) => `(coalesce(a.published, ''), a.id) > (${p}, ${w.next(after[1])})`, after[0]);
        const rows = await all(`${WITH_RECORD} ${w.sql()} ORDER BY coalesce(a.published, ''), a.id LIMIT ${w.next(Math.min(PAGE, left))}`, w.params);
        const ids = await entityIdsOf(rows.map((r) => r.id as string));
        for (const r of rows) yield stored(r, ids.get(r.id as string)!);
        left -= rows.length;
        if (rows.length < PAGE || left <= 0) return;
        const last = rows[rows.length - 1];
        after = [(last.published as string | null) ?? '', last.id as string];
      }
    },

    async listArticles(filter: ArticleFilter): Promise<ArticleSummary[]> {
      const w = articleWhere(filter);
      return (await all(`${SUMMARY} ${w.sql()} ORDER BY a.published DESC NULLS LAST, a.id LIMIT ${w.next(filter.limit ?? 50)} OFFSET ${w.next(filter.offset ?? 0)}`, w.params)).map(summary);
    },

    async quotes(query: QuoteQuery): Promise<QuoteRow[]> {
      const w = new Where();
      if (query.speaker != null || query.speakerId != null) {
        const id = query.speakerId ?? (await findEntities(query.speaker ?? '', 1))[0]?.id;
        if (id == null) return [];
        w.add((p) => `q.speaker_id = ${p}`, id);
      }
      if (query.about != null) {
        const match = tsQuery(query.about);
        if (match === '') return [];
        w.add((p) => `q.search @@ to_tsquery('english', ${p})`, match);
      }
      if (query.since) w.add((p) => `substr(q.published, 1, 10) >= ${p}`, query.since);
      if (query.until) w.add((p) => `substr(q.published, 1, 10) <= ${p}`, query.until);
      if (query.articleId) w.add((p) => `q.article_id = ${p}`, query.articleId);
      if (query.storyId != null) w.add((p) => `q.article_id IN (SELECT article_id FROM story_articles WHERE story_id = ${p})`, query.storyId);
      const rows = await all(`SELECT q.id, q.speaker_id, coalesce(e.name, q.source) AS speaker, q.cue, q.content, q.direct, q.published,
          a.id AS article_id, a.title, a.publisher, a.url
        FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker_id
        ${w.sql()} ORDER BY q.published DESC NULLS LAST, a.id, q.start LIMIT ${w.next(query.limit ?? 100)} OFFSET ${w.next(query.offset ?? 0)}`, w.params);
      return rows.map((r) => ({
        id: r.id as number,
        speakerId: r.speaker_id as number | null,
        speaker: r.speaker as string | null,
        cue: r.cue as string | null,
        content: r.content as string,
        direct: r.direct as boolean,
        date: r.published as string | null,
        article: { id: r.article_id as string, title: r.title as string | null, publisher: r.publisher as string | null, url: r.url as string | null },
      }));
    },

    findEntities,

    async topEntities(o: { type?: string; limit?: number; offset?: number }): Promise<EntitySummary[]> {
      const rows = o.type
        ? await all('SELECT * FROM entities WHERE type = $1 ORDER BY article_count DESC, id LIMIT $2 OFFSET $3', [o.type, o.limit ?? 50, o.offset ?? 0])
        : await all('SELECT * FROM entities ORDER BY article_count DESC, id LIMIT $1 OFFSET $2', [o.limit ?? 50, o.offset ?? 0]);
      return rows.map(entitySummary);
    },

    async entity(id: number): Promise<EntityDetail | null> {
      const [r] = await all('SELECT * FROM entities WHERE id = $1', [id]);
      if (!r) return null;
      return {
        ...entitySummary(r),
        aliases: (await all('SELECT alias, SUM(count)::int AS count FROM entity_aliases WHERE entity_id = $1 GROUP BY alias ORDER BY count DESC, alias', [id])) as EntityDetail['aliases'],
        titles: (await all(`SELECT title, MIN(published) AS first, MAX(published) AS last, COUNT(*)::int AS count FROM entity_titles
                            WHERE entity_id = $1 GROUP BY title ORDER BY first, title`, [id])) as EntityDetail['titles'],
        publishers: (await all(`SELECT DISTINCT a.publisher FROM article_entities ae JOIN articles a ON a.id = ae.article_id
                                WHERE ae.entity_id = $1 AND a.publisher IS NOT NULL ORDER BY a.publisher`, [id])).map((p) => p.publisher as string),
        evidence: (await all('SELECT article_id, local_id, name, score, evidence FROM article_entities WHERE entity_id = $1 ORDER BY article_id, local_id', [id]))
          .map((e) => ({ articleId: e.article_id as string, localId: e.local_id as string, name: e.name as string, score: e.score as number, evidence: e.evidence as JsonObject })),
      };
    },

    async stories(o: { limit?: number; offset?: number }): Promise<StorySummary[]> {
      return (await all(`SELECT s.*, (SELECT array_agg(DISTINCT a.publisher) FROM story_articles sa JOIN articles a ON a.id = sa.article_id
            WHERE sa.story_id = s.id AND a.publisher IS NOT NULL) AS publishers
          FROM stories s WHERE s.article_count > 0 ORDER BY s.article_count DESC, s.last_published DESC NULLS LAST, s.id LIMIT $1 OFFSET $2`,
        [o.limit ?? 50, o.offset ?? 0])).map(storySummary);
    },

    async story(id: number): Promise<StoryDetail | null> {
      const [r] = await all('SELECT * FROM stories WHERE id = $1', [id]);
      if (!r) return null;
      const articles = (await all(`${SUMMARY} WHERE sa.story_id = $1 ORDER BY a.published, a.id`, [id])).map(summary);
      const entities = (await all(`SELECT e.id, e.name, e.type, COUNT(DISTINCT ae.article_id)::int AS articles FROM story_articles sa
          JOIN article_entities ae ON ae.article_id = sa.article_id JOIN entities e ON e.id = ae.entity_id
          WHERE sa.story_id = $1 GROUP BY e.id ORDER BY articles DESC, e.id LIMIT 50`, [id])) as StoryDetail['entities'];
      const publishers = [...new Set(articles.map((a) => a.publisher).filter((p): p is string => p != null))].sort();
      return { ...storySummary(r), publishers, articles, entities };
    },

    async storyAmounts(storyId: number): Promise<AmountRow[]> {
      return (await all(`SELECT m.*, a.publisher, a.published FROM amounts m JOIN articles a ON a.id = m.article_id
          WHERE m.article_id IN (SELECT article_id FROM story_articles WHERE story_id = $1) ORDER BY a.published, m.article_id, m.id`, [storyId]))
        .map((m) => ({
          articleId: m.article_id as string, publisher: m.publisher as string | null, published: m.published as string | null,
          localId: m.local_id as string, value: m.value as number, unit: m.unit as string, object: m.object as string | null,
          qualifier: m.qualifier as string, min: m.min as number | null, max: m.max as number | null, text: m.text as string, context: m.context as string,
        }));
    },

    async counts(): Promise<Record<string, number>> {
      const tables = ['articles', 'article_revisions', 'entities', 'entity_keys', 'article_entities', 'entity_aliases', 'entity_titles',
        'quotes', 'amounts', 'stories', 'story_keys', 'story_articles'];
      const [r] = await all(`SELECT ${tables.map((t) => `(SELECT COUNT(*)::int FROM ${t}) AS ${t}`).join(', ')}`);
      return r as Record<string, number>;
    },
  };
}
