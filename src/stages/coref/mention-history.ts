// Every entity mention of the document in text order, names first and each pronoun or description
// added as it is linked, so a later pronoun sees a chain's most recent mention ("Ms Ruiz ... she ...
// her ... she": the last "she" is close to its entity through the ones before it).
import type { Doc } from '../../core/document.js';
import type { Entity } from '../../core/records/entity.js';
import { lowerBound } from '../../core/sorted.js';
import { headToken, roleOf, tokenAt, type Role } from './mention-roles.js';
import { sentenceOf } from './salience.js';

const RANK: Record<Role, number> = { subject: 0, object: 1, possessor: 2, other: 3 };

// How far back (in mentions) the document-wide count looks: bounded so long texts stay linear.
const TOTAL_WINDOW = 400;

export interface Placed {
  start: number;
  end: number;
  entity: Entity;
  sentence: number;
  paragraph: number;
  /** Head token of the mention (doc.tokens index). */
  token: number;
  role: Role;
  /** Inside a direct quotation. */
  quoted: boolean;
  /** A name (any naming form) or a pronoun or description linked by coreference. */
  form: 'name' | 'linked';
}

/** An entity as a candidate antecedent at some point: its latest mention before it and how often it was named. */
export interface Candidate {
  entity: Entity;
  last: Placed;
  /** The best role among its mentions in the sentence of `last`. */
  role: Role;
  /** Mentions inside the look-back window. */
  count: number;
  /** Mentions before this point in the document (up to a few hundred back): the article's topic is named most. */
  total: number;
}

export class MentionHistory {
  readonly mentions: Placed[] = [];
  private readonly kinds = new Map<Entity, Set<string>>();
  private readonly firstInSentence = new Set<number>();

  constructor(private readonly doc: Doc, private readonly quoted: (offset: number) => boolean) {
    const all: { start: number; end: number; entity: Entity; form: Placed['form'] }[] = [];
    for (const e of doc.entities) {
      for (const m of e.mentions) all.push({ start: m.start, end: m.end, entity: e, form: m.form === 'pronoun' || m.form === 'description' ? 'linked' : 'name' });
    }
    all.sort((a, b) => a.start - b.start);
    let sentence = -1;
    for (const m of all) {
      const s = sentenceOf(doc, m.start);
      if (s !== sentence) this.firstInSentence.add(m.start);
      sentence = s;
      this.mentions.push(this.place(m.start, m.end, m.entity, m.form));
    }
  }

  place(start: number, end: number, entity: Entity, form: Placed['form'] = 'linked'): Placed {
    // Built whole rather than spread from locate(): every mention is placed, and the spread's copy
    // was most of this class's time.
    const token = headToken(this.doc, start, end);
    const sentence = sentenceOf(this.doc, start);
    const role = this.roleAt(start, token, sentence);
    return { start, end, entity, sentence, paragraph: this.doc.sentences[sentence]?.paragraph ?? 0, token, role, quoted: this.quoted(start), form };
  }

  /** Where a span sits: sentence, head token, role, quotation. */
  locate(start: number, end: number): Omit<Placed, 'entity' | 'form'> {
    const token = headToken(this.doc, start, end);
    const sentence = sentenceOf(this.doc, start);
    const role = this.roleAt(start, token, sentence);
    return { start, end, sentence, paragraph: this.doc.sentences[sentence]?.paragraph ?? 0, token, role, quoted: this.quoted(start) };
  }

  private roleAt(start: number, token: number, sentence: number): Role {
    const k = lowerBound(this.mentions, start, (m) => m.start) - 1;
    const first = this.firstInSentence.has(start) || k < 0 || this.mentions[k].sentence !== sentence;
    return token >= 0 ? roleOf(this.doc, token, first) : 'other';
  }

  add(start: number, end: number, entity: Entity): Placed {
    const p = this.place(start, end, entity);
    this.mentions.splice(lowerBound(this.mentions, start, (m) => m.start), 0, p);
    return p;
  }

  /** Lower-case words of an entity's names and the few words written before each name ("the dockers' union FNV Havens"). */
  kindsOf(e: Entity): Set<string> {
    let kinds = this.kinds.get(e);
    if (!kinds) {
      kinds = new Set(e.name.toLowerCase().split(/\s+/));
      for (const m of e.mentions) {
        if (m.form === 'pronoun' || m.form === 'description') continue;
        const first = tokenAt(this.doc, m.start);
        for (let k = Math.max(0, first - 3); k >= 0 && k < first; k++) kinds.add(this.doc.tokens[k].lower);
      }
      this.kinds.set(e, kinds);
    }
    return kinds;
  }

  /** Index of the last mention starting before `offset`, or -1. */
  indexBefore(offset: number): number {
    return lowerBound(this.mentions, offset, (m) => m.start) - 1;
  }

  /** The mention covering `offset`, if any (mentions are short: a few entries back suffice). */
  covering(offset: number): Placed | null {
    const k = lowerBound(this.mentions, offset + 1, (m) => m.start) - 1;
    for (let j = k; j >= 0 && j > k - 8; j--) if (this.mentions[j].start <= offset && offset < this.mentions[j].end) return this.mentions[j];
    return null;
  }

  /** Entities mentioned before `offset` within `lookback` sentences, most recent first; `skip` leaves mentions out. */
  before(offset: number, lookback: number, skip?: (m: Placed) => boolean): Candidate[] {
    const s = sentenceOf(this.doc, offset);
    const byEntity = new Map<Entity, Candidate>();
    for (let k = lowerBound(this.mentions, offset, (m) => m.start) - 1; k >= 0; k--) {
      const m = this.mentions[k];
      if (m.sentence < s - lookback) break;
      if (m.end > offset || skip?.(m)) continue;
      const c = byEntity.get(m.entity);
      if (c) {
        c.count++;
        // The best role the entity has in the sentence of its latest mention ("Ann Cole ... her client": subject).
        if (m.sentence === c.last.sentence && RANK[m.role] < RANK[c.role]) c.role = m.role;
      } else byEntity.set(m.entity, { entity: m.entity, last: m, role: m.role, count: 1, total: 0 });
    }
    const from = byEntity.size > 0 ? this.indexBefore(offset) : -1;
    for (let k = from; k >= 0 && k > from - TOTAL_WINDOW; k--) {
      const c = byEntity.get(this.mentions[k].entity);
      if (c) c.total++;
    }
    return [...byEntity.values()];
  }

  /**
   * Entities named at least `least` times in the few hundred mentions before `offset` but not in
   * `skip`: the article's topics, which a description may name from far back ("the country").
   */
  frequentBefore(offset: number, least: number, skip: ReadonlySet<Entity>): Candidate[] {
    const byEntity = new Map<Entity, Candidate>();
    const from = this.indexBefore(offset);
    for (let k = from; k >= 0 && k > from - TOTAL_WINDOW; k--) {
      const m = this.mentions[k];
      if (skip.has(m.entity) || m.end > offset) continue;
      const c = byEntity.get(m.entity);
      if (c) c.total++;
      else byEntity.set(m.entity, { entity: m.entity, last: m, role: m.role, count: 0, total: 1 });
    }
    return [...byEntity.values()].filter((c) => c.total >= least);
  }
}
