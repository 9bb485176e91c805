// Training-side helpers for the name tagger (used by scripts/train-ner-model.mjs and the tests):
// gold CoNLL character spans aligned to Storyline tokens, the first-name list, feature interning with a
// frequency cut-off, sentence examples for either pass, and span-level scoring.
import type { Doc } from '../../../core/document.js';
import { FeatureIndex, decodeExample, type SequenceExample, type SequenceWeights, type TransitionMask } from '../../../models/sequence-perceptron.js';
import { StringSink, prepareDoc, tokenFeatures, wordFeatures, type DocView, type FeatureSink, type WordFeatures } from './ner-features.js';
import type { NerGazetteer } from './ner-gazetteer.js';
import { NER_TYPES, type NerType, type TagScheme, type TagSpan } from './tag-scheme.js';

export interface GoldEntity {
  start: number;
  end: number;
  type: string;
}

/** A CoNLL document as stored in shared/data/conll2003/*.jsonl. */
export interface GoldDoc {
  id: string;
  text: string;
  tokens: [number, number][];
  entities: GoldEntity[];
}

/**
 * Gold names as token ranges: a token belongs to a name when it lies inside the name's characters.
 * A name that the segmenter splits across sentences becomes one span per sentence.
 */
export function goldSpans(doc: Doc, entities: readonly GoldEntity[]): TagSpan[] {
  const spans: TagSpan[] = [];
  const tokens = doc.tokens;
  let i = 0;
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  for (const e of sorted) {
    if (!(NER_TYPES as readonly string[]).includes(e.type)) continue;
    while (i < tokens.length && tokens[i].end <= e.start) i++;
    let open: TagSpan | null = null;
    for (let j = i; j < tokens.length && tokens[j].start < e.end; j++) {
      if (tokens[j].start < e.start || tokens[j].end > e.end) continue;
      if (open && tokens[j].sentence === tokens[open.first].sentence && j === open.end) open.end = j + 1;
      else {
        if (open) spans.push(open);
        open = { first: j, end: j + 1, type: e.type as NerType };
      }
    }
    if (open) spans.push(open);
  }
  return spans;
}

/**
 * Given names in a gold document: the first CoNLL token of each person name of two or more tokens
 * ("Peter Blackburn" -> "peter"), lower-cased, alphabetic, two letters or more.
 */
export function firstNamesIn(gold: GoldDoc): Set<string> {
  const names = new Set<string>();
  for (const e of gold.entities) {
    if (e.type !== 'PER') continue;
    const inside = gold.tokens.filter(([s, t]) => s >= e.start && t <= e.end);
    if (inside.length < 2) continue;
    const word = gold.text.slice(inside[0][0], inside[0][1]);
    if (/^\p{Lu}\p{Ll}+$/u.test(word)) names.add(word.toLowerCase());
  }
  return names;
}

/** A segmented document ready for feature extraction. */
export interface PreparedDoc {
  doc: Doc;
  view: DocView;
  gold: TagSpan[];
  /** Gold tags over all tokens of the document. */
  tags: Uint8Array;
  words: WordFeatures[];
}

export function prepareTrainingDoc(doc: Doc, gold: readonly GoldEntity[], gaz: NerGazetteer, scheme: TagScheme): PreparedDoc {
  const spans = goldSpans(doc, gold);
  return {
    doc,
    view: prepareDoc(doc, gaz),
    gold: spans,
    tags: scheme.encode(spans, doc.tokens.length),
    words: doc.tokens.map((t) => wordFeatures(t.norm, gaz)),
  };
}

/** Feature ids of every token of a document: token i's are `features[offsets[i] .. offsets[i + 1])`. */
export interface EncodedDoc {
  features: Int32Array;
  offsets: Int32Array;
}

/** Interns feature strings; rare features can be dropped once all training data has been seen. */
export class FeatureTable {
  index = new FeatureIndex();
  private counts: number[] = [];

  encode(p: PreparedDoc, grow: boolean): EncodedDoc {
    const n = p.doc.tokens.length;
    const offsets = new Int32Array(n + 1);
    const ids: number[] = [];
    const buf: string[] = [];
    for (let i = 0; i < n; i++) {
      buf.length = 0;
      tokenFeatures(p.view, i, p.words, null, buf);
      for (const f of buf) {
        const id = this.index.id(f, grow);
        if (grow) this.counts[id] = (this.counts[id] ?? 0) + 1;
        ids.push(id);
      }
      offsets[i + 1] = ids.length;
    }
    return { features: Int32Array.from(ids), offsets };
  }

  /** Second-pass document features alone (a small vocabulary, never pruned) of a document's n tokens. */
  encodeExtra(n: number, extra: (i: number, sink: FeatureSink) => void, grow: boolean): EncodedDoc {
    const offsets = new Int32Array(n + 1);
    const ids: number[] = [];
    const sink = new StringSink();
    for (let i = 0; i < n; i++) {
      sink.out.length = 0;
      extra(i, sink);
      for (const f of sink.out) ids.push(this.index.id(f, grow));
      offsets[i + 1] = ids.length;
    }
    return { features: Int32Array.from(ids), offsets };
  }

