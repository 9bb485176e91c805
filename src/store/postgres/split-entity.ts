// Undoes a wrong merge (see sqlite/split-entity.ts): the given articles' links, aliases, titles and
// quotes move from one corpus entity to a new one, which starts with the old one's blocking keys.
import type { PoolClient } from 'pg';
import { StorylineError } from '../../core/errors.js';
import { normalizeName } from '../normalize-name.js';

export async function splitEntity(c: PoolClient, id: number, articleIds: string[]): Promise<number> {
  const { rows: names } = await c.query<{ name: string; type: string }>(`SELECT name, type, COUNT(*) n FROM article_entities
      WHERE entity_id = $1 AND article_id = ANY($2) GROUP BY name, type ORDER BY n DESC, length(name) DESC`, [id, articleIds]);
  if (names.length === 0) throw new StorylineError('E_NOT_FOUND', `entity ${id} has no links in the given articles`);
  const { rows: rest } = await c.query<{ n: number }>('SELECT COUNT(*)::int n FROM article_entities WHERE entity_id = $1 AND NOT (article_id = ANY($2))', [id, articleIds]);
  if (rest[0].n === 0) throw new StorylineError('E_BAD_OPTION', `splitting entity ${id} by these articles would move all of it`);
  const { name, type } = names[0];
  const { rows } = await c.query<{ id: number }>('INSERT INTO entities (type, name, norm, profile) VALUES ($1, $2, $3, $4) RETURNING id',
    [type, name, normalizeName(name), JSON.stringify({ splitFrom: id })]);
  const created = rows[0].id;
  await c.query('INSERT INTO entity_keys (key, entity_id) SELECT key, $1 FROM entity_keys WHERE entity_id = $2', [created, id]);
  await c.query(`UPDATE article_entities SET entity_id = $1, evidence = jsonb_build_object('split', jsonb_build_object('from', $2::int, 'before', evidence))
      WHERE entity_id = $2 AND article_id = ANY($3)`, [created, id, articleIds]);
  for (const table of ['entity_aliases', 'entity_titles']) {
    await c.query(`UPDATE ${table} SET entity_id = $1 WHERE entity_id = $2 AND article_id = ANY($3)`, [created, id, articleIds]);
  }
  await c.query('UPDATE quotes SET speaker_id = $1 WHERE speaker_id = $2 AND article_id = ANY($3)', [created, id, articleIds]);
  await c.query(`UPDATE entities e SET article_count = (SELECT COUNT(DISTINCT article_id) FROM article_entities WHERE entity_id = e.id),
      quote_count = (SELECT COUNT(*) FROM quotes WHERE speaker_id = e.id) WHERE e.id = ANY($1)`, [[id, created]]);
  return created;
}
