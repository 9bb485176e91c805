// Parsed entity profiles and story signatures kept between articles, because parsing and
// re-serialising the same hot profiles (a president named in most articles) was most of the
// store's time. Entity profiles are also written back once per transaction rather than once per
// article (write-behind, flushed before COMMIT, so still atomic). Valid only while this connection
// is the only writer: PRAGMA data_version changes when another connection commits, and then the
// cache is dropped at the next BEGIN. A savepoint rollback restores what the article changed.
import type { CorpusEntity, EntityProfileUpdate, JsonObject } from '../store.js';

interface Mark {
  dirty: Map<number, EntityProfileUpdate>;
  entities: Map<number, CorpusEntity | undefined>;
  stories: Map<number, JsonObject | undefined>;
}

export class ProfileCache {
  readonly entities = new Map<number, CorpusEntity>();
  readonly stories = new Map<number, JsonObject>();
  /** Entity profiles changed in this transaction and not yet written. */
  readonly dirty = new Map<number, EntityProfileUpdate>();
  private version: number | null = null;
  private mark: Mark | null = null;

  /** At BEGIN: drop everything if another connection committed since we last looked. */
  begin(dataVersion: number): void {
    if (this.version !== dataVersion) this.clear();
    this.version = dataVersion;
  }

  clear(): void {
    this.entities.clear();
    this.stories.clear();
    this.dirty.clear();
    this.mark = null;
  }

  setEntity(e: CorpusEntity, dirty: boolean): void {
    const m = this.mark;
    if (m && !m.entities.has(e.id)) {
      // First change in this article: remember the value and the pending write it replaces.
      m.entities.set(e.id, this.entities.get(e.id));
      if (this.dirty.has(e.id)) m.dirty.set(e.id, this.dirty.get(e.id)!);
    }
    this.entities.set(e.id, e);
    if (dirty) this.dirty.set(e.id, { name: e.name, type: e.type, profile: e.profile });
  }

  setStory(id: number, signature: JsonObject): void {
    const m = this.mark;
    if (m && !m.stories.has(id)) m.stories.set(id, this.stories.get(id));
    this.stories.set(id, signature);
  }

  savepoint(): void {
    this.mark = { dirty: new Map(), entities: new Map(), stories: new Map() };
  }

  release(): void {
    this.mark = null;
  }

  /** Undoes the article's changes: cached values and pending writes as they were at the savepoint. */
  rollback(): void {
    const m = this.mark;
    this.mark = null;
    if (!m) return this.clear();
    for (const [id, before] of m.entities) {
      if (before) this.entities.set(id, before);
      else this.entities.delete(id);
      if (m.dirty.has(id)) this.dirty.set(id, m.dirty.get(id)!);
      else this.dirty.delete(id);
    }
    for (const [id, before] of m.stories) {
      if (before) this.stories.set(id, before);
      else this.stories.delete(id);
    }
  }
}
