// Cross-source checks over a story's amounts: the same counted thing (unit and object, "people
// killed", "USD pledged") given different values by different articles is flagged with every source.
// A first version by exact unit + object; src/corpus/cross-source replaces it when it lands.
import type { AmountRow } from '../store/store.js';

export interface CrossSourceFlag {
  unit: string;
  object: string;
  reports: { value: number; articleId: string; publisher: string | null; published: string | null; text: string; context: string }[];
}

export function crossSourceFlags(amounts: AmountRow[]): CrossSourceFlag[] {
  const groups = new Map<string, AmountRow[]>();
  for (const a of amounts) {
    // Without a counted object, "3" and "5" are not the same quantity: no basis to compare.
    if (!a.object) continue;
    const key = `${a.unit}\u0000${a.object.toLowerCase()}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  const flags: CrossSourceFlag[] = [];
  for (const rows of groups.values()) {
    const values = new Set(rows.map((r) => r.value));
    const articles = new Set(rows.map((r) => r.articleId));
    if (values.size < 2 || articles.size < 2) continue;
    flags.push({
      unit: rows[0].unit,
      object: rows[0].object!,
      reports: rows.map((r) => ({ value: r.value, articleId: r.articleId, publisher: r.publisher, published: r.published, text: r.text, context: r.context })),
    });
  }
  return flags;
}
