// Who a pronoun most likely points at: the subject (first person mentioned outside quotation marks)
// of the nearest sentence before it, looking back a few sentences.
import type { Doc } from '../../core/document.js';
import type { Entity } from '../../core/records/entity.js';

export interface MentionIndex {
  /** PERSON mentions outside quoted text, by sentence: [start offset, entity]. */
  bySentence: Map<number, [number, Entity][]>;
}

export function sentenceOf(doc: Doc, offset: number): number {
  // Binary search over sentence starts.
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function buildMentionIndex(doc: Doc, quoted: (offset: number) => boolean, types: ReadonlySet<string>): MentionIndex {
  const bySentence = new Map<number, [number, Entity][]>();
  for (const e of doc.entities) {
    if (!types.has(e.type)) continue;
    for (const m of e.mentions) {
      if (quoted(m.start)) continue;
      const s = sentenceOf(doc, m.start);
      if (!bySentence.has(s)) bySentence.set(s, []);
      bySentence.get(s)?.push([m.start, e]);
    }
  }
  for (const list of bySentence.values()) list.sort((a, b) => a[0] - b[0]);
  return { bySentence };
}

/** The salient entity for a pronoun at `offset`: earlier in its own sentence, else earlier sentences' subjects. */
export function salientBefore(doc: Doc, index: MentionIndex, offset: number, lookback = 4): Entity | null {
  const s = sentenceOf(doc, offset);
  const own = (index.bySentence.get(s) ?? []).filter(([at]) => at < offset);
  if (own.length > 0) return own[0][1];
  for (let k = s - 1; k >= 0 && k >= s - lookback; k--) {
    const list = index.bySentence.get(k);
    if (list && list.length > 0) return list[0][1];
  }
  return null;
}
