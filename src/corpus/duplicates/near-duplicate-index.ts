// Near-duplicate detection over a stream of articles: one wire story republished by ten sites, with
// light edits and each site's own boilerplate, is recognised as one. Each article is checked against
// the ones seen before (MinHash over word shingles, LSH buckets for candidates, then the estimated
// similarity decides); a copy links to the first-seen article of its group, which lists its copies.
// The index can be saved and restored (signatures in base64), so feed polls link across runs.
import { estimatedJaccard, minhashSignature, SIGNATURE_SIZE } from './minhash.js';
import { LshIndex } from './lsh-index.js';
import { shingleHashes } from './shingles.js';

export const DUPLICATE_METHOD = 'duplicates.minhash-lsh.v1';

export interface DuplicateMatch {
  /** The first-seen article of the group. */
  id: string;
  /** Estimated Jaccard similarity of word 5-shingles with the closest earlier copy, or containment. */
  similarity: number;
  /** The closest earlier copy (may be the group's first article itself). */
  closest: string;
  by: typeof DUPLICATE_METHOD;
}

export interface DuplicateOptions {
  /** Estimated Jaccard at or above which two articles are copies (default 0.5). */
  jaccard?: number;
  /** Share of the shorter article's shingles found in the longer one at or above which they are copies (default 0.85): a copy cut short. */
  containment?: number;
  /** Articles with fewer shingles are too short to judge (default 20, about 25 words). */
  minShingles?: number;
  /** Most articles kept; the oldest are forgotten first (default 20,000). */
  capacity?: number;
}

interface Entry {
  id: string;
  signature: Uint32Array;
  size: number;
  group: string;
}

export interface SavedDuplicateIndex {
  version: 1;
  entries: { id: string; group: string; size: number; signature: string }[];
}

export class NearDuplicateIndex {
  private readonly lsh = new LshIndex();
  private readonly entries = new Map<string, Entry>();
  private readonly copies = new Map<string, string[]>();
  private readonly jaccard: number;
  private readonly containment: number;
  private readonly minShingles: number;
  private readonly capacity: number;

  constructor(options: DuplicateOptions = {}) {
    this.jaccard = options.jaccard ?? 0.5;
    this.containment = options.containment ?? 0.85;
    this.minShingles = options.minShingles ?? 20;
    this.capacity = options.capacity ?? 20_000;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Checks `text` against the articles added before, then adds it; null when it is not a copy. */
  add(id: string, text: string): DuplicateMatch | null {
    const shingles = shingleHashes(text);
    if (shingles.length < this.minShingles) return null;
    const signature = minhashSignature(shingles);
    const match = this.best(signature, shingles.length);
    const group = match ? match.id : id;
    this.insert({ id, signature, size: shingles.length, group });
    if (match) this.copies.set(group, [...(this.copies.get(group) ?? []), id]);
    return match;
  }

  /** Later copies of a group's first article. */
  copiesOf(id: string): string[] {
    return this.copies.get(id) ?? [];
  }

  groups(): { id: string; copies: string[] }[] {
    return [...this.copies].map(([id, copies]) => ({ id, copies }));
  }

  private best(signature: Uint32Array, size: number): DuplicateMatch | null {
    let best: DuplicateMatch | null = null;
    for (const candidate of this.lsh.candidates(signature)) {
      const other = this.entries.get(candidate);
      if (!other) continue;
      const similarity = this.similarity(signature, size, other);
      if (similarity !== null && (!best || similarity > best.similarity)) {
        best = { id: other.group, similarity, closest: other.id, by: DUPLICATE_METHOD };
      }
    }
    return best;
  }

  private similarity(signature: Uint32Array, size: number, other: Entry): number | null {
    const j = estimatedJaccard(signature, other.signature);
    if (j >= this.jaccard) return round(j);
    // |A ∩ B| = J / (1 + J) * (|A| + |B|); containment is that over the smaller set.
    const contained = Math.min(1, ((j / (1 + j)) * (size + other.size)) / Math.min(size, other.size));
    return contained >= this.containment ? round(contained) : null;
  }

  private insert(entry: Entry): void {
    const old = this.entries.get(entry.id);
    if (old) this.lsh.remove(old.id, old.signature);
    this.entries.set(entry.id, entry);
    this.lsh.add(entry.id, entry.signature);
    while (this.entries.size > this.capacity) {
      const [oldestId, oldest] = this.entries.entries().next().value as [string, Entry];
      this.entries.delete(oldestId);
      this.lsh.remove(oldestId, oldest.signature);
      this.copies.delete(oldestId);
    }
  }

  save(): SavedDuplicateIndex {
    return {
      version: 1,
      entries: [...this.entries.values()].map((e) => ({
        id: e.id,
        group: e.group,
        size: e.size,
        signature: Buffer.from(e.signature.buffer, e.signature.byteOffset, e.signature.byteLength).toString('base64'),
      })),
    };
  }

  static load(saved: SavedDuplicateIndex | undefined, options: DuplicateOptions = {}): NearDuplicateIndex {
    const index = new NearDuplicateIndex(options);
    for (const e of saved?.entries ?? []) {
      const bytes = Buffer.from(e.signature, 'base64');
      if (bytes.length !== SIGNATURE_SIZE * 4) continue;
      const signature = new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
      index.insert({ id: e.id, group: e.group, size: e.size, signature });
      if (e.group !== e.id) index.copies.set(e.group, [...(index.copies.get(e.group) ?? []), e.id]);
    }
    return index;
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
