// The SQLite schema as numbered migrations, applied in order inside one transaction each and recorded
// in schema_migrations. Never edit a shipped migration: add the next one. postgres/migrations.ts
// holds the same tables in PostgreSQL's dialect.
import type { Database } from 'better-sqlite3';

export const MIGRATIONS: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
CREATE TABLE articles (
  id TEXT PRIMARY KEY,              -- the input's id, else its URL; stable across revisions
  url TEXT, title TEXT, publisher TEXT, published TEXT,
  meta TEXT NOT NULL DEFAULT '{}',  -- other input fields (author, ...) as JSON
  revision INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_url ON articles(url);
CREATE TABLE article_revisions (
  article_id TEXT NOT NULL REFERENCES articles(id),
  revision INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  record TEXT NOT NULL,             -- the extracted record, JSON
  created_at TEXT NOT NULL,
  PRIMARY KEY (article_id, revision)
);
-- Contentless: the text lives in the revision's record; the index alone is written (less per commit).
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content = '', contentless_delete = 1, tokenize = 'porter unicode61 remove_diacritics 2');

CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  norm TEXT NOT NULL,
  profile TEXT NOT NULL DEFAULT '{}',
  article_count INTEGER NOT NULL DEFAULT 0,
  quote_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_norm ON entities(norm);
CREATE INDEX entities_articles ON entities(article_count);
CREATE TABLE entity_keys (key TEXT NOT NULL, entity_id INTEGER NOT NULL, PRIMARY KEY (key, entity_id)) WITHOUT ROWID;
CREATE INDEX entity_keys_entity ON entity_keys(entity_id);
-- One row per article entity merged into a corpus entity: the merge evidence a split undoes.
CREATE TABLE article_entities (
  article_id TEXT NOT NULL, local_id TEXT NOT NULL, entity_id INTEGER NOT NULL,
  name TEXT NOT NULL, type TEXT NOT NULL, mentions INTEGER NOT NULL,
  score REAL NOT NULL, evidence TEXT NOT NULL,
  PRIMARY KEY (article_id, local_id)
);
CREATE INDEX article_entities_entity ON article_entities(entity_id, article_id);
CREATE TABLE entity_aliases (
  article_id TEXT NOT NULL, entity_id INTEGER NOT NULL, alias TEXT NOT NULL, norm TEXT NOT NULL, count INTEGER NOT NULL,
  PRIMARY KEY (article_id, entity_id, alias)
);
CREATE INDEX entity_aliases_norm ON entity_aliases(norm);
CREATE INDEX entity_aliases_entity ON entity_aliases(entity_id);
CREATE TABLE entity_titles (
  article_id TEXT NOT NULL, entity_id INTEGER NOT NULL, title TEXT NOT NULL, published TEXT,
  PRIMARY KEY (article_id, entity_id, title)
);
CREATE INDEX entity_titles_entity ON entity_titles(entity_id);

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL, local_id TEXT NOT NULL,
  speaker_id INTEGER, source TEXT, cue TEXT, content TEXT NOT NULL, direct INTEGER NOT NULL,
  published TEXT, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  UNIQUE (article_id, local_id)
);
CREATE INDEX quotes_speaker ON quotes(speaker_id, published);
CREATE VIRTUAL TABLE quotes_fts USING fts5(content, content = '', contentless_delete = 1, tokenize = 'porter unicode61 remove_diacritics 2');

CREATE TABLE amounts (
  id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL, local_id TEXT NOT NULL,
  value REAL NOT NULL, unit TEXT NOT NULL, object TEXT, qualifier TEXT NOT NULL, min REAL, max REAL,
  text TEXT NOT NULL, context TEXT NOT NULL
);
CREATE INDEX amounts_article ON amounts(article_id);

CREATE TABLE stories (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  signature TEXT NOT NULL DEFAULT '{}',
  article_count INTEGER NOT NULL DEFAULT 0,
  first_published TEXT, last_published TEXT
);
CREATE TABLE story_keys (key TEXT NOT NULL, story_id INTEGER NOT NULL, PRIMARY KEY (key, story_id)) WITHOUT ROWID;
CREATE TABLE story_articles (
  article_id TEXT PRIMARY KEY, story_id INTEGER NOT NULL, score REAL NOT NULL, evidence TEXT NOT NULL
);
CREATE INDEX story_articles_story ON story_articles(story_id);
`,
  },
];

export function migrate(db: Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
  for (const m of MIGRATIONS) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(m.version, new Date().toISOString());
    }).immediate();
  }
}
