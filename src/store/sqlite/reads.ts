// Read queries over the SQLite schema: articles, quotes (FTS5), entities, stories, amounts.
// Each returns the plain shapes store.ts declares, identical to postgres/reads.ts.
import type { Database } from 'better-sqlite3';
import type { StoryRecord } from '../../core/record.js';
import { normalizeName } from '../normalize-name.js';
import { articleSummary as summary, entitySummary, storySummary as storySummaryOf, type Row } from '../row-mappers.js';
import { fts5Query } from '../search-terms.js';
import type {
  AmountRow, ArticleFilter, ArticleSummary, EntityDetail, EntitySummary, JsonObject, QuoteQuery, QuoteRow, StoredArticle, StoryDetail, StorySummary,
} from '../store.js';

const PAGE = 200;
const storySummary = (r: Row): StorySummary => storySummaryOf(r, r.publishers ? (r.publishers as string).split(',') : []);

/** WHERE clauses and parameters for an article filter (alias a = articles). */
function articleWhere(f: ArticleFilter): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, param: unknown) => {
    clauses.push(clause);
    params.push(param);
  };
  if (f.storyId != null) add('a.id IN (SELECT article_id FROM story_articles WHERE story_id = ?)', f.storyId);
  if (f.since) add('substr(a.published, 1, 10) >= ?', f.since);
  if (f.until) add('substr(a.published, 1, 10) <= ?', f.until);
  if (f.q != null) add('a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)', fts5Query(f.q) || '""');
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export function sqliteReads(db: Database) {
  const links = db.prepare('SELECT local_id, entity_id FROM article_entities WHERE article_id = ?');
  const entityIdsOf = (articleId: string): Record<string, number> =>
    Object.fromEntries((links.all(articleId) as { local_id: string; entity_id: number }[]).map((l) => [l.local_id, l.entity_id]));
  const stored = (r: Row): StoredArticle => ({
    record: JSON.parse(r.record as string) as StoryRecord,
    meta: { ...summary(r), meta: JSON.parse(r.meta as string) as JsonObject },
    entityIds: entityIdsOf(r.id as string),
  });
  const ARTICLE_SELECT = `SELECT a.*, sa.story_id FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id`;

  function findEntities(name: string, limit: number): EntitySummary[] {
    const norm = normalizeName(name);
    // Exact canonical names first, then entities that were called this, by how often.
    return (db.prepare(`SELECT e.*, 2 AS rank, e.article_count AS weight FROM entities e WHERE e.norm = ?
        UNION ALL
        SELECT e.*, 1 AS rank, SUM(al.count) AS weight FROM entity_aliases al JOIN entities e ON e.id = al.entity_id
        WHERE al.norm = ? AND e.norm <> ? GROUP BY e.id
        ORDER BY rank DESC, weight DESC, id LIMIT ?`).all(norm, norm, norm, limit) as Row[]).map(entitySummary);
  }

  return {
    article(id: string): Promise<StoredArticle | null> {
      const r = db.prepare(`SELECT a.*, sa.story_id, r.record FROM articles a JOIN article_revisions r ON r.article_id = a.id AND r.revision = a.revision
                            LEFT JOIN story_articles sa ON sa.article_id = a.id WHERE a.id = ?`).get(id) as Row | undefined;
      return Promise.resolve(r ? stored(r) : null);
    },

    /** Pages through by (published, id) so no statement stays open while the caller awaits. */
    async *articles(filter: ArticleFilter): AsyncIterable<StoredArticle> {
      const { where, params } = articleWhere(filter);
      const cond = where ? `${where} AND` : 'WHERE';
      const stmt = db.prepare(`SELECT a.*, sa.story_id, r.record FROM articles a JOIN article_revisions r ON r.article_id = a.id AND r.revision = a.revision
        LEFT JOIN story_articles sa ON sa.article_id = a.id
        ${cond} (coalesce(a.published, ''), a.id) > (?, ?) ORDER BY coalesce(a.published, ''), a.id LIMIT ?`);
      let after: [string, string] = ['', ''];
      let left = filter.limit ?? Infinity;
      for (;;) {
        const rows = stmt.all(...params, ...after, Math.min(PAGE, left)) as Row[];
        for (const r of rows) yield stored(r);
        left -= rows.length;
        if (rows.length < PAGE || left <= 0) return;
        const last = rows[rows.length - 1];
        after = [(last.published as string | null) ?? '', last.id as string];
      }
    },

    listArticles(filter: ArticleFilter): ArticleSummary[] {
      const { where, params } = articleWhere(filter);
      return (db.prepare(`${ARTICLE_SELECT} ${where} ORDER BY a.published DESC, a.id LIMIT ? OFFSET ?`)
        .all(...params, filter.limit ?? 50, filter.offset ?? 0) as Row[]).map(summary);
    },

    quotes(query: QuoteQuery): QuoteRow[] {
      const clauses: string[] = [];
      const params: unknown[] = [];
      const add = (clause: string, param: unknown) => {
        clauses.push(clause);
        params.push(param);
      };
      if (query.speaker != null || query.speakerId != null) {
        // A name means the one entity it names best (see findEntities), so results never mix people.
        const id = query.speakerId ?? findEntities(query.speaker ?? '', 1)[0]?.id;
        if (id == null) return [];
        add('q.speaker_id = ?', id);
      }
      if (query.about != null) {
        const match = fts5Query(query.about);
        if (match === '') return [];
        add('q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)', match);
      }
      if (query.since) add('substr(q.published, 1, 10) >= ?', query.since);
      if (query.until) add('substr(q.published, 1, 10) <= ?', query.until);
      if (query.articleId) add('q.article_id = ?', query.articleId);
      if (query.storyId != null) add('q.article_id IN (SELECT article_id FROM story_articles WHERE story_id = ?)', query.storyId);
      const rows = db.prepare(`SELECT q.id, q.speaker_id, coalesce(e.name, q.source) AS speaker, q.cue, q.content, q.direct, q.published,
          a.id AS article_id, a.title, a.publisher, a.url
        FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker_id
        ${clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''}
        ORDER BY q.published DESC, a.id, q.start LIMIT ? OFFSET ?`).all(...params, query.limit ?? 100, query.offset ?? 0) as Row[];
      return rows.map((r) => ({
        id: r.id as number,
        speakerId: r.speaker_id as number | null,
        speaker: r.speaker as string | null,
        cue: r.cue as string | null,
        content: r.content as string,
        direct: r.direct === 1,
        date: r.published as string | null,
        article: { id: r.article_id as string, title: r.title as string | null, publisher: r.publisher as string | null, url: r.url as string | null },
      }));
    },

    findEntities,

    topEntities(o: { type?: string; limit?: number; offset?: number }): EntitySummary[] {
      const rows = o.type
        ? db.prepare('SELECT * FROM entities WHERE type = ? ORDER BY article_count DESC, id LIMIT ? OFFSET ?').all(o.type, o.limit ?? 50, o.offset ?? 0)
        : db.prepare('SELECT * FROM entities ORDER BY article_count DESC, id LIMIT ? OFFSET ?').all(o.limit ?? 50, o.offset ?? 0);
      return (rows as Row[]).map(entitySummary);
    },

    entity(id: number): EntityDetail | null {
      const r = db.prepare('SELECT * FROM entities WHERE id = ?').get(id) as Row | undefined;
      if (!r) return null;
      return {
        ...entitySummary(r),
        aliases: db.prepare('SELECT alias, SUM(count) AS count FROM entity_aliases WHERE entity_id = ? GROUP BY alias ORDER BY count DESC, alias').all(id) as EntityDetail['aliases'],
        titles: db.prepare(`SELECT title, MIN(published) AS first, MAX(published) AS last, COUNT(*) AS count FROM entity_titles
                            WHERE entity_id = ? GROUP BY title ORDER BY first, title`).all(id) as EntityDetail['titles'],
        publishers: db.prepare(`SELECT DISTINCT a.publisher FROM article_entities ae JOIN articles a ON a.id = ae.article_id
                                WHERE ae.entity_id = ? AND a.publisher IS NOT NULL ORDER BY a.publisher`).pluck().all(id) as string[],
        evidence: (db.prepare('SELECT article_id, local_id, name, score, evidence FROM article_entities WHERE entity_id = ? ORDER BY article_id, local_id').all(id) as Row[])
          .map((e) => ({ articleId: e.article_id as string, localId: e.local_id as string, name: e.name as string, score: e.score as number, evidence: JSON.parse(e.evidence as string) as JsonObject })),
      };
    },

    stories(o: { limit?: number; offset?: number }): StorySummary[] {
      return (db.prepare(`SELECT s.*, (SELECT group_concat(DISTINCT a.publisher) FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = s.id) AS publishers
          FROM stories s WHERE s.article_count > 0 ORDER BY s.article_count DESC, s.last_published DESC, s.id LIMIT ? OFFSET ?`)
        .all(o.limit ?? 50, o.offset ?? 0) as Row[]).map(storySummary);
    },

    story(id: number): StoryDetail | null {
      const r = db.prepare(`SELECT s.* FROM stories s WHERE s.id = ?`).get(id) as Row | undefined;
      if (!r) return null;
      const articles = (db.prepare(`${ARTICLE_SELECT} WHERE sa.story_id = ? ORDER BY a.published, a.id`).all(id) as Row[]).map(summary);
      const entities = db.prepare(`SELECT e.id, e.name, e.type, COUNT(DISTINCT ae.article_id) AS articles FROM story_articles sa
          JOIN article_entities ae ON ae.article_id = sa.article_id JOIN entities e ON e.id = ae.entity_id
          WHERE sa.story_id = ? GROUP BY e.id ORDER BY articles DESC, e.id LIMIT 50`).all(id) as StoryDetail['entities'];
      const publishers = [...new Set(articles.map((a) => a.publisher).filter((p): p is string => p != null))].sort();
      return { ...storySummary(r), publishers, articles, entities };
    },

    storyAmounts(storyId: number): AmountRow[] {
      return (db.prepare(`SELECT m.*, a.publisher, a.published FROM amounts m JOIN articles a ON a.id = m.article_id
          WHERE m.article_id IN (SELECT article_id FROM story_articles WHERE story_id = ?) ORDER BY a.published, m.article_id, m.id`).all(storyId) as Row[])
        .map((m) => ({
          articleId: m.article_id as string, publisher: m.publisher as string | null, published: m.published as string | null,
          localId: m.local_id as string, value: m.value as number, unit: m.unit as string, object: m.object as string | null,
          qualifier: m.qualifier as string, min: m.min as number | null, max: m.max as number | null, text: m.text as string, context: m.context as string,
        }));
    },

    counts(): Record<string, number> {
      const tables = ['articles', 'article_revisions', 'entities', 'entity_keys', 'article_entities', 'entity_aliases', 'entity_titles',
        'quotes', 'amounts', 'stories', 'story_keys', 'story_articles'];
      return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT COUNT(*) FROM ${t}`).pluck().get() as number]));
    },
  };
}