  /** Drops features seen fewer than `min` times; rewrites the given encodings (dropped ids -> -1). */
  prune(min: number, encoded: readonly EncodedDoc[]): void {
    const old = this.index;
    const remap = new Int32Array(old.names.length).fill(-1);
    const next = new FeatureIndex();
    const counts: number[] = [];
    old.names.forEach((name, id) => {
      if (this.counts[id] >= min) {
        remap[id] = next.id(name, true);
        counts.push(this.counts[id]);
      }
    });
    for (const e of encoded) for (let k = 0; k < e.features.length; k++) e.features[k] = e.features[k] < 0 ? -1 : remap[e.features[k]];
    this.index = next;
    this.counts = counts;
  }

  get size(): number {
    return this.index.names.length;
  }
}

/** Token by token, the features of `a` then those of `b` (same document). */
export function mergeEncoded(a: EncodedDoc, b: EncodedDoc): EncodedDoc {
  const n = a.offsets.length - 1;
  const features = new Int32Array(a.features.length + b.features.length);
  const offsets = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    for (let j = a.offsets[i]; j < a.offsets[i + 1]; j++) features[k++] = a.features[j];
    for (let j = b.offsets[i]; j < b.offsets[i + 1]; j++) features[k++] = b.features[j];
    offsets[i + 1] = k;
  }
  return { features, offsets };
}

/** The example of the sentence spanning tokens [first, end) of the document. */
function sentenceExample(p: PreparedDoc, enc: EncodedDoc, first: number, end: number): SequenceExample {
  const base = enc.offsets[first];
  const offsets = new Int32Array(end - first + 1);
  for (let i = first; i <= end; i++) offsets[i - first] = enc.offsets[i] - base;
  return { features: enc.features.subarray(base, enc.offsets[end]), offsets, tags: p.tags.subarray(first, end) };
}

/** One example per sentence. */
export function sentenceExamples(p: PreparedDoc, enc: EncodedDoc): SequenceExample[] {
  return p.doc.sentences.map((s) => sentenceExample(p, enc, s.firstToken, s.endToken));
}

/** Tags of a whole document, decoded sentence by sentence with the given weights. */
export function decodeDoc(weights: SequenceWeights, mask: TransitionMask, p: PreparedDoc, enc: EncodedDoc): Uint8Array {
  const tags = new Uint8Array(p.doc.tokens.length);
  for (const s of p.doc.sentences) {
    decodeExample(weights, sentenceExample(p, enc, s.firstToken, s.endToken), mask, tags.subarray(s.firstToken, s.endToken));
  }
  return tags;
}

export interface SpanScore {
  tp: number;
  fp: number;
  fn: number;
  f1: number;
  byType: Record<string, { tp: number; fp: number; fn: number; f1: number }>;
}

const f1 = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));

/** Exact-span, exact-type F1 of predicted tags against gold spans, micro-averaged over documents. */
export function scoreSpans(scheme: TagScheme, docs: readonly PreparedDoc[], predicted: readonly Uint8Array[]): SpanScore {
  const byType: SpanScore['byType'] = {};
  for (const t of NER_TYPES) byType[t] = { tp: 0, fp: 0, fn: 0, f1: 0 };
  docs.forEach((p, d) => {
    const key = (s: TagSpan) => `${s.first}:${s.end}:${s.type}`;
    const pred = new Set<string>();
    for (const s of p.doc.sentences) {
      for (const span of scheme.decode(predicted[d].subarray(s.firstToken, s.endToken))) {
        pred.add(key({ first: s.firstToken + span.first, end: s.firstToken + span.end, type: span.type }));
      }
    }
    const gold = new Set(p.gold.map(key));
    for (const k of pred) byType[k.split(':')[2]][gold.has(k) ? 'tp' : 'fp']++;
    for (const k of gold) if (!pred.has(k)) byType[k.split(':')[2]].fn++;
  });
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of Object.values(byType)) {
    s.f1 = f1(s.tp, s.fp, s.fn);
    tp += s.tp;
    fp += s.fp;
    fn += s.fn;
  }
  return { tp, fp, fn, f1: f1(tp, fp, fn), byType };
}

const HONORIFICS = ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Mr', 'Sen.', 'Gov.', 'Rep.', 'Gen.'];

/**
 * CoNLL-2003 (Reuters, 1996) almost never writes "Mr. X", which news elsewhere does all the time. This
 * puts an honorific before a share of the person names of a training document (not after a word
 * that already is one), shifting later offsets; `random` is the caller's seeded generator.
 */
export function withHonorifics(gold: GoldDoc, rate: number, random: () => number): GoldDoc {
  let text = '';
  let from = 0;
  const inserts: { at: number; length: number }[] = [];
  for (const e of [...gold.entities].sort((a, b) => a.start - b.start)) {
    if (e.type !== 'PER' || random() >= rate) continue;
    const before = gold.text.slice(Math.max(0, e.start - 5), e.start);
    if (/(?:Mr|Mrs|Ms|Dr)\.? $/.test(before)) continue;
    const word = HONORIFICS[Math.floor(random() * HONORIFICS.length)] + ' ';
    text += gold.text.slice(from, e.start) + word;
    from = e.start;
    inserts.push({ at: e.start, length: word.length });
  }
  text += gold.text.slice(from);
  const shift = (offset: number, isEnd: boolean) => {
    let s = offset;
    for (const ins of inserts) if (ins.at < offset || (ins.at === offset && !isEnd)) s += ins.length;
    return s;
  };
  return {
    ...gold,
    text,
    tokens: gold.tokens.map(([s, e]) => [shift(s, false), shift(e, true)] as [number, number]),
    entities: gold.entities.map((e) => ({ ...e, start: shift(e.start, false), end: shift(e.end, true) })),
  };
}
