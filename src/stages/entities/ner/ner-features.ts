// Features of the name tagger, as strings. Two kinds, so that decoding can be fast:
// - word features depend only on a token's text (the word, lower case, shape, affixes, one-word
//   gazetteer categories); a token's own and its neighbours' (±2) word features are summed once per
//   distinct word and cached (ner-model.ts);
// - context features depend on the sentence and document (POS tags, word and shape bigrams,
//   multi-word gazetteer names, sentence start, all-caps headline, the word's lower-case use
//   elsewhere in the document) and, in the second pass, on the first pass's tags across the
//   document (ner-doc-features.ts).
// Training builds the same strings token by token (`tokenFeatures`), so both paths agree.
import type { Doc } from '../../../core/document.js';
import type { Token } from '../../../core/records/token.js';
import { wordClusters } from '../../syntax/word-features.js';
import type { NerGazetteer } from './ner-gazetteer.js';

/** Features of one word, by the offset they are seen from. */
export interface WordFeatures {
  /** At the token itself. */
  center: string[];
  /** At offsets ±1 (not yet prefixed with the offset). */
  near: string[];
  /** At offsets ±2 (not yet prefixed). */
  far: string[];
}

export const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2] as const;

/** A neighbour's word feature as seen from the token: "-1l=the", "+2s=Xx". */
export function atOffset(k: number, feature: string): string {
  return `${k > 0 ? '+' : ''}${k}${feature}`;
}

/** The feature a position before the sentence start or after its end contributes. */
export function boundaryFeature(k: number): string {
  return k < 0 ? `${k}<s>` : `+${k}</s>`;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;

function charClass(ch: string): string {
  if (UPPER.test(ch)) return 'X';
  if (LOWER.test(ch)) return 'x';
  if (DIGIT.test(ch)) return 'd';
  return ch;
}

/** A character's class by char code for ASCII: X, x, d, or the character itself. */
const asciiClass = (c: number): number => (c >= 65 && c <= 90 ? 88 : c >= 97 && c <= 122 ? 120 : c >= 48 && c <= 57 ? 100 : c);

/**
 * Word shape with runs cut at four ("Peter" -> "Xxxxx" -> "Xxxx", "1996-08-22" -> "dddd-dd-dd").
 * ASCII words are classed by char code, any other through the Unicode classes (as shortShape).
 */
export function longShape(word: string): string {
  let out = '';
  let last = -1;
  let run = 0;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 0x80) return unicodeLongShape(word);
    const cls = asciiClass(c);
    run = cls === last ? run + 1 : 1;
    last = cls;
    if (run <= 4) out += String.fromCharCode(cls);
  }
  return out;
}

function unicodeLongShape(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of word) {
    const c = charClass(ch);
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 4) out += c;
  }
  return out;
}

/**
 * Word shape with runs collapsed ("Peter" -> "Xx", "U.S." -> "X.X.", "McDonald" -> "XxXx"). Every
 * token's shape is taken once per document, so ASCII words (nearly all of English news) are classed
 * by char code; a word with any other character goes through the Unicode classes.
 */
export function shortShape(word: string): string {
  // The shapes of most words ("x", "Xx", "X", "d") come back as the same few strings: no string is
  // built per token, and the lookups keyed by shapes hash nothing new.
  let runs = 0;
  let first = -1;
  let second = -1;
  let last = -1;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 0x80) return unicodeShortShape(word);
    const cls = asciiClass(c);
    if (cls !== last) {
      if (runs === 0) first = cls;
      else if (runs === 1) second = cls;
      else return asciiShortShape(word);
      runs++;
    }
    last = cls;
  }
  if (runs === 0) return '';
  // One character is V8's cached single-character string.
  return runs === 1 ? String.fromCharCode(first) : first === 88 && second === 120 ? 'Xx' : String.fromCharCode(first, second);
}

/** The shape of a word of three runs or more, by char code while it is ASCII. */
function asciiShortShape(word: string): string {
  let out = '';
  let last = -1;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 0x80) return unicodeShortShape(word);
    const cls = asciiClass(c);
    if (cls !== last) out += String.fromCharCode(cls);
    last = cls;
  }
  return out;
}

function unicodeShortShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = charClass(ch);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Receives a word's features as (template, value) parts, by the offsets they are seen from. */
export interface WordFeatureSink {
  /** At the token itself. */
  center(template: string, value: string): void;
  /** At offsets ±1. */
  near(template: string, value: string): void;
  /** At offsets ±2. */
  far(template: string, value: string): void;
}

const PREFIX_TEMPLATES = ['p1', 'p2', 'p3', 'p4'];

/**
 * GloVe cluster paths (data/models/word-clusters.tsv, the syntax models' loader) cut at several
 * lengths, coarse to fine (Turian et al. 2010): a word no training text holds still looks like the
 * words it keeps company with in 6 billion tokens ("Salesforce" beside the software companies).
 */
const CLUSTER_LENGTHS = [4, 8, 12, 16] as const;
const CLUSTER_TEMPLATES = CLUSTER_LENGTHS.map((k) => `c${k}`);
/** The cluster prefixes seen from the neighbours (±1): the coarser ones. */
const NEAR_CLUSTERS = [1, 3] as const;

/** A lower-case word's cluster path as a bit string ("" when the clusters lack it). */
export function clusterPath(lower: string): string {
  const table = wordClusters();
  const packed = table.get(lower) ?? table.get(lower.replace(/\d/g, '0'));
  if (packed === undefined) return '';
  const len = packed >>> 16;
  return len === 0 ? '' : (packed & 0xffff).toString(2).padStart(len, '0');
}
const SUFFIX_TEMPLATES = ['x1', 'x2', 'x3', 'x4'];

/**
 * A word's features, declared once: handed to a sink as parts, in order within each offset group.
 * `wordFeatures` spells them as strings (training); the decoder looks the parts up (ner-model.ts).
 */
export function visitWordFeatures(norm: string, gaz: NerGazetteer, sink: WordFeatureSink): void {
  const lower = norm.toLowerCase();
  const short = shortShape(norm);
  sink.center('w', norm);
  sink.center('l', lower);
  sink.center('S', longShape(norm));
  sink.center('s', short);
  for (let k = 1; k <= 4 && k < lower.length; k++) {
    sink.center(PREFIX_TEMPLATES[k - 1], lower.slice(0, k));
    sink.center(SUFFIX_TEMPLATES[k - 1], lower.slice(-k));
  }
  const path = clusterPath(lower);
  if (path) {
    for (let k = 0; k < CLUSTER_LENGTHS.length; k++) sink.center(CLUSTER_TEMPLATES[k], path.slice(0, CLUSTER_LENGTHS[k]));
    for (const k of NEAR_CLUSTERS) sink.near(CLUSTER_TEMPLATES[k], path.slice(0, CLUSTER_LENGTHS[k]));
  }
  sink.near('l', lower);
  sink.near('s', short);
  for (const cat of gaz.wordCategories(lower)) {
    sink.center('g', cat);
    sink.near('g', cat);
  }
  sink.far('l', lower);
}

export function wordFeatures(norm: string, gaz: NerGazetteer): WordFeatures {
  const out: WordFeatures = { center: [], near: [], far: [] };
  visitWordFeatures(norm, gaz, {
    center: (template, value) => out.center.push(`${template}=${value}`),
    near: (template, value) => out.near.push(`${template}=${value}`),
    far: (template, value) => out.far.push(`${template}=${value}`),
  });
  return out;
}

/** Per-document facts the context features read, computed once per document. */
export interface DocView {
  tokens: readonly Token[];
  /** Per token: its sentence's first and end token. */
  sentFirst: Int32Array;
  sentEnd: Int32Array;
  /** Per token: its sentence has (almost) no lower-case letters (wire headlines, datelines). */
  headline: Uint8Array;
  /** Per token: collapsed shape. */
  short: string[];
  /** Per token: multi-word gazetteer matches ("placeB", "countryI"), or null. */
  names: (string[] | null)[];
  /** Per token: it is capitalised and the same word appears in lower case elsewhere in the document. */
  lowerElsewhere: Uint8Array;
  /** Per token: the first word of its sentence, after any opening quotes, brackets or dashes. */
  firstWord: Uint8Array;
}

