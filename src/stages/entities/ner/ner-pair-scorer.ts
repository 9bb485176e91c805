// Pair features at decoding time ("ll=the|minister", "sn=Xx|x"): the costliest part of the tagger's
// context features when looked up by strings (three map lookups per pair, eight pairs per token; a
// third of the entity stage's time). Here each value the model knows is interned once when the model
// loads, each token's values become ids once per document, and a pair is an array index plus one
// probe of an open-addressing table in typed arrays, over weight rows stored side by side; a value
// the model never saw first in a pair ends the lookup at once. (A Map per first value cost two
// dependent cache misses a pair, and the rows were views scattered over every feature's weights.)
// The features and weights are exactly those of PAIR_TEMPLATES as `contextFeatures` spells them.
import { BOS, EOS, PAIR_TEMPLATES, type DocView, type PairField } from './ner-features.js';

const FIELDS: readonly PairField[] = ['pos', 'low', 'shp'];
const fieldIndex = (f: PairField) => FIELDS.indexOf(f);
/** PAIR_TEMPLATES as numbers: per template, field of a, offset of a, field of b, offset of b. */
const SPEC = PAIR_TEMPLATES.map(([, fa, aAt, fb, bAt]) => [fieldIndex(fa), aAt, fieldIndex(fb), bAt] as const);

export class NerPairScorer {
  /** Per field: value -> id. */
  private readonly vocab: Map<string, number>[] = FIELDS.map(() => new Map());
  /** Per template: 1 where a value id is the first value of some stored pair. */
  private readonly leads: Uint8Array[];
  /**
   * The pair table, three numbers per slot side by side (one cache line per probe): template and
   * first id, second id, and the slot's row, -1 when empty.
   */
  private readonly table: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  /** The pairs' weight rows side by side, `width` numbers each. */
  private readonly weights: Float32Array;
  private readonly width: number;
  /** Per field: the document's token ids, and the ids of the sentence boundary marks. */
  private ids: Int32Array[] = FIELDS.map(() => new Int32Array(0));
  private readonly bos: Int32Array;
  private readonly eos: Int32Array;

  /** `row(name)` gives the weight row of a stored feature name, `names` all of them. */
  constructor(names: Iterable<string>, row: (name: string) => Float32Array) {
    const byTemplate = new Map(PAIR_TEMPLATES.map((t, k) => [t[0], k]));
    const pairs: { k: number; a: number; b: number; row: Float32Array }[] = [];
    for (const name of names) {
      const eq = name.indexOf('=');
      const k = eq < 0 ? undefined : byTemplate.get(name.slice(0, eq));
      if (k === undefined) continue;
      const value = name.slice(eq + 1);
      const bar = value.indexOf('|');
      if (bar < 0) continue;
      const [fa, , fb] = SPEC[k];
      pairs.push({ k, a: this.intern(fa, value.slice(0, bar)), b: this.intern(fb, value.slice(bar + 1)), row: row(name) });
    }
    this.leads = SPEC.map(([fa]) => new Uint8Array(this.vocab[fa].size));
    this.width = pairs[0]?.row.length ?? 0;
    this.weights = new Float32Array(pairs.length * this.width);
    let bits = 4;
    while (1 << bits < pairs.length * 2) bits++;
    this.shift = 32 - bits;
    this.table = new Int32Array(3 << bits).fill(-1);
    this.mask = (1 << bits) - 1;
    pairs.forEach(({ k, a, b, row: weights }, r) => {
      this.leads[k][a] = 1;
      this.weights.set(weights, r * this.width);
      const keyA = a * SPEC.length + k;
      let slot = this.slot(keyA, b);
      while (this.table[slot * 3 + 2] >= 0) slot = (slot + 1) & this.mask;
      this.table[slot * 3] = keyA;
      this.table[slot * 3 + 1] = b;
      this.table[slot * 3 + 2] = r;
    });
    this.bos = Int32Array.from(this.vocab, (v) => v.get(BOS) ?? -1);
    this.eos = Int32Array.from(this.vocab, (v) => v.get(EOS) ?? -1);
  }

  private slot(keyA: number, b: number): number {
    return (Math.imul(keyA, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca77)) >>> this.shift;
  }

  /** The row of the stored pair (keyA, b), or -1. */
  private find(keyA: number, b: number): number {
    const { table, mask } = this;
    for (let slot = this.slot(keyA, b); ; slot = (slot + 1) & mask) {
      const r = table[slot * 3 + 2];
      if (r < 0 || (table[slot * 3] === keyA && table[slot * 3 + 1] === b)) return r;
    }
  }

  private intern(field: number, value: string): number {
    const ids = this.vocab[field];
    let id = ids.get(value);
    if (id === undefined) ids.set(value, (id = ids.size));
    return id;
  }

  /**
   * Interns the document's token values (-1: a value no pair feature of the model holds). Only tokens
   * that a scored token reads are interned: `scored[i]` marks the tokens `score` will be asked about,
   * and a pair reads its token and the ones on either side.
   */
  prepare(v: DocView, scored: Uint8Array): void {
    const n = v.tokens.length;
    this.ids = FIELDS.map((f, k) => {
      const vocab = this.vocab[k];
      const ids = new Int32Array(n);
      for (let j = 0; j < n; j++) {
        if (!(scored[j] || (j > 0 && scored[j - 1]) || (j + 1 < n && scored[j + 1]))) continue;
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
    const weights = this.weights;
    for (let k = 0; k < SPEC.length; k++) {
      const [fa, aAt, fb, bAt] = SPEC[k];
      const a = this.id(fa, i + aAt, first, end);
      if (a < 0 || !this.leads[k][a]) continue;
      const b = this.id(fb, i + bAt, first, end);
      const r = b < 0 ? -1 : this.find(a * SPEC.length + k, b);
      if (r < 0) continue;
      const base = r * this.width;
      for (let t = 0; t < width; t++) scores[at + t] += weights[base + t];
    }
  }
}
