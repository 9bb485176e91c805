// The shapes incremental story grouping works on: an article's signature (what it is about, who is in
// it, when) and a story's running profile. Both are plain JSON so a store can keep them as is.

/**
 * Article metadata beside the record (JSONL extras such as publisher are kept here). No index
 * signature, so the store's article summaries (an interface) pass as they are.
 */
export interface ArticleMeta {
  publisher?: string | null;
  title?: string | null;
  url?: string | null;
  published?: string | null;
}

export interface ArticleSignature {
  articleId: string;
  /** Publication day (YYYY-MM-DD), or null when unknown. */
  date: string | null;
  title: string | null;
  /** Content terms and their weights, L2-normalised, the strongest first (at most SIGNATURE_TERMS). */
  terms: Record<string, number>;
  /** Entities the article is about: corpus profile ids when known, else entity keys; most mentioned first. */
  entities: string[];
}

export interface StoryProfile {
  id: string;
  /** A label: the title of the article that started the story. */
  title: string | null;
  articleCount: number;
  /** Sum of member signatures' term weights, pruned to the strongest STORY_TERMS terms. */
  centroid: Record<string, number>;
  /** How many member articles name each entity. */
  entities: Record<string, number>;
  first: string | null;
  last: string | null;
  /** Most recent member article ids (capped; the store keeps full membership). */
  recent: string[];
}

export interface StoryChoice {
  id: string;
  score: number;
  evidence: string[];
}
