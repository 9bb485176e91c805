// Turns a user's words into a full-text query both backends accept without syntax errors: words
// only (FTS5 operators and quotes in user input would otherwise raise), all of them required.
export function searchWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** FTS5 MATCH string: each word quoted, implicit AND. */
export function fts5Query(text: string): string {
  return searchWords(text).map((w) => `"${w}"`).join(' ');
}

/** PostgreSQL tsquery text for to_tsquery('english', ...): each word ANDed. */
export function tsQuery(text: string): string {
  return searchWords(text).join(' & ');
}
