// The learned cue classifier (data/models/cue-perceptron.json, built by scripts/train-cue-model.mjs):
// scores whether a token is part of an attribution cue in its context.
//
// The stored weights are keyed by feature strings ("l+n1=say|that"). Building those strings and
// hashing them against 170,000 keys cost about a microsecond a feature, 6% of extraction; maps nested
// by part still cost a cache miss per level. Here the features arrive as parts (cue-features.ts),
// each part as a number looked up once per token, and a feature is one probe of a typed-array table.
// The sum is the same as the strings' sum, term for term.
import { loadData } from '../../data/load.js';
import type { PerceptronWeights } from '../../models/averaged-perceptron.js';
import { NO_TOKEN, STRING_VALUES, visitCueFeatures, type CueFeatureContext, type CueFeatureSink, type CueValues } from './cue-features.js';

/** Every way to cut `value` at '|' into `parts` pieces: a value may itself hold a '|' ("p1+l+n1=PROPN|||PROPN"). */
function* splits(value: string, parts: number): Generator<string[]> {
  if (parts === 1) {
    yield [value];
    return;
  }
  for (let bar = value.indexOf('|'); bar >= 0; bar = value.indexOf('|', bar + 1)) {
    for (const rest of splits(value.slice(bar + 1), parts - 1)) yield [value.slice(0, bar), ...rest];
  }
}

/** Slots per token in the id cache: lemma, POS, lower-case word, suffix. */
const FIELDS = 4;
const UNKNOWN = -2;
/** Values remembered per field before the memory is emptied (a corpus keeps meeting new words). */
const FIELD_CACHE_LIMIT = 50_000;

/** One template's stored values at one number of parts: an open-addressing table keyed by part ids. */
class PartTable {
  private readonly keys: Int32Array;
  private readonly weights: Float64Array;
  private readonly shift: number;

  constructor(entries: readonly (readonly [a: number, b: number, c: number, w: number])[]) {
    let size = 2;
    while (size < entries.length * 2) size *= 2;
    this.shift = 32 - Math.log2(size);
    this.keys = new Int32Array(size * 3).fill(-1);
    this.weights = new Float64Array(size);
    for (const [a, b, c, w] of entries) {
      let slot = this.slot(a, b, c);
      while (this.keys[slot * 3] >= 0) slot = (slot + 1) & (size - 1);
      this.keys[slot * 3] = a;
      this.keys[slot * 3 + 1] = b;
      this.keys[slot * 3 + 2] = c;
      this.weights[slot] = w;
    }
  }

  private slot(a: number, b: number, c: number): number {
    let h = Math.imul(a + 1, 0x9e3779b1) ^ Math.imul(b + 2, 0x85ebca77);
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) ^ Math.imul(c + 3, 0xc2b2ae3d);
    h = Math.imul(h ^ (h >>> 13), 0x297a2d39);
    return (h ^ (h >>> 16)) >>> this.shift;
  }

  /** The weight stored under parts (a, b, c) (-1 for a part the template does not take), or 0. */
  find(a: number, b: number, c: number): number {
    const keys = this.keys;
    const mask = this.weights.length - 1;
    for (let slot = this.slot(a, b, c); keys[slot * 3] >= 0; slot = (slot + 1) & mask) {
      const at = slot * 3;
      if (keys[at] === a && keys[at + 1] === b && keys[at + 2] === c) return this.weights[slot];
    }
    return 0;
  }
}

/**
 * The stored weights, looked up by a feature's parts as numbers: every part of every stored value
 * has an id, a token's values are looked up once per document, and a feature is one probe of its
 * template's table. Sums the weights of the features it is handed; a part the model never saw (id -1)
 * or a feature it lacks adds nothing.
 */
export class CueWeights implements CueFeatureSink<number>, CueValues<number> {
  sum = 0;
  private readonly flags = new Map<string, number>();
  /** Template -> stored values and weights; a key without '=' is a flag. */
  private readonly byTemplate = new Map<string, [string, number][]>();
  /** Every part of every way to cut every stored value in one, two or three parts. */
  private readonly vocab = new Map<string, number>();
  // Built on first use per template and number of parts: which templates take two or three parts is
  // the features' business.
  private readonly tables = [new Map<string, PartTable | null>(), new Map<string, PartTable | null>(), new Map<string, PartTable | null>()];
  private ctx: CueFeatureContext | null = null;
  private ids = new Int32Array(0);
  private readonly seenIds = Array.from({ length: FIELDS }, () => new Map<string, number>());
  private readonly noToken: number;

  constructor(weights: Record<string, number>) {
    for (const [key, w] of Object.entries(weights)) {
      const eq = key.indexOf('=');
      if (eq < 0) {
        this.flags.set(key, w);
        continue;
      }
      const template = key.slice(0, eq);
      const value = key.slice(eq + 1);
      let values = this.byTemplate.get(template);
      if (!values) this.byTemplate.set(template, (values = []));
      values.push([value, w]);
      this.internParts(value);
    }
    this.noToken = this.word(NO_TOKEN);
  }

