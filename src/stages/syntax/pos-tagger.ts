// Part-of-speech tagger: UPOS and Penn XPOS at once (one class per pair seen in the treebanks), greedy
// left to right, an averaged perceptron over hashed features (src/models/hashed-perceptron.ts).
// Hand-written: no maintained JavaScript tagger is trained on Universal Dependencies or reads word
// clusters. Features (Collins 2002; Ratnaparkhi 1996; Turian et al. 2010): the word and its
// neighbours, affixes, shapes, the two previous tags, the word's ambiguity class (the set of tags it
// had in training) and its GloVe cluster prefixes. Trained by scripts/train-syntax.mjs.
import { key1, key2, key3 } from '../../models/feature-hash.js';
import { scoreInto, type LinearModel } from '../../models/hashed-perceptron.js';
import type { SentenceWords } from './word-features.js';

export const MAX_TAGGER_FEATURES = 64;
const BOS = -2;
const EOS = -3;
const NO_TAG = 254;

export interface TaggerData {
  /** Class names, "UPOS\tXPOS". */
  tags: string[];
  /** Lower-case word -> ambiguity class (hash of its tag set in training), for frequent words. */
  ambiguity: Record<string, number>;
}

export function ambiguityClasses(sw: SentenceWords, data: TaggerData): Int32Array {
  const out = new Int32Array(sw.n);
  for (let i = 0; i < sw.n; i++) out[i] = data.ambiguity[sw.lower[i]] ?? -1;
  return out;
}

/** A lexical value at j, or the sentence-boundary markers (a module function: no closure per word). */
function at(a: Int32Array, n: number, j: number): number {
  return j < 0 ? BOS : j >= n ? EOS : a[j];
}

/**
 * Features of word i that depend on its form alone (the form fixes its hash, affixes, shape, clusters
 * and ambiguity class): the tagger scores them once per distinct form and keeps the sum.
 */
export function wordOnlyFeatures(sw: SentenceWords, amb: Int32Array, i: number, out: Int32Array, k: number): number {
  out[k++] = key1(1, 0);
  out[k++] = key1(2, sw.word[i]);
  out[k++] = key1(7, sw.suf1[i]);
  out[k++] = key1(8, sw.suf2[i]);
  out[k++] = key1(9, sw.suf3[i]);
  out[k++] = key1(10, sw.suf4[i]);
  out[k++] = key1(11, sw.pre1[i]);
  out[k++] = key1(12, sw.shape[i]);
  const c = sw.c;
  for (let p = 0; p < c.length; p++) if (c[p][i] >= 0) out[k++] = key1(20 + p, c[p][i]);
  out[k++] = key1(29, amb[i]);
  out[k++] = key1(40, sw.form[i]);
  out[k++] = key1(42, sw.pre3[i]);
  return k;
}

/**
 * Features of word i in its sentence: its neighbours and the previous two tags, and for the second
 * pass (`right` set) the first pass's tags of word i and the two words after it.
 */
export function contextFeatures(
  sw: SentenceWords,
  amb: Int32Array,
  i: number,
  t1: number,
  t2: number,
  out: Int32Array,
  k: number,
  right: Uint8Array | null = null,
): number {
  const n = sw.n;
  const w = sw.word;
  const c = sw.c;
  out[k++] = key1(3, at(w, n, i - 1));
  out[k++] = key1(4, at(w, n, i + 1));
  out[k++] = key1(5, at(w, n, i - 2));
  out[k++] = key1(6, at(w, n, i + 2));
  out[k++] = key1(13, at(sw.shape, n, i - 1));
  out[k++] = key1(14, at(sw.shape, n, i + 1));
  out[k++] = key1(15, t1);
  out[k++] = key1(16, t2);
  out[k++] = key2(17, t1, t2);
  out[k++] = key2(18, t1, w[i]);
  out[k++] = key2(19, t1, sw.suf3[i]);
  out[k++] = key1(24, at(c[1], n, i - 1));
  out[k++] = key1(25, at(c[1], n, i + 1));
  out[k++] = key1(26, at(c[3], n, i - 1));
  out[k++] = key1(27, at(c[3], n, i + 1));
  out[k++] = key1(28, at(c[1], n, i + 2));
  out[k++] = key1(30, at(amb, n, i + 1));
  out[k++] = key1(31, at(amb, n, i - 1));
  out[k++] = key2(32, amb[i], t1);
  out[k++] = key1(33, at(sw.suf3, n, i + 1));
  out[k++] = key1(34, at(sw.suf3, n, i - 1));
  out[k++] = key2(35, at(w, n, i - 1), w[i]);
  out[k++] = key2(36, w[i], at(w, n, i + 1));
  if (i === 0) out[k++] = key1(37, sw.shape[i]);
  out[k++] = key3(38, t1, amb[i], at(amb, n, i + 1));
  out[k++] = key2(39, sw.shape[i], at(sw.suf3, n, i - 1));
  out[k++] = key2(41, t1, at(w, n, i + 1));
  out[k++] = key2(43, at(sw.form, n, i - 1), sw.form[i]);
  return right ? rightFeatures(sw, amb, i, t1, right, out, k) : k;
}

