// Small builders for the entity-matching tests: a mentioned entity and a profile from a few fields.
import type { EntityType } from '../../core/records/entity.js';
import { mergeProfile } from './merge-profile.js';
import type { EntityProfile, MentionedEntity } from './types.js';

export function mention(type: EntityType, name: string, extra: Partial<MentionedEntity> = {}): MentionedEntity {
  return { type, name, aliases: extra.aliases ?? [name], titles: extra.titles ?? [], affiliation: extra.affiliation ?? null, geo: extra.geo ?? null };
}

/** A profile built the way a store builds it: by merging `articles` copies of the mention. */
export function profileOf(id: string, e: MentionedEntity, articles = 1, date = '2016-01-01'): EntityProfile {
  let p: EntityProfile | null = null;
  for (let i = 0; i < articles; i++) p = mergeProfile(p, e, { articleId: `${id}-a${i}`, date }, p ? { score: 1, evidence: [] } : { id });
  return p!;
}
