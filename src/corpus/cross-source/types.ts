// Shapes of cross-source comparison: one article's report of a quantity, and a flag that lists
// reports of the same quantity whose values cannot all be true at once.

export interface QuantityReport {
  articleId: string;
  publisher: string | null;
  published: string | null;
  amountId: string;
  value: number;
  /** The interval the text allows ("more than 100" -> [100, inf), "about 2,000" -> [1,800, 2,200]). */
  low: number;
  high: number;
  qualifier: string;
  unit: string;
  object: string | null;
  /** What happened to the quantity: killed, wounded, pledged, raised, ... (null: not comparable). */
  predicate: string | null;
  /** Who did it (the event's actor): corpus id when resolved, else the folded name. */
  actor: string | null;
  /** Where (the event's place, or the one place named in the sentence), folded; null when unknown. */
  place: string | null;
  /** The amount as written, its offsets, and its sentence. */
  text: string;
  start: number;
  end: number;
  context: string;
}

export interface CrossSourceFlag {
  /** unit|object|predicate|actor: what the reports are all about. */
  key: string;
  /** Readable: "people killed", "USD pledged (Germany)". */
  what: string;
  unit: string;
  object: string;
  predicate: string;
  actor: string | null;
  /** conflict: the values disagree; update: each later article reports a higher figure (a rising toll). */
  kind: 'conflict' | 'update';
  reports: QuantityReport[];
  /** Index pairs into `reports` of articles whose intervals do not overlap. */
  disagreements: [number, number][];
}
