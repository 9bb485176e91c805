// What the syntax models know of a word, computed once per token as integers: its hash (lower case,
// digits as 0), shape, affixes, and its GloVe cluster at several prefix lengths (Turian et al. 2010:
// prefixes of 4, 8, 12 and 16 bits of data/models/word-clusters.tsv, built by
// scripts/build-word-clusters.mjs), so a word never seen in the treebanks still looks like the words
// it resembles in 6 billion tokens of text.
import { readFileSync } from 'node:fs';
import { dataUrl } from '../../data/load.js';
import { hashString } from '../../models/feature-hash.js';

/** Per word, packed (bit length << 16 | bits), or undefined. */
let clusters: Map<string, number> | null = null;

export function wordClusters(): Map<string, number> {
  if (clusters) return clusters;
  const map = new Map<string, number>();
  const text = readFileSync(dataUrl('models/word-clusters.tsv'), 'utf8');
  let at = 0;
  while (at < text.length) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    if (text.charCodeAt(at) !== 35 /* # */) {
      const tab = text.indexOf('\t', at);
      if (tab > at && tab < nl) {
        const bits = text.slice(tab + 1, nl);
        const len = Math.min(bits.length, 16);
        map.set(text.slice(at, tab), (len << 16) | (len ? parseInt(bits.slice(0, len), 2) : 0));
      }
    }
    at = nl + 1;
  }
  clusters = map;
  return map;
}

export const CLUSTER_PREFIXES = [4, 8, 12, 16] as const;

/** The first `p` bits of a packed cluster path (the whole path when shorter), as a feature value. */
function clusterPrefix(packed: number, p: number): number {
  const len = packed >>> 16;
  const q = Math.min(p, len);
  return (q << 16) | ((packed & 0xffff) >>> (len - q));
}

/** Word shape with runs cut to two: "McCain" -> "XxXx", "1990s" -> "ddx", "U.S." -> "X.X.". */
export function wordShape(form: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of form) {
    const code = ch.charCodeAt(0);
    // ASCII by char code (most words); other characters by Unicode class.
    const c =
      code < 0x80
        ? code >= 65 && code <= 90
          ? 'X'
          : code >= 97 && code <= 122
            ? 'x'
            : code >= 48 && code <= 57
              ? 'd'
              : ch
        : /\p{Lu}/u.test(ch)
          ? 'X'
          : /\p{L}/u.test(ch)
            ? 'x'
            : /\p{N}/u.test(ch)
              ? 'd'
              : ch;
    if (c === last) {
      if (++run > 2) continue;
    } else {
      last = c;
      run = 1;
    }
    out += c;
  }
  return out;
}

const NONE = 0x5f5f5f5f;

// A word's integer features, computed once per distinct form and kept: most tokens of a text are
// frequent words met before, and building them (lower case, shape, five hashes, a cluster look-up)
// cost as much as tagging them. Cleared when full, so memory stays bounded on any input.
const FIELDS = 13;
const CACHE_LIMIT = 100_000;
const known = new Map<string, { ints: Int32Array; lower: string }>();

function wordRecord(form: string): { ints: Int32Array; lower: string } {
  let rec = known.get(form);
  if (rec) return rec;
  const low = form.toLowerCase();
  const digitless = /\d/.test(low) ? low.replace(/\d/g, '0') : low;
  const ints = new Int32Array(FIELDS);
  ints[0] = hashString(digitless);
  ints[1] = hashString(wordShape(form));
  ints[2] = hashString(form);
  ints[3] = low.charCodeAt(0) | 0;
  ints[4] = hashString(low.slice(0, 3));
  ints[5] = hashString(low.slice(-1));
  ints[6] = hashString(low.slice(-2));
  ints[7] = hashString(low.slice(-3));
  ints[8] = low.length > 4 ? hashString(low.slice(-4)) : NONE;
  const table = wordClusters();
  const packed = table.get(low) ?? table.get(digitless);
  for (let k = 0; k < CLUSTER_PREFIXES.length; k++) ints[9 + k] = packed === undefined ? -1 : clusterPrefix(packed, CLUSTER_PREFIXES[k]);
  rec = { ints, lower: low };
  if (known.size >= CACHE_LIMIT) known.clear();
  known.set(form, rec);
  return rec;
}

/** Lexical integer features of one sentence's words. */
export class SentenceWords {
  readonly n: number;
  readonly forms: readonly string[];
  readonly word: Int32Array;
  readonly shape: Int32Array;
  /** Case-kept form (names keep their capitals). */
  readonly form: Int32Array;
  readonly pre1: Int32Array;
  readonly pre3: Int32Array;
  readonly suf1: Int32Array;
  readonly suf2: Int32Array;
  readonly suf3: Int32Array;
  readonly suf4: Int32Array;
  /** Cluster prefixes: c[k][i] for CLUSTER_PREFIXES[k]. */
  readonly c: Int32Array[];
  readonly lower: readonly string[];

  constructor(forms: readonly string[]) {
    const n = forms.length;
    this.n = n;
    this.forms = forms;
    this.word = new Int32Array(n);
    this.shape = new Int32Array(n);
    this.form = new Int32Array(n);
    this.pre1 = new Int32Array(n);
    this.pre3 = new Int32Array(n);
    this.suf1 = new Int32Array(n);
    this.suf2 = new Int32Array(n);
    this.suf3 = new Int32Array(n);
    this.suf4 = new Int32Array(n);
    this.c = CLUSTER_PREFIXES.map(() => new Int32Array(n));
    const lower: string[] = [];
    for (let i = 0; i < n; i++) {
      const { ints, lower: low } = wordRecord(forms[i]);
      lower.push(low);
      this.word[i] = ints[0];
      this.shape[i] = ints[1];
      this.form[i] = ints[2];
      this.pre1[i] = ints[3];
      this.pre3[i] = ints[4];
      this.suf1[i] = ints[5];
      this.suf2[i] = ints[6];
      this.suf3[i] = ints[7];
      this.suf4[i] = ints[8];
      for (let k = 0; k < CLUSTER_PREFIXES.length; k++) this.c[k][i] = ints[9 + k];
    }
    this.lower = lower;
  }
}
