// Document frequencies learnt from the articles seen so far, for idf weights in story signatures.
// Without idf, the names every article of a campaign repeats ("clinton", "campaign") outweigh what
// one story is about, and stories swell into one (PolNeAR train: a 167-article "Clinton" story).
// Bounded: past MAX_TERMS, the terms seen once are forgotten. Serialisable, so a store may persist it.
import type { TermStats } from './article-signature.js';

const MAX_TERMS = 200_000;

export class LearnedTermStats implements TermStats {
  docCount = 0;
  private readonly counts = new Map<string, number>();

  observe(terms: Iterable<string>): void {
    this.docCount++;
    for (const t of new Set(terms)) this.counts.set(t, (this.counts.get(t) ?? 0) + 1);
    if (this.counts.size > MAX_TERMS) for (const [t, n] of this.counts) if (n <= 1) this.counts.delete(t);
  }

  df(term: string): number {
    return this.counts.get(term) ?? 0;
  }

  toJSON(): { docCount: number; df: Record<string, number> } {
    return { docCount: this.docCount, df: Object.fromEntries(this.counts) };
  }

  static fromJSON(json: { docCount: number; df: Record<string, number> }): LearnedTermStats {
    const s = new LearnedTermStats();
    s.docCount = json.docCount;
    for (const [t, n] of Object.entries(json.df)) s.counts.set(t, n);
    return s;
  }
}
