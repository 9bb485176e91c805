// Tag schemes for the name tagger: token tags <-> entity spans. BIO (B-X begins, I-X continues) or
// BILOU (also L-X ends, U-X is a one-token name). Decoding repairs ill-formed sequences the way most
// taggers do: a continuation with no open name of its type starts one.
import type { TransitionMask } from '../../../models/sequence-perceptron.js';

/** The CoNLL-2003 types the tagger learns; `ner-output-types.ts` refines them to Storyline's. */
export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = (typeof NER_TYPES)[number];

export type SchemeName = 'BIO' | 'BILOU';
type Role = 'O' | 'B' | 'I' | 'L' | 'U';

/** A name as a token range: tokens [first, end) of the sequence. */
export interface TagSpan {
  first: number;
  end: number;
  type: NerType;
}

export class TagScheme {
  /** Tag names, index = tag id; 0 is always O. */
  readonly tags: string[];
  private readonly roles: Role[];
  private readonly types: (NerType | null)[];
  private readonly ids = new Map<string, number>();

  constructor(readonly name: SchemeName) {
    const roles: Role[] = name === 'BIO' ? ['B', 'I'] : ['B', 'I', 'L', 'U'];
    this.tags = ['O'];
    this.roles = ['O'];
    this.types = [null];
    for (const type of NER_TYPES) {
      for (const role of roles) {
        this.tags.push(`${role}-${type}`);
        this.roles.push(role);
        this.types.push(type);
      }
    }
    this.tags.forEach((t, i) => this.ids.set(t, i));
  }

  get size(): number {
    return this.tags.length;
  }

  tagId(tag: string): number {
    const id = this.ids.get(tag);
    if (id === undefined) throw new Error(`tag ${tag} is not in the ${this.name} scheme`);
    return id;
  }

  typeOf(tag: number): NerType | null {
    return this.types[tag];
  }

  /** Tags for `n` tokens holding the given non-overlapping spans. */
  encode(spans: readonly TagSpan[], n: number): Uint8Array {
    const out = new Uint8Array(n);
    const bilou = this.name === 'BILOU';
    for (const s of spans) {
      for (let i = s.first; i < s.end; i++) {
        let role: Role = i === s.first ? 'B' : 'I';
        if (bilou && i === s.end - 1) role = i === s.first ? 'U' : 'L';
        out[i] = this.tagId(`${role}-${s.type}`);
      }
    }
    return out;
  }

  /** Spans from tags, in order, with repair: I-X (or L-X) after O or after another type opens a name. */
  decode(tags: ArrayLike<number>, n = tags.length): TagSpan[] {
    const spans: TagSpan[] = [];
    let open: TagSpan | null = null;
    const close = () => {
      if (open) spans.push(open);
      open = null;
    };
    for (let i = 0; i < n; i++) {
      const role = this.roles[tags[i]];
      const type = this.types[tags[i]];
      if (role === 'O' || type === null) {
        close();
        continue;
      }
      if (role === 'B' || role === 'U' || open === null || (open as TagSpan).type !== type) {
        close();
        open = { first: i, end: i + 1, type };
      } else (open as TagSpan).end = i + 1;
      if (role === 'U' || role === 'L') close();
    }
    close();
    return spans;
  }

  /** The well-formed transitions: what Viterbi may choose. All-O is always allowed. */
  mask(): TransitionMask {
    const n = this.size;
    const allowed = new Uint8Array((n + 1) * n);
    const allowedEnd = new Uint8Array(n);
    // "Inside" a name after tag p: p is B or I (BIO: I may also end the name implicitly).
    const inside = (p: number) => this.roles[p] === 'B' || this.roles[p] === 'I';
    for (let p = 0; p <= n; p++) {
      for (let t = 0; t < n; t++) {
        const role = this.roles[t];
        const continues = role === 'I' || role === 'L';
        let ok: boolean;
        if (this.name === 'BIO') {
          ok = !continues || (p < n && inside(p) && this.types[p] === this.types[t]);
        } else {
          const pOpen = p < n && inside(p);
          ok = pOpen ? continues && this.types[p] === this.types[t] : !continues;
        }
        allowed[p * n + t] = ok ? 1 : 0;
      }
    }
    for (let t = 0; t < n; t++) allowedEnd[t] = this.name === 'BIO' || !inside(t) ? 1 : 0;
    return { allowed, allowedEnd };
  }
}