/** The first pass's tag at j, or the sentence-boundary markers. */
function tagAt(tags: Uint8Array, n: number, j: number): number {
  return j < 0 ? BOS : j >= n ? EOS : tags[j];
}

/** Second-pass features: the first pass's tags around word i, alone and with its word and left tag. */
function rightFeatures(sw: SentenceWords, amb: Int32Array, i: number, t1: number, right: Uint8Array, out: Int32Array, k: number): number {
  const n = sw.n;
  const p0 = right[i];
  const p1 = tagAt(right, n, i + 1);
  const p2 = tagAt(right, n, i + 2);
  out[k++] = key1(50, p1);
  out[k++] = key1(51, p2);
  out[k++] = key2(52, p1, p2);
  out[k++] = key2(53, t1, p1);
  out[k++] = key2(54, p1, sw.word[i]);
  out[k++] = key1(55, p0);
  out[k++] = key2(56, p0, p1);
  out[k++] = key3(57, t1, p0, p1);
  out[k++] = key2(58, p1, sw.suf3[i]);
  out[k++] = key2(59, p1, amb[i]);
  return k;
}

/** All features of word i (given the previous two tags), as training sees them; returns their count. */
export function taggerFeatures(sw: SentenceWords, amb: Int32Array, i: number, t1: number, t2: number, out: Int32Array, right: Uint8Array | null = null): number {
  return contextFeatures(sw, amb, i, t1, t2, out, wordOnlyFeatures(sw, amb, i, out, 0), right);
}

/** Word-only score vectors kept per form, at most this many (then cleared: bounded memory). */
const FORM_CACHE_LIMIT = 20_000;

export class PosTagger {
  private readonly keys = new Int32Array(MAX_TAGGER_FEATURES);
  private readonly scores: Float64Array;
  /** Form -> the summed scores of its word-only features (integers in model units, exact as float32). */
  private readonly byForm = new Map<string, Float32Array>();

  /** `first`: the first-pass tagger whose tags this (second-pass) model reads on both sides. */
  constructor(
    readonly model: LinearModel,
    readonly data: TaggerData,
    readonly first: PosTagger | null = null,
  ) {
    this.scores = new Float64Array(model.nClasses);
  }

  /** Class ids, one per word. */
  tag(sw: SentenceWords): Uint8Array {
    const amb = ambiguityClasses(sw, this.data);
    const right = this.first ? this.first.tag(sw) : null;
    const tags = new Uint8Array(sw.n);
    const scores = this.scores;
    let t1 = NO_TAG;
    let t2 = NO_TAG;
    for (let i = 0; i < sw.n; i++) {
      scores.set(this.wordScores(sw, amb, i));
      const n = contextFeatures(sw, amb, i, t1, t2, this.keys, 0, right);
      scoreInto(this.model, this.keys, n, scores);
      let best = 0;
      for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
      tags[i] = best;
      t2 = t1;
      t1 = best;
    }
    return tags;
  }

  private wordScores(sw: SentenceWords, amb: Int32Array, i: number): Float32Array {
    const form = sw.forms[i];
    let cached = this.byForm.get(form);
    if (cached) return cached;
    const n = wordOnlyFeatures(sw, amb, i, this.keys, 0);
    const scores = this.scores;
    scores.fill(0);
    scoreInto(this.model, this.keys, n, scores);
    cached = Float32Array.from(scores);
    if (this.byForm.size >= FORM_CACHE_LIMIT) this.byForm.clear();
    this.byForm.set(form, cached);
    return cached;
  }
}

export { NO_TAG };
