// The scoring side of the hashed linear models (tagger, parser transitions, arc labeller): a read-only
// open-addressing table from feature key (src/models/feature-hash.ts) to the feature's weights, laid
// out so that one lookup reads one cache line. Lookups are the hot path of tagging and parsing: about
// 250 per token, most of them cache misses, so the layout is the speed.
//
// Weights are integers in model units (weight x scale, 16 bits, as data/models/*.bin stores them) and
// scores are sums of them: exact, so the same features give the same argmax on any machine.
//   sparse    (many classes: tagger, labeller) slots of four words: the key (0 = empty), then
//             count | first overflow entry << 8, then two entries. An entry packs the class (low 8
//             bits) and the weight (high 24 bits, signed). Most features (two in three) have exactly
//             two non-zero classes, one perceptron update, and need nothing beyond their slot; the
//             rest continue in `overflow`.
//   pairwise  (three classes: the parser's transitions) slots of two words: the key, then the first
//             two classes' weights minus the third's, 16 bits each. Subtracting one feature's third
//             weight from all three of its weights shifts every class's score alike, so the argmax
//             over any subset of classes is unchanged, and the table is half the size.

export interface LinearModel {
  readonly nClasses: number;
  readonly layout: 'sparse' | 'pairwise';
  /** The slots (four words each when sparse, two when pairwise). */
  readonly table: Int32Array;
  /** Sparse entries past a slot's first two. */
  readonly overflow: Int32Array;
  /** Model units per unit of weight (scores are in model units). */
  readonly scale: number;
}

const PAIRWISE_CLASSES = 3;
const WEIGHT_MAX = 32767;

function slotOf(key: number, mask: number): number {
  return (key ^ (key >>> 15)) & mask;
}

/**
 * Adds the weights of the `n` first features in `keys` to `out` (length nClasses), in model units.
 * Pairwise models add nothing to the third class.
 */
export function scoreInto(model: LinearModel, keys: Int32Array, n: number, out: Float64Array): void {
  if (model.layout === 'pairwise') scorePairwise(model.table, keys, n, out);
  else scoreSparse(model.table, model.overflow, keys, n, out);
}

function scoreSparse(table: Int32Array, overflow: Int32Array, keys: Int32Array, n: number, out: Float64Array): void {
  const mask = (table.length >>> 2) - 1;
  for (let f = 0; f < n; f++) {
    const key = keys[f];
    let slot = slotOf(key, mask);
    for (;;) {
      const at = slot << 2;
      const k = table[at];
      if (k === key) {
        const info = table[at + 1];
        const count = info & 255;
        let e = table[at + 2];
        out[e & 255] += e >> 8;
        if (count > 1) {
          e = table[at + 3];
          out[e & 255] += e >> 8;
          for (let j = info >>> 8, end = j + count - 2; j < end; j++) {
            e = overflow[j];
            out[e & 255] += e >> 8;
          }
        }
        break;
      }
      if (k === 0) break;
      slot = (slot + 1) & mask;
    }
  }
}

function scorePairwise(table: Int32Array, keys: Int32Array, n: number, out: Float64Array): void {
  const mask = (table.length >>> 1) - 1;
  let a = 0;
  let b = 0;
  for (let f = 0; f < n; f++) {
    const key = keys[f];
    let slot = slotOf(key, mask);
    for (;;) {
      const at = slot << 1;
      const k = table[at];
      if (k === key) {
        const v = table[at + 1];
        a += (v << 16) >> 16;
        b += v >> 16;
        break;
      }
      if (k === 0) break;
      slot = (slot + 1) & mask;
    }
  }
  out[0] += a;
  out[1] += b;
}

function tableSize(features: number, load: number): number {
  let size = 1;
  while (size * load < features) size <<= 1;
  return size;
}

function maxAbs(weight: Float32Array): number {
  let max = 0;
  for (let j = 0; j < weight.length; j++) max = Math.max(max, Math.abs(weight[j]));
  return max;
}

function buildPairwise(nClasses: number, keys: Int32Array, counts: Uint8Array, cls: Uint8Array, weight: Float32Array): LinearModel {
  // Two passes over the entries (the largest difference sets the scale, then the slots are filled):
  // no per-class copy of a million features at load.
  const diff = new Float64Array(2);
  const diffsAt = (at: number, count: number): void => {
    let w0 = 0;
    let w1 = 0;
    let w2 = 0;
    for (let j = at; j < at + count; j++) {
      if (cls[j] === 0) w0 = weight[j];
      else if (cls[j] === 1) w1 = weight[j];
      else w2 = weight[j];
    }
    diff[0] = w0 - w2;
    diff[1] = w1 - w2;
  };
  let max = 0;
  for (let f = 0, at = 0; f < keys.length; at += counts[f++]) {
    diffsAt(at, counts[f]);
    max = Math.max(max, Math.abs(diff[0]), Math.abs(diff[1]));
  }
  const scale = max > 0 ? WEIGHT_MAX / max : 1;
  const size = tableSize(keys.length, 0.7);
  const table = new Int32Array(size * 2);
  const mask = size - 1;
  for (let f = 0, at = 0; f < keys.length; at += counts[f++]) {
    const key = keys[f];
    let slot = slotOf(key, mask);
    while (table[slot << 1] !== 0) slot = (slot + 1) & mask;
    diffsAt(at, counts[f]);
    table[slot << 1] = key;
    table[(slot << 1) + 1] = (Math.round(diff[0] * scale) & 0xffff) | (Math.round(diff[1] * scale) << 16);
  }
  return { nClasses, layout: 'pairwise', table, overflow: new Int32Array(0), scale };
}

/**
 * Builds the lookup table over features given as parallel arrays (keys, counts, classes, weights):
 * the stored form below, or a trainer's snapshot.
 */
export function buildLinearModel(nClasses: number, keys: Int32Array, counts: Uint8Array, cls: Uint8Array, weight: Float32Array): LinearModel {
  if (nClasses === PAIRWISE_CLASSES) return buildPairwise(nClasses, keys, counts, cls, weight);
  const max = maxAbs(weight);
  const scale = max > 0 ? WEIGHT_MAX / max : 1;
  const size = tableSize(keys.length, 0.7);
  const table = new Int32Array(size * 4);
  let extra = 0;
  for (let f = 0; f < keys.length; f++) extra += Math.max(0, counts[f] - 2);
  if (extra >= 1 << 24) throw new Error('too many weights for the table layout');
  const overflow = new Int32Array(extra);
  const mask = size - 1;
  let at = 0;
  let next = 0;
  for (let f = 0; f < keys.length; f++) {
    const key = keys[f];
    let slot = slotOf(key, mask);
    while (table[slot << 2] !== 0) slot = (slot + 1) & mask;
    const s = slot << 2;
    table[s] = key;
    table[s + 1] = counts[f] | (next << 8);
    for (let j = 0; j < counts[f]; j++) {
      const entry = cls[at + j] | (Math.round(weight[at + j] * scale) << 8);
      if (j < 2) table[s + 2 + j] = entry;
      else overflow[next++] = entry;
    }
    at += counts[f];
  }
  return { nClasses, layout: 'sparse', table, overflow, scale };
}

/** The stored form: features in insertion order with their non-zero weights. */
export interface StoredLinear {
  nClasses: number;
  keys: Int32Array;
  counts: Uint8Array;
  cls: Uint8Array;
  weight: Float32Array;
}
