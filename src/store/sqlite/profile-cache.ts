// What the SQLite connection keeps in memory between articles and within a transaction:
// - parsed entity profiles and story signatures, because parsing and re-serialising the same hot
//   profiles (a president named in most articles) was most of the store's time;
// - writes held back until just before COMMIT (write-behind, so still atomic): entity profiles and
//   article/quote counts, once per entity per transaction instead of once per article; and the
//   full-text rows of articles and quotes, because FTS5 flushes its pending terms into a new index
//   segment at every savepoint release, so rows inserted per article made one segment per article
//   (and the merges that follow) where one per transaction suffices.
// Valid only while this connection is the only writer: PRAGMA data_version changes when another
// connection commits, and then the cache is dropped at the next BEGIN. A savepoint rollback restores
// what the article changed.
import type { CorpusEntity, EntityProfileUpdate, JsonObject } from '../store.js';

/** A Map whose changes since the last savepoint can be undone (the first value each key had is kept). */
export class UndoableMap<K, V> implements Iterable<[K, V]> {
  private readonly map = new Map<K, V>();
  private before: Map<K, V | undefined> | null = null;

  get size(): number {
    return this.map.size;
  }
  get(key: K): V | undefined {
    return this.map.get(key);
  }
  has(key: K): boolean {
    return this.map.has(key);
  }
  set(key: K, value: V): void {
    this.remember(key);
    this.map.set(key, value);
  }
  delete(key: K): void {
    this.remember(key);
    this.map.delete(key);
  }
  [Symbol.iterator](): Iterator<[K, V]> {
    return this.map[Symbol.iterator]();
  }
  clear(): void {
    this.map.clear();
    this.before = null;
  }
  savepoint(): void {
    this.before = new Map();
  }
  release(): void {
    this.before = null;
  }
  /** Undoes the changes since the savepoint (everything, when there was none). */
  rollback(): void {
    const before = this.before;
    if (!before) return this.clear();
    for (const [key, value] of before) {
      if (value === undefined) this.map.delete(key);
      else this.map.set(key, value);
    }
    this.before = null;
  }

  private remember(key: K): void {
    if (this.before && !this.before.has(key)) this.before.set(key, this.map.get(key));
  }
}

/** Articles and quotes an entity gained in this transaction, not yet added to its row. */
export interface CountDelta {
  articles: number;
  quotes: number;
}

export class ProfileCache {
  readonly entities = new UndoableMap<number, CorpusEntity>();
  readonly stories = new UndoableMap<number, JsonObject>();
  /** Entity profiles changed in this transaction and not yet written. */
  readonly dirty = new UndoableMap<number, EntityProfileUpdate>();
  readonly counts = new UndoableMap<number, CountDelta>();
  /** Full-text rows to insert at the end of the transaction: article rowid -> title and text. */
  readonly articleText = new UndoableMap<number, { title: string; text: string }>();
  /** The same for quotes, per article: quote rowid and content. */
  readonly quoteText = new UndoableMap<string, [number, string][]>();
  private readonly maps = [this.entities, this.stories, this.dirty, this.counts, this.articleText, this.quoteText];
  private version: number | null = null;

  /** At BEGIN: drop everything if another connection committed since we last looked. */
  begin(dataVersion: number): void {
    if (this.version !== dataVersion) this.clear();
    this.version = dataVersion;
  }

  clear(): void {
    for (const m of this.maps) m.clear();
  }

  setEntity(e: CorpusEntity, dirty: boolean): void {
    this.entities.set(e.id, e);
    if (dirty) this.dirty.set(e.id, { name: e.name, type: e.type, profile: e.profile });
  }

  setStory(id: number, signature: JsonObject): void {
    this.stories.set(id, signature);
  }

  addCounts(id: number, articles: number, quotes: number): void {
    const c = this.counts.get(id);
    this.counts.set(id, { articles: (c?.articles ?? 0) + articles, quotes: (c?.quotes ?? 0) + quotes });
  }

  savepoint(): void {
    for (const m of this.maps) m.savepoint();
  }

  release(): void {
    for (const m of this.maps) m.release();
  }

  /** Undoes the article's changes: cached values and pending writes as they were at the savepoint. */
  rollback(): void {
    for (const m of this.maps) m.rollback();
  }
}