  /** Interns every part of every way to cut the value in one, two or three parts (what `splits` yields). */
  private internParts(value: string): void {
    this.intern(value);
    for (let i = value.indexOf('|'); i >= 0; i = value.indexOf('|', i + 1)) {
      this.intern(value.slice(0, i));
      this.intern(value.slice(i + 1));
      for (let j = value.indexOf('|', i + 1); j >= 0; j = value.indexOf('|', j + 1)) this.intern(value.slice(i + 1, j));
    }
  }

  private intern(part: string): number {
    let id = this.vocab.get(part);
    if (id === undefined) this.vocab.set(part, (id = this.vocab.size));
    return id;
  }

  private table(template: string, parts: number): PartTable | null {
    const built = this.tables[parts - 1];
    let table = built.get(template);
    if (table === undefined) {
      const entries: [number, number, number, number][] = [];
      for (const [value, w] of this.byTemplate.get(template) ?? []) {
        for (const cut of splits(value, parts)) {
          const ids = cut.map((part) => this.vocab.get(part)!);
          entries.push([ids[0], ids[1] ?? -1, ids[2] ?? -1, w]);
        }
      }
      built.set(template, (table = entries.length > 0 ? new PartTable(entries) : null));
    }
    return table;
  }

  one(template: string, a: number): void {
    if (a >= 0) this.sum += this.table(template, 1)?.find(a, -1, -1) ?? 0;
  }

  two(template: string, a: number, b: number): void {
    if (a >= 0 && b >= 0) this.sum += this.table(template, 2)?.find(a, b, -1) ?? 0;
  }

  three(template: string, a: number, b: number, c: number): void {
    if (a >= 0 && b >= 0 && c >= 0) this.sum += this.table(template, 3)?.find(a, b, c) ?? 0;
  }

  flag(name: string): void {
    this.sum += this.flags.get(name) ?? 0;
  }

  // CueValues: ids of the context's token values, looked up once per token and field per document.
  private idOf(ctx: CueFeatureContext, k: number, field: number): number {
    if (ctx !== this.ctx) {
      this.ctx = ctx;
      if (this.ids.length < ctx.tokens.length * FIELDS) this.ids = new Int32Array(ctx.tokens.length * FIELDS * 2);
      this.ids.fill(UNKNOWN, 0, ctx.tokens.length * FIELDS);
    }
    const at = k * FIELDS + field;
    let id = this.ids[at];
    if (id === UNKNOWN) {
      const value = field === 0 ? STRING_VALUES.lemma(ctx, k) : field === 1 ? ctx.tokens[k].pos : field === 2 ? ctx.tokens[k].lower : STRING_VALUES.suffix(ctx, k);
      this.ids[at] = id = this.fieldId(field, value);
    }
    return id;
  }

  /**
   * A value's id, through a map per field of the values met so far: the vocabulary holds every part
   * of 170,000 features (a cache miss or two per lookup), a field's values met in text are far fewer.
   */
  private fieldId(field: number, value: string): number {
    const seen = this.seenIds[field];
    let id = seen.get(value);
    if (id === undefined) {
      if (seen.size >= FIELD_CACHE_LIMIT) seen.clear();
      seen.set(value, (id = this.word(value)));
    }
    return id;
  }

  lemma(ctx: CueFeatureContext, k: number): number {
    return k < 0 ? this.noToken : this.idOf(ctx, k, 0);
  }

  pos(ctx: CueFeatureContext, k: number): number {
    return k < 0 ? this.noToken : this.idOf(ctx, k, 1);
  }

  lower(ctx: CueFeatureContext, k: number): number {
    return this.idOf(ctx, k, 2);
  }

  suffix(ctx: CueFeatureContext, k: number): number {
    return this.idOf(ctx, k, 3);
  }

  word(value: string): number {
    return this.vocab.get(value) ?? -1;
  }
}

let model: { bias: number; weights: CueWeights; lemmas: Set<string> } | undefined;

// A lemma must be a cue this many times in PolNeAR train to be scored (measured on dev: see commit).
const MIN_LEMMA_COUNT = 5;

// Scores already computed for a document's tokens: extractors ask about the same token repeatedly.
const memo = new WeakMap<CueFeatureContext, Float64Array>();

export function cueScore(ctx: CueFeatureContext, i: number): number {
  let scores = memo.get(ctx);
  if (!scores) memo.set(ctx, (scores = new Float64Array(ctx.tokens.length).fill(Number.NaN)));
  if (!Number.isNaN(scores[i])) return scores[i];
  if (!model) {
    const raw = loadData<PerceptronWeights & { lemmas: Record<string, number> }>('models/cue-perceptron.json');
    const lemmas = new Set(Object.entries(raw.lemmas).filter(([, n]) => n >= MIN_LEMMA_COUNT).map(([l]) => l));
    model = { bias: raw.bias, weights: new CueWeights(raw.weights), lemmas };
  }
  // Only lemmas the training data marked as cues often enough are scored.
  if (!model.lemmas.has(ctx.tokens[i].lemma)) { scores[i] = -Infinity; return scores[i]; }
  model.weights.sum = model.bias;
  visitCueFeatures(ctx, i, model.weights, model.weights);
  scores[i] = model.weights.sum;
  return scores[i];
}
