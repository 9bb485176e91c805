// Undoes a wrong merge: the given articles' links, aliases, titles and quotes move from one corpus
// entity to a new one. The new entity starts with the blocking keys of the old (the matcher decides
// later merges), and each moved link records the split as its evidence.
import type { Database } from 'better-sqlite3';
import { StorylineError } from '../../core/errors.js';
import { normalizeName } from '../normalize-name.js';

export function splitEntity(db: Database, id: number, articleIds: string[]): number {
  const moved = JSON.stringify(articleIds);
  const inMoved = 'article_id IN (SELECT value FROM json_each(?))';
  const names = db.prepare(`SELECT name, type, COUNT(*) n FROM article_entities WHERE entity_id = ? AND ${inMoved} GROUP BY name, type ORDER BY n DESC, length(name) DESC`).all(id, moved) as { name: string; type: string }[];
  if (names.length === 0) throw new StorylineError('E_NOT_FOUND', `entity ${id} has no links in the given articles`);
  const remaining = db.prepare(`SELECT COUNT(*) FROM article_entities WHERE entity_id = ? AND NOT ${inMoved}`).pluck().get(id, moved) as number;
  if (remaining === 0) throw new StorylineError('E_BAD_OPTION', `splitting entity ${id} by these articles would move all of it`);
  const { name, type } = names[0];
  const created = Number(db.prepare('INSERT INTO entities (type, name, norm, profile) VALUES (?, ?, ?, ?)').run(type, name, normalizeName(name), JSON.stringify({ splitFrom: id })).lastInsertRowid);
  db.prepare('INSERT INTO entity_keys (key, entity_id) SELECT key, ? FROM entity_keys WHERE entity_id = ?').run(created, id);
  db.prepare(`UPDATE article_entities SET entity_id = ?, evidence = json_object('split', json_object('from', ?, 'before', json(evidence))) WHERE entity_id = ? AND ${inMoved}`).run(created, id, id, moved);
  for (const table of ['entity_aliases', 'entity_titles']) {
    db.prepare(`UPDATE ${table} SET entity_id = ? WHERE entity_id = ? AND ${inMoved}`).run(created, id, moved);
  }
  db.prepare(`UPDATE quotes SET speaker_id = ? WHERE speaker_id = ? AND ${inMoved}`).run(created, id, moved);
  const recount = db.prepare(`UPDATE entities SET article_count = (SELECT COUNT(DISTINCT article_id) FROM article_entities WHERE entity_id = @id),
    quote_count = (SELECT COUNT(*) FROM quotes WHERE speaker_id = @id) WHERE id = @id`);
  recount.run({ id });
  recount.run({ id: created });
  return created;
}