function isHeadline(tokens: readonly Token[], first: number, end: number): boolean {
  let upper = 0;
  let lower = 0;
  // Letters not yet read, at most: prose is told apart after a few lower-case letters.
  let unread = 0;
  for (let i = first; i < end; i++) unread += tokens[i].norm.length;
  for (let i = first; i < end; i++) {
    const w = tokens[i].norm;
    for (let k = 0; k < w.length; k++) {
      const c = w.charCodeAt(k);
      if (c >= 65 && c <= 90) upper++;
      else if (c >= 97 && c <= 122) lower++;
    }
    unread -= w.length;
    if (lower * 10 > upper + unread) return false;
  }
  return upper >= 3 && lower * 10 <= upper;
}

export function prepareDoc(doc: Doc, gaz: NerGazetteer): DocView {
  const tokens = doc.tokens;
  const n = tokens.length;
  const sentFirst = new Int32Array(n);
  const sentEnd = new Int32Array(n);
  const headline = new Uint8Array(n);
  const names: (string[] | null)[] = new Array(n).fill(null);
  for (const s of doc.sentences) {
    const hl = isHeadline(tokens, s.firstToken, s.endToken) ? 1 : 0;
    gaz.matchNames(tokens, s.firstToken, s.endToken, names);
    for (let i = s.firstToken; i < s.endToken; i++) {
      sentFirst[i] = s.firstToken;
      sentEnd[i] = s.endToken;
      headline[i] = hl;
    }
  }
  const short = tokens.map((t) => shortShape(t.norm));
  // Capitalised words first (a few per sentence), then the lower-case tokens that spell one of them.
  const capitalised = new Set<string>();
  for (let i = 0; i < n; i++) if (short[i].charCodeAt(0) === 88) capitalised.add(tokens[i].lower); // 'X'
  const lowerWords = new Set<string>();
  for (const t of tokens) if (t.norm === t.lower && capitalised.has(t.lower) && LOWER.test(t.norm)) lowerWords.add(t.lower);
  const lowerElsewhere = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (short[i].charCodeAt(0) === 88 && lowerWords.has(tokens[i].lower)) lowerElsewhere[i] = 1;
  const firstWord = new Uint8Array(n);
  for (const s of doc.sentences) {
    let i = s.firstToken;
    while (i < s.endToken - 1 && tokens[i].type === 'punctuation') i++;
    firstWord[i] = 1;
  }
  return { tokens, sentFirst, sentEnd, headline, short, names, lowerElsewhere, firstWord };
}

/**
 * Receives features as they are produced. A feature is a flag ("F"), a template with one value
 * ("p=NOUN") or a template with two values ("ll=the|minister"); training spells them out as strings,
 * decoding looks their weights up by (template, value) without building strings (ner-model.ts).
 */
export interface FeatureSink {
  flag(name: string): void;
  one(template: string, value: string): void;
  two(template: string, a: string, b: string): void;
}

/** Spells features out as strings (the training path). */
export class StringSink implements FeatureSink {
  constructor(public out: string[] = []) {}
  flag(name: string): void {
    this.out.push(name);
  }
  one(template: string, value: string): void {
    this.out.push(`${template}=${value}`);
  }
  two(template: string, a: string, b: string): void {
    this.out.push(`${template}=${a}|${b}`);
  }
}

/** Every flag and template `contextFeatures` emits (decoding indexes the model's weights by them). */
export const CONTEXT_FLAGS = ['b', 'F', 'H', 'Dlc'] as const;
export const CONTEXT_ONE = ['p', 'p-1', 'p+1', 'p-2', 'p+2', 'F&s', 'H&p', 'G'] as const;

/** The per-token values pair features combine: POS tag, lower-case word, collapsed shape. */
export type PairField = 'pos' | 'low' | 'shp';

