// What the date extractors and refiners read about one document, computed lazily and at most once:
// the publication day, token and sentence lookups by offset (binary search), clause tense per
// sentence, and the spans of names that are never dates (people, organisations, facilities).
import type { Doc } from '../../core/document.js';
import type { Token } from '../../core/records/token.js';
import { lowerBound } from '../../core/sorted.js';
import type { Ymd } from './calendar.js';
import { tenseNear, verbGroups, type Tense, type VerbGroup } from './clause-tense.js';
import { publicationDay } from './publication-day.js';

/** Entity types whose names may contain date words that are not dates ("Sunday Times", "Theresa May"). */
const NAME_TYPES = new Set(['PERSON', 'ORG', 'FAC', 'EVENT', 'MISC']);

/** Words that open a clause of their own (as SCONJ or relative PRON): its verb does not date what precedes. */
const SUBORDINATORS = new Set(['that', 'which', 'who', 'whom', 'whose', 'because', 'although', 'though', 'whereas', 'unless']);

export class DateContext {
  readonly pub: Ymd | null;
  private readonly groups = new Map<number, VerbGroup[]>();
  private names: { start: number; end: number }[] | null = null;

  constructor(
    readonly doc: Doc,
    published: string | null,
  ) {
    // The local day of the dateline's place, not the UTC day (publication-day.ts).
    this.pub = publicationDay(doc, published);
  }

  get text(): string {
    return this.doc.text;
  }

  get tokens(): readonly Token[] {
    return this.doc.tokens;
  }

  /** Index of the first token that ends after `offset` (the token at or after it), or tokens.length. */
  tokenAt(offset: number): number {
    return lowerBound(this.doc.tokens, offset + 1, (t) => t.end);
  }

  /** Sentence index of the text at `offset` (the nearest following sentence in a gap). */
  sentenceAt(offset: number): number {
    const i = lowerBound(this.doc.sentences, offset + 1, (s) => s.end);
    return Math.min(i, this.doc.sentences.length - 1);
  }

  paragraphAt(offset: number): number {
    return this.doc.sentences[this.sentenceAt(offset)]?.paragraph ?? 0;
  }

  /** Tense of the clause around offset (its nearest verb group in the sentence), or null. */
  tenseAt(offset: number, preferRight = false): Tense | null {
    const s = this.sentenceAt(offset);
    const sentence = this.doc.sentences[s];
    if (!sentence) return null;
    const at = this.tokenAt(offset);
    return tenseNear(this.groupsOf(s), at, preferRight, this.clauseBoundaryAfter(at, sentence.endToken));
  }

  /**
   * Like tenseAt, but a sentence with no tense of its own ("In December, the firm's bid for its rival.")
   * continues the narration of the sentence before it in the same paragraph: the tense of that sentence's
   * last verb group.
   */
  narrativeTenseAt(offset: number): Tense | null {
    const own = this.tenseAt(offset);
    const s = this.sentenceAt(offset);
    if (own !== null || s === 0 || this.doc.sentences[s - 1].paragraph !== this.doc.sentences[s].paragraph) return own;
    if (this.groupsOf(s).some((g) => g.tense !== null)) return own;
    const before = this.groupsOf(s - 1);
    return before.length ? tenseNear(before, before[before.length - 1].last) : null;
  }

  private groupsOf(s: number): VerbGroup[] {
    let groups = this.groups.get(s);
    if (!groups) {
      const sentence = this.doc.sentences[s];
      groups = verbGroups(this.doc.tokens, sentence.firstToken, sentence.endToken);
      this.groups.set(s, groups);
    }
    return groups;
  }

  /** The first token after `at` (before `end`) that opens a subordinate clause ("that", "which", "who", "because"), or Infinity. */
  private clauseBoundaryAfter(at: number, end: number): number {
    for (let k = at + 1; k < end; k++) {
      const t = this.doc.tokens[k];
      if (SUBORDINATORS.has(t.lower) && (t.pos === 'SCONJ' || t.pos === 'PRON')) return k;
    }
    return Infinity;
  }

  /** The part of [start, end) that the name of a person, organisation, facility or event covers, or null. */
  nameOverlap(start: number, end: number): { start: number; end: number } | null {
    if (!this.names) {
      this.names = [];
      for (const e of this.doc.entities) {
        if (!NAME_TYPES.has(e.type)) continue;
        for (const m of e.mentions) if (m.form !== 'pronoun' && m.form !== 'description') this.names.push(m);
      }
      this.names.sort((a, b) => a.start - b.start);
    }
    // Mentions are short; any overlapping one starts within a few hundred characters before `end`.
    for (let k = lowerBound(this.names, end, (m) => m.start) - 1; k >= 0; k--) {
      const m = this.names[k];
      if (m.end > start) return { start: Math.max(start, m.start), end: Math.min(end, m.end) };
      if (m.start < start - 200) break;
    }
    return null;
  }
}
