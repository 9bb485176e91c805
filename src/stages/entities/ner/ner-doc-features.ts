// Document-level consistency for the second pass: a name keeps its type across an article, so the
// first pass's tags elsewhere in the document are evidence for each token (Krishnan & Manning 2006;
// Ratinov & Roth 2009). Per token:
// - "pt=<tag>", "pt-1=", "pt+1=": the first pass's own tags here and beside it;
// - "D=<type>": the majority first-pass type of the same capitalised word elsewhere in the document
//   (O counts as a type), "DN=<type>" the same over sentences that are not all-caps headlines;
// - "DE=<type>": the type of the longest first-pass name of two or more words elsewhere that
//   contains this word ("Clinton" after "Bill Clinton").
import type { DocView, FeatureSink } from './ner-features.js';
import type { TagScheme } from './tag-scheme.js';

const TYPE_NAMES = ['O', 'PER', 'ORG', 'LOC', 'MISC'];

/** The templates `docFeatures` emits (all single-valued). */
export const DOC_ONE = ['pt', 'pt-1', 'pt+1', 'D', 'DN', 'DE'] as const;
const NONE = -1;

/** What the first pass says about each token's word elsewhere in the document (type indices or NONE). */
export interface DocFacts {
  tags: Uint8Array;
  majority: Int8Array;
  bodyMajority: Int8Array;
  inLongerName: Int8Array;
  /** Where the word stands in that name: 0 first, 1 inside, 2 last. */
  inLongerAt: Int8Array;
}

/** "DE" values, built once so that decoding concatenates no strings: type × position. */
const DE_VALUES = TYPE_NAMES.map((t) => [`${t}F`, `${t}M`, `${t}L`]);

function typeIndex(scheme: TagScheme, tag: number): number {
  const type = scheme.typeOf(tag);
  return type === null ? 0 : TYPE_NAMES.indexOf(type);
}

function majority(counts: Int32Array | undefined, minus: number): number {
  if (!counts) return NONE;
  let best = 0;
  let arg = NONE;
  for (let k = 0; k < 5; k++) {
    const c = counts[k] - (k === minus ? 1 : 0);
    if (c > best) {
      best = c;
      arg = k;
    }
  }
  return arg;
}

export function docFacts(v: DocView, tags: Uint8Array, scheme: TagScheme): DocFacts {
  const tokens = v.tokens;
  const n = tokens.length;
  const typeOfTag = Int8Array.from(scheme.tags, (_, tag) => typeIndex(scheme, tag));
  const types = new Int8Array(n);
  for (let i = 0; i < n; i++) types[i] = typeOfTag[tags[i]];
  const capitalised = (i: number) => v.short[i].charCodeAt(0) === 88; // 'X'
  const all = new Map<string, Int32Array>();
  const body = new Map<string, Int32Array>();
  const count = (m: Map<string, Int32Array>, key: string, type: number) => {
    let c = m.get(key);
    if (!c) m.set(key, (c = new Int32Array(5)));
    c[type]++;
  };
  for (let i = 0; i < n; i++) {
    if (!capitalised(i)) continue;
    count(all, tokens[i].lower, types[i]);
    if (!v.headline[i]) count(body, tokens[i].lower, types[i]);
  }
  // Words of multi-word names: lower-case word -> names (type, token range) containing it.
  const inNames = new Map<string, { type: number; first: number; end: number }[]>();
  for (let s = 0; s < n; ) {
    const first = v.sentFirst[s];
    const end = v.sentEnd[s];
    for (const span of scheme.decode(tags.subarray(first, end))) {
      if (span.end - span.first < 2) continue;
      const entry = { type: TYPE_NAMES.indexOf(span.type), first: first + span.first, end: first + span.end };
      for (let j = entry.first; j < entry.end; j++) {
        if (!capitalised(j)) continue;
        const list = inNames.get(tokens[j].lower);
        if (list) list.push(entry);
        else inNames.set(tokens[j].lower, [entry]);
      }
    }
    s = end;
  }
  const facts: DocFacts = { tags, majority: new Int8Array(n).fill(NONE), bodyMajority: new Int8Array(n).fill(NONE), inLongerName: new Int8Array(n).fill(NONE), inLongerAt: new Int8Array(n) };
  for (let i = 0; i < n; i++) {
    if (!capitalised(i)) continue;
    const key = tokens[i].lower;
    facts.majority[i] = majority(all.get(key), types[i]);
    facts.bodyMajority[i] = majority(body.get(key), v.headline[i] ? NONE : types[i]);
    let longest: { type: number; first: number; end: number } | null = null;
    let at = 0;
    for (const e of inNames.get(key) ?? []) {
      if (i >= e.first && i < e.end) continue;
      if (!longest || e.end - e.first > longest.end - longest.first) {
        longest = e;
        at = tokens[e.first].lower === key ? 0 : tokens[e.end - 1].lower === key ? 2 : 1;
      }
    }
    if (longest) {
      facts.inLongerName[i] = longest.type;
      facts.inLongerAt[i] = at;
    }
  }
  return facts;
}

// A function, not a closure made per call: docFeatures runs for every token of every document.
function tagName(scheme: TagScheme, facts: DocFacts, j: number, first: number, end: number): string {
  return j < first ? '<s>' : j >= end ? '</s>' : scheme.tags[facts.tags[j]];
}

/** Second-pass features of token i. */
export function docFeatures(v: DocView, facts: DocFacts, scheme: TagScheme, i: number, sink: FeatureSink): void {
  const first = v.sentFirst[i];
  const end = v.sentEnd[i];
  sink.one('pt', tagName(scheme, facts, i, first, end));
  sink.one('pt-1', tagName(scheme, facts, i - 1, first, end));
  sink.one('pt+1', tagName(scheme, facts, i + 1, first, end));
  if (facts.majority[i] !== NONE) sink.one('D', TYPE_NAMES[facts.majority[i]]);
  if (facts.bodyMajority[i] !== NONE) sink.one('DN', TYPE_NAMES[facts.bodyMajority[i]]);
  if (facts.inLongerName[i] !== NONE) sink.one('DE', DE_VALUES[facts.inLongerName[i]][facts.inLongerAt[i]]);
}