/** A pair feature: template, then the field and offset of its first and of its second value. */
export type PairTemplate = readonly [template: string, a: PairField, aAt: -1 | 0, b: PairField, bAt: 0 | 1];

/** Every pair feature `contextFeatures` emits, in order (decoding reads this table too: ner-model.ts). */
export const PAIR_TEMPLATES: readonly PairTemplate[] = [
  ['pp', 'pos', -1, 'pos', 0],
  ['pn', 'pos', 0, 'pos', 1],
  ['ll', 'low', -1, 'low', 0],
  ['ln', 'low', 0, 'low', 1],
  ['ss', 'shp', -1, 'shp', 0],
  ['sn', 'shp', 0, 'shp', 1],
  ['ls', 'low', -1, 'shp', 0],
  ['sl', 'shp', 0, 'low', 1],
];
export const CONTEXT_TWO = PAIR_TEMPLATES.map(([template]) => template);

export const BOS = '<s>';
export const EOS = '</s>';

/** Field f of token j as seen from a token of the sentence [first, end): outside it, a boundary mark. */
export function pairValue(v: DocView, f: PairField, j: number, first: number, end: number): string {
  if (j < first) return BOS;
  if (j >= end) return EOS;
  return f === 'pos' ? v.tokens[j].pos : f === 'low' ? v.tokens[j].lower : v.short[j];
}

// A function, not a closure made per call: contextFeatures runs for most tokens of every document.
function posAt(t: readonly Token[], j: number, first: number, end: number): string {
  return j < first ? BOS : j >= end ? EOS : t[j].pos;
}

/**
 * Context features of token i (both passes). `pairs: false` leaves out the pair features, for a
 * caller that scores them itself from PAIR_TEMPLATES (the decoder, with interned values).
 */
export function contextFeatures(v: DocView, i: number, sink: FeatureSink, pairs = true): void {
  const t = v.tokens;
  const first = v.sentFirst[i];
  const end = v.sentEnd[i];
  const p0 = t[i].pos;
  sink.flag('b');
  sink.one('p', p0);
  sink.one('p-1', posAt(t, i - 1, first, end));
  sink.one('p+1', posAt(t, i + 1, first, end));
  sink.one('p-2', posAt(t, i - 2, first, end));
  sink.one('p+2', posAt(t, i + 2, first, end));
  if (pairs) {
    for (const [template, fa, aAt, fb, bAt] of PAIR_TEMPLATES) {
      const a = pairValue(v, fa, i + aAt, first, end);
      // A pair feature is stored as "template=a|b" and split at the first "|" when the model loads,
      // so a first value that holds a "|" could not be told apart: such pairs are left out.
      if (a.indexOf('|') < 0) sink.two(template, a, pairValue(v, fb, i + bAt, first, end));
    }
  }
  const s0 = v.short[i];
  if (v.firstWord[i]) {
    sink.flag('F');
    sink.one('F&s', s0);
  }
  if (v.headline[i]) {
    sink.flag('H');
    sink.one('H&p', p0);
  }
  const names = v.names[i];
  if (names) for (const f of names) sink.one('G', f);
  if (v.lowerElsewhere[i]) sink.flag('Dlc');
}

/**
 * All features of token i as strings (the training path): its word features, its neighbours' at
 * their offsets, context features and, in the second pass, document features (`extra`).
 */
export function tokenFeatures(
  v: DocView,
  i: number,
  words: readonly WordFeatures[],
  extra: ((i: number, sink: FeatureSink) => void) | null,
  out: string[],
): void {
  for (const f of words[i].center) out.push(f);
  const first = v.sentFirst[i];
  const end = v.sentEnd[i];
  for (const k of NEIGHBOUR_OFFSETS) {
    const j = i + k;
    if (j < first || j >= end) {
      out.push(boundaryFeature(k));
      continue;
    }
    for (const f of Math.abs(k) === 1 ? words[j].near : words[j].far) out.push(atOffset(k, f));
  }
  const sink = new StringSink(out);
  contextFeatures(v, i, sink);
  if (extra) extra(i, sink);
}
