// A multiclass averaged perceptron over hashed integer features (src/models/feature-hash.ts): the
// learner behind the syntax tagger, the parser's transition scorer and its arc labeller.
// Hand-written: the models need integer keys, sparse per-feature class weights and a compact binary
// form that loads in milliseconds; no maintained npm package trains or stores that.
//
// Training keeps dense rows (one weight per class) for every feature met, with lazily averaged
// totals (Collins 2002; Daumé's trick of per-weight time stamps). `finish` averages, drops weights
// under a threshold and returns a `LinearModel`: an open-addressing table from key to the feature's
// non-zero (class, weight) pairs.

export interface LinearModel {
  readonly nClasses: number;
  /**
   * Open-addressing table, two words a slot: the feature key (0 = empty), then the slot's first entry
   * << 8 | its entry count. Key and entries' place sit in one cache line: a lookup is the hot path of
   * tagging and parsing, and separate arrays cost a cache miss each.
   */
  readonly table: Int32Array;
  /** Entries, two words each: the class (read as Int32) and its weight (read as Float32). */
  readonly entryClass: Int32Array;
  readonly entryWeight: Float32Array;
  /**
   * Models of few classes (the parser's three transitions) keep every weight inside its slot instead:
   * slots of 1 + nClasses words, the key then the weights (read as Float32), so a lookup touches
   * one cache line and no entry array. Null for the others.
   */
  readonly dense: Float32Array | null;
}

/** Up to this many classes a model is stored dense (weights in the slot). */
const DENSE_CLASSES = 3;

/** Adds the weights of the `n` first features in `keys` to `out` (length nClasses). */
export function scoreInto(model: LinearModel, keys: Int32Array, n: number, out: Float64Array): void {
  if (model.dense) {
    scoreDense(model.table, model.dense, model.nClasses, keys, n, out);
    return;
  }
  const { table, entryClass, entryWeight } = model;
  const mask = (table.length >>> 1) - 1;
  for (let f = 0; f < n; f++) {
    const key = keys[f];
    let slot = (key ^ (key >>> 15)) & mask;
    for (;;) {
      const k = table[slot << 1];
      if (k === key) {
        const v = table[(slot << 1) + 1];
        const s = (v >>> 8) << 1;
        const e = s + ((v & 255) << 1);
        for (let j = s; j < e; j += 2) out[entryClass[j]] += entryWeight[j + 1];
        break;
      }
      if (k === 0) break;
      slot = (slot + 1) & mask;
    }
  }
}

function scoreDense(table: Int32Array, dense: Float32Array, K: number, keys: Int32Array, n: number, out: Float64Array): void {
  const stride = K + 1;
  const mask = table.length / stride - 1;
  for (let f = 0; f < n; f++) {
    const key = keys[f];
    let slot = (key ^ (key >>> 15)) & mask;
    for (;;) {
      const at = slot * stride;
      const k = table[at];
      if (k === key) {
        for (let c = 0; c < K; c++) out[c] += dense[at + 1 + c];
        break;
      }
      if (k === 0) break;
      slot = (slot + 1) & mask;
    }
  }
}

function buildDense(nClasses: number, keys: Int32Array, counts: Uint8Array, cls: Uint8Array, weight: Float32Array): LinearModel {
  const stride = nClasses + 1;
  let size = 1;
  while (size * 0.7 < keys.length) size <<= 1; // load factor at most 0.7: slots are wide
  const buffer = new ArrayBuffer(size * stride * 4);
  const table = new Int32Array(buffer);
  const dense = new Float32Array(buffer);
  const mask = size - 1;
  let at = 0;
  for (let f = 0; f < keys.length; f++) {
    const key = keys[f];
    let slot = (key ^ (key >>> 15)) & mask;
    while (table[slot * stride] !== 0) slot = (slot + 1) & mask;
    table[slot * stride] = key;
    for (let j = at; j < at + counts[f]; j++) dense[slot * stride + 1 + cls[j]] = weight[j];
    at += counts[f];
  }
  return { nClasses, table, entryClass: new Int32Array(0), entryWeight: new Float32Array(0), dense };
}

