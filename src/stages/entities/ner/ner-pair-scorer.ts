// Pair features at decoding time ("ll=the|minister", "sn=Xx|x"): the costliest part of the tagger's
// context features when looked up by strings (three map lookups per pair, eight pairs per token; a
// third of the entity stage's time). Here each value the model knows is interned once when the model
// loads, each token's values become ids once per document, and a pair is an array index plus one
// small-integer map lookup; a value the model never saw in a pair ends the lookup at once. The
// features and weights are exactly those of PAIR_TEMPLATES as `contextFeatures` spells them.
import { BOS, EOS, PAIR_TEMPLATES, type DocView, type PairField } from './ner-features.js';

const FIELDS: readonly PairField[] = ['pos', 'low', 'shp'];
const fieldIndex = (f: PairField) => FIELDS.indexOf(f);
/** PAIR_TEMPLATES as numbers: per template, field of a, offset of a, field of b, offset of b. */
const SPEC = PAIR_TEMPLATES.map(([, fa, aAt, fb, bAt]) => [fieldIndex(fa), aAt, fieldIndex(fb), bAt] as const);

export class NerPairScorer {
  /** Per field: value -> id. */
  private readonly vocab: Map<string, number>[] = FIELDS.map(() => new Map());
  /** [template][id of the first value] -> id of the second value -> weight row. */
  private readonly rows: (Map<number, Float32Array> | undefined)[][] = PAIR_TEMPLATES.map(() => []);
  /** Per field: the document's token ids, and the ids of the sentence boundary marks. */
  private ids: Int32Array[] = FIELDS.map(() => new Int32Array(0));
  private readonly bos: Int32Array;
  private readonly eos: Int32Array;

  /** `row(name)` gives the weight row of a stored feature name, `names` all of them. */
  constructor(names: Iterable<string>, row: (name: string) => Float32Array) {
    const byTemplate = new Map(PAIR_TEMPLATES.map((t, k) => [t[0], k]));
    for (const name of names) {
      const eq = name.indexOf('=');
      const k = eq < 0 ? undefined : byTemplate.get(name.slice(0, eq));
      if (k === undefined) continue;
      const value = name.slice(eq + 1);
      const bar = value.indexOf('|');
      if (bar < 0) continue;
      const [fa, , fb] = SPEC[k];
      const a = this.intern(fa, value.slice(0, bar));
      const b = this.intern(fb, value.slice(bar + 1));
      (this.rows[k][a] ??= new Map()).set(b, row(name));
    }
    this.bos = Int32Array.from(this.vocab, (v) => v.get(BOS) ?? -1);
    this.eos = Int32Array.from(this.vocab, (v) => v.get(EOS) ?? -1);
  }

  private intern(field: number, value: string): number {
    const ids = this.vocab[field];
    let id = ids.get(value);
    if (id === undefined) ids.set(value, (id = ids.size));
    return id;
  }

  /** Interns the document's token values (-1: a value no pair feature of the model holds). */
  prepare(v: DocView): void {
    const n = v.tokens.length;
    this.ids = FIELDS.map((f, k) => {
      const vocab = this.vocab[k];
      const ids = new Int32Array(n);
      for (let j = 0; j < n; j++) {
        const t = v.tokens[j];
        ids[j] = vocab.get(f === 'pos' ? t.pos : f === 'low' ? t.lower : v.short[j]) ?? -1;
      }
      return ids;
    });
  }

  private id(f: number, j: number, first: number, end: number): number {
    return j < first ? this.bos[f] : j >= end ? this.eos[f] : this.ids[f][j];
  }

  /** Adds the pair features' weights of token i to scores[at .. at + width). */
  score(v: DocView, i: number, scores: Float64Array, at: number, width: number): void {
    const first = v.sentFirst[i];
    const end = v.sentEnd[i];
    for (let k = 0; k < SPEC.length; k++) {
      const [fa, aAt, fb, bAt] = SPEC[k];
      const a = this.id(fa, i + aAt, first, end);
      if (a < 0) continue;
      const byB = this.rows[k][a];
      if (byB === undefined) continue;
      const b = this.id(fb, i + bAt, first, end);
      const row = b < 0 ? undefined : byB.get(b);
      if (row === undefined) continue;
      for (let t = 0; t < width; t++) scores[at + t] += row[t];
    }
  }
}
