// The SQLite store (better-sqlite3): one file, WAL journal, one IMMEDIATE transaction per article.
// Writes are queued so that one connection never interleaves two articles' transactions; several
// processes may share the file (busy_timeout waits for the other writer).
import Database from 'better-sqlite3';
import { StorylineError } from '../../core/errors.js';
import { saveArticle, saveArticles } from '../save-article.js';
import type { ArticleWrite, CorpusLinker, EntityProfileUpdate, SaveResult, Store } from '../store.js';
import { migrate } from './migrations.js';
import { sqliteReads } from './reads.js';
import { splitEntity } from './split-entity.js';
import { sqliteWriteTx } from './write-tx.js';
import { ProfileCache } from './profile-cache.js';
import { normalizeName } from '../normalize-name.js';

export function openSqliteStore(path: string): Store {
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (err) {
    throw new StorylineError('E_STORE', `cannot open SQLite database ${path}: ${(err as Error).message}`);
  }
  db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode: a crash can lose the last commits but never corrupts or half-writes one.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 10000');
  // Checkpoint every ~40 MB of WAL instead of 4 MB: a checkpoint's fsync is the slowest part of a
  // bulk ingest, and pages rewritten by many articles (entity rows, indexes) are copied once.
  db.pragma('wal_autocheckpoint = 10000');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return new SqliteStore(db);
}

class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly cache = new ProfileCache();
  private readonly tx;
  private readonly reads;

  constructor(private readonly db: Database.Database) {
    this.tx = sqliteWriteTx(db, this.cache);
    this.reads = sqliteReads(db);
  }

  /** Runs fn inside BEGIN IMMEDIATE ... COMMIT, after every earlier queued transaction. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      this.db.exec('BEGIN IMMEDIATE');
      this.cache.begin(this.db.pragma('data_version', { simple: true }) as number);
      try {
        const result = await fn();
        this.tx.flush();
        this.db.exec('COMMIT');
        return result;
      } catch (err) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        this.cache.clear();
        throw err;
      }
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    await this.queue;
    this.db.close();
  }

  async articleState(key: string) {
    const s = await this.tx.articleState(key);
    return s && { revision: s.revision, contentHash: s.contentHash };
  }

  saveArticle(article: ArticleWrite, linker: CorpusLinker): Promise<SaveResult> {
    return this.exclusive(() => saveArticle(this.tx, article, linker));
  }

  saveArticles(articles: ArticleWrite[], linker: CorpusLinker): Promise<(SaveResult | Error)[]> {
    return this.exclusive(() => saveArticles(this.tx, articles, linker));
  }

  article = (id: string) => this.reads.article(id);
  articles = (filter = {}) => this.reads.articles(filter);
  listArticles = async (filter = {}) => this.reads.listArticles(filter);
  quotes = async (query: Parameters<Store['quotes']>[0]) => this.reads.quotes(query);
  findEntities = async (name: string, limit = 10) => this.reads.findEntities(name, limit);
  topEntities = async (options: Parameters<Store['topEntities']>[0] = {}) => this.reads.topEntities(options);
  entity = async (id: number) => this.reads.entity(id);
  stories = async (options: Parameters<Store['stories']>[0] = {}) => this.reads.stories(options);
  story = async (id: number) => this.reads.story(id);
  storyAmounts = async (storyId: number) => this.reads.storyAmounts(storyId);
  counts = async () => this.reads.counts();

  splitEntity(id: number, articleIds: string[]): Promise<number> {
    return this.exclusive(async () => {
      this.cache.clear();
      return splitEntity(this.db, id, articleIds);
    });
  }

  setEntityProfile(id: number, u: EntityProfileUpdate): Promise<void> {
    return this.exclusive(async () => {
      this.cache.clear();
      this.db.prepare('UPDATE entities SET type = ?, name = ?, norm = ?, profile = ? WHERE id = ?').run(u.type, u.name, normalizeName(u.name), JSON.stringify(u.profile), id);
    });
  }
}
