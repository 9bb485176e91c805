// The PostgreSQL store (pg): a connection pool; one transaction per article, serialised across
// processes by a transaction-level advisory lock so that concurrent workers never create the same
// corpus entity twice (extraction, the slow part, runs outside the lock). A `schema` query
// parameter in the URL (postgres://.../db?schema=name) selects and creates a schema: tests use one
// per file.
import pg from 'pg';
import { StorylineError } from '../../core/errors.js';
import { normalizeName } from '../normalize-name.js';
import { saveArticle, saveArticles } from '../save-article.js';
import type { ArticleWrite, CorpusLinker, EntityProfileUpdate, SaveResult, Store } from '../store.js';
import { migrate, WRITE_LOCK } from './migrations.js';
import { pgReads } from './reads.js';
import { splitEntity } from './split-entity.js';
import { pgWriteTx } from './write-tx.js';

export async function openPostgresStore(spec: string): Promise<Store> {
  const url = new URL(spec);
  const schema = url.searchParams.get('schema');
  url.searchParams.delete('schema');
  if (schema != null && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new StorylineError('E_BAD_OPTION', `schema must be a lower-case identifier, not "${schema}"`);
  const pool = new pg.Pool({
    connectionString: url.toString(),
    max: 4,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client's network error must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (err) {
    await pool.end();
    throw new StorylineError('E_STORE', `cannot connect to PostgreSQL at ${url.host}: ${(err as Error).message}`);
  }
  try {
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await migrate(client);
  } finally {
    client.release();
  }
  return new PostgresStore(pool);
}

class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  private readonly reads;

  constructor(private readonly pool: pg.Pool) {
    this.reads = pgReads(pool);
  }

  private async transaction<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      await c.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
      const result = await fn(c);
      await c.query('COMMIT');
      return result;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      c.release();
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }

  async articleState(key: string) {
    const { rows } = await this.pool.query('SELECT revision, content_hash AS "contentHash" FROM articles WHERE id = $1', [key]);
    return (rows[0] as { revision: number; contentHash: string } | undefined) ?? null;
  }

  saveArticle(article: ArticleWrite, linker: CorpusLinker): Promise<SaveResult> {
    return this.transaction((c) => saveArticle(pgWriteTx(c), article, linker));
  }

  saveArticles(articles: ArticleWrite[], linker: CorpusLinker): Promise<(SaveResult | Error)[]> {
    return this.transaction((c) => saveArticles(pgWriteTx(c), articles, linker));
  }

  article = (id: string) => this.reads.article(id);
  articles = (filter = {}) => this.reads.articles(filter);
  listArticles = (filter = {}) => this.reads.listArticles(filter);
  quotes = (query: Parameters<Store['quotes']>[0]) => this.reads.quotes(query);
  findEntities = (name: string, limit = 10) => this.reads.findEntities(name, limit);
  topEntities = (options: Parameters<Store['topEntities']>[0] = {}) => this.reads.topEntities(options);
  entity = (id: number) => this.reads.entity(id);
  stories = (options: Parameters<Store['stories']>[0] = {}) => this.reads.stories(options);
  story = (id: number) => this.reads.story(id);
  storyAmounts = (storyId: number) => this.reads.storyAmounts(storyId);
  counts = () => this.reads.counts();

  splitEntity(id: number, articleIds: string[]): Promise<number> {
    return this.transaction((c) => splitEntity(c, id, articleIds));
  }

  async setEntityProfile(id: number, u: EntityProfileUpdate): Promise<void> {
    await this.pool.query('UPDATE entities SET type = $1, name = $2, norm = $3, profile = $4 WHERE id = $5', [u.type, u.name, normalizeName(u.name), JSON.stringify(u.profile), id]);
  }
}