/** Builds the lookup table over features given as parallel arrays (keys, counts, classes, weights). */
export function buildLinearModel(nClasses: number, keys: Int32Array, counts: Uint8Array, cls: Uint8Array, weight: Float32Array): LinearModel {
  if (nClasses <= DENSE_CLASSES) return buildDense(nClasses, keys, counts, cls, weight);
  let size = 1;
  while (size < keys.length * 2) size <<= 1;
  const table = new Int32Array(size * 2);
  const mask = size - 1;
  if (cls.length >= 1 << 24) throw new Error('too many weights for the table layout');
  let at = 0;
  for (let f = 0; f < keys.length; f++) {
    const key = keys[f];
    let slot = (key ^ (key >>> 15)) & mask;
    while (table[slot << 1] !== 0) slot = (slot + 1) & mask;
    table[slot << 1] = key;
    table[(slot << 1) + 1] = (at << 8) | counts[f];
    at += counts[f];
  }
  const entries = new ArrayBuffer(cls.length * 8);
  const entryClass = new Int32Array(entries);
  const entryWeight = new Float32Array(entries);
  for (let j = 0; j < cls.length; j++) {
    entryClass[j << 1] = cls[j];
    entryWeight[(j << 1) + 1] = weight[j];
  }
  return { nClasses, table, entryClass, entryWeight, dense: null };
}

/** The stored form: features in insertion order with their non-zero weights. */
export interface StoredLinear {
  nClasses: number;
  keys: Int32Array;
  counts: Uint8Array;
  cls: Uint8Array;
  weight: Float32Array;
}

export class PerceptronTrainer {
  private readonly index = new Map<number, number>();
  private keys = new Int32Array(1 << 16);
  private w: Float32Array;
  private total: Float64Array;
  private stamp: Int32Array;
  private rows = 0;
  /** Update count: the clock of the averaging. */
  step = 1;

  constructor(readonly nClasses: number) {
    if (nClasses > 255) throw new Error('at most 255 classes');
    this.w = new Float32Array(this.keys.length * nClasses);
    this.total = new Float64Array(this.keys.length * nClasses);
    this.stamp = new Int32Array(this.keys.length * nClasses);
  }

  get features(): number {
    return this.rows;
  }

  score(keys: Int32Array, n: number, out: Float64Array): void {
    out.fill(0);
    const K = this.nClasses;
    for (let f = 0; f < n; f++) {
      const row = this.index.get(keys[f]);
      if (row === undefined) continue;
      const base = row * K;
      for (let c = 0; c < K; c++) out[c] += this.w[base + c];
    }
  }

  /** One mistake: the gold class gains `amount`, the predicted one loses it. */
  update(keys: Int32Array, n: number, gold: number, predicted: number, amount = 1): void {
    if (gold === predicted) return;
    for (let f = 0; f < n; f++) {
      const base = this.row(keys[f]) * this.nClasses;
      this.bump(base + gold, amount);
      this.bump(base + predicted, -amount);
    }
  }

  /** Advance the averaging clock: call once per training example. */
  tick(): void {
    this.step++;
  }

  private bump(j: number, delta: number): void {
    this.total[j] += (this.step - this.stamp[j]) * this.w[j];
    this.stamp[j] = this.step;
    this.w[j] += delta;
  }

  private row(key: number): number {
    let row = this.index.get(key);
    if (row !== undefined) return row;
    row = this.rows++;
    if (row >= this.keys.length) this.grow();
    this.keys[row] = key;
    this.index.set(key, row);
    return row;
  }

  private grow(): void {
    const cap = this.keys.length * 2;
    const K = this.nClasses;
    const keys = new Int32Array(cap);
    keys.set(this.keys);
    const w = new Float32Array(cap * K);
    w.set(this.w);
    const total = new Float64Array(cap * K);
    total.set(this.total);
    const stamp = new Int32Array(cap * K);
    stamp.set(this.stamp);
    this.keys = keys;
    this.w = w;
    this.total = total;
    this.stamp = stamp;
  }

  /** Averaged weights with |w| < minWeight dropped (features left with none are dropped too). */
  finish(minWeight: number): StoredLinear {
    const K = this.nClasses;
    const T = this.step;
    const keys: number[] = [];
    const counts: number[] = [];
    const cls: number[] = [];
    const weight: number[] = [];
    for (let r = 0; r < this.rows; r++) {
      let n = 0;
      for (let c = 0; c < K; c++) {
        const j = r * K + c;
        const avg = (this.total[j] + (T - this.stamp[j]) * this.w[j]) / T;
        if (Math.abs(avg) < minWeight) continue;
        cls.push(c);
        weight.push(avg);
        n++;
      }
      if (n > 0) {
        keys.push(this.keys[r]);
        counts.push(n);
      }
    }
    return { nClasses: K, keys: Int32Array.from(keys), counts: Uint8Array.from(counts), cls: Uint8Array.from(cls), weight: Float32Array.from(weight) };
  }

  /** The current averaged model, for scoring dev data between epochs. */
  snapshot(minWeight = 0): LinearModel {
    const s = this.finish(minWeight);
    return buildLinearModel(s.nClasses, s.keys, s.counts, s.cls, s.weight);
  }
}

/** Fisher-Yates shuffle in place with a seeded generator: the epoch order of the trainers. */
export function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
}
