// Document-level consistency for the second pass: a name keeps its type across an article, so the
// first pass's tags elsewhere in the document are evidence for each token (Krishnan & Manning 2006;
// Ratinov & Roth 2009). Per token:
// - "p1=<tag>", "p1-1=", "p1+1=": the first pass's own tags here and beside it;
// - "D=<type>": the majority first-pass type of the same capitalised word elsewhere in the document
//   (O counts as a type), "DN=<type>" the same over sentences that are not all-caps headlines;
// - "DE=<type>": the type of the longest first-pass name of two or more words elsewhere that
//   contains this word ("Clinton" after "Bill Clinton").
import type { DocView } from './ner-features.js';
import type { TagScheme } from './tag-scheme.js';

const TYPE_NAMES = ['O', 'PER', 'ORG', 'LOC', 'MISC'];

function typeIndex(scheme: TagScheme, tag: number): number {
  const type = scheme.typeOf(tag);
  return type === null ? 0 : TYPE_NAMES.indexOf(type);
}

function majority(counts: Int32Array | undefined, minus: number): string | null {
  if (!counts) return null;
  let best = -1;
  let arg = -1;
  for (let k = 0; k < 5; k++) {
    const c = counts[k] - (k === minus ? 1 : 0);
    if (c > best) {
      best = c;
      arg = k;
    }
  }
  return best > 0 ? TYPE_NAMES[arg] : null;
}

/** Second-pass features per token, from the first pass's tags over the whole document. */
export function docFeatures(v: DocView, tags: Uint8Array, scheme: TagScheme): string[][] {
  const tokens = v.tokens;
  const n = tokens.length;
  const types = new Int8Array(n);
  for (let i = 0; i < n; i++) types[i] = typeIndex(scheme, tags[i]);
  const capitalised = (i: number) => v.short[i].startsWith('X');
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
        const list = inNames.get(tokens[j].lower) ?? [];
        list.push(entry);
        inNames.set(tokens[j].lower, list);
      }
    }
    s = end;
  }
  const out: string[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const first = v.sentFirst[i];
    const end = v.sentEnd[i];
    const tagName = (j: number) => (j < first ? '<s>' : j >= end ? '</s>' : scheme.tags[tags[j]]);
    const f = [`p1=${tagName(i)}`, `p1-1=${tagName(i - 1)}`, `p1+1=${tagName(i + 1)}`];
    if (capitalised(i)) {
      const key = tokens[i].lower;
      const d = majority(all.get(key), types[i]);
      if (d) f.push(`D=${d}`);
      const dn = majority(body.get(key), v.headline[i] ? -1 : types[i]);
      if (dn) f.push(`DN=${dn}`);
      let longest: { type: number; first: number; end: number } | null = null;
      for (const e of inNames.get(key) ?? []) {
        if (i >= e.first && i < e.end) continue;
        if (!longest || e.end - e.first > longest.end - longest.first) longest = e;
      }
      if (longest) f.push(`DE=${TYPE_NAMES[longest.type]}`);
    }
    out[i] = f;
  }
  return out;
}
