// Cross-article entities: one profile per real-world actor across the corpus. A store calls, per
// article: `articleEntities(record)`; for each entity `entityKeys(entity)` to look up candidate
// profiles, `matchEntity(entity, candidates)` to choose one (or null: start a new profile), then
// `mergeProfile(profile | null, entity, { articleId, date }, match)` and re-indexes the result under
// `profileKeys(profile)`. `rebuildProfile` splits a wrong merge. No I/O here.
export type { ArticleRef, DatedTitle, EntityMatch, EntityProfile, MentionedEntity, MergeEvidence } from './types.js';
export { articleEntities, type ArticleEntity } from './article-entities.js';
export { entityKeys, profileKeys, familyOf, type Family } from './entity-keys.js';
export { matchEntity, MIN_MATCH_SCORE } from './match-entity.js';
export { mergeProfile, rebuildProfile, newProfileId } from './merge-profile.js';
export { foldName, translitKey } from './fold-name.js';
export { parsePersonName } from './person-name.js';
export { MemoryEntityIndex } from './memory-entity-index.js';
