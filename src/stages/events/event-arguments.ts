// Finds the arguments of an event trigger among the entities around it:
//   actor   the subject before the verb ("Ukraine fired", "Denmark, Norway, and Sweden collectively
//           pledged"), the main clause's subject for "who ..." and "to meet", the possessor of an
//           event noun ("his summit", "Mr X's meeting"), or "between X and Y"
//   target  the object after the verb ("met Mr Starmer"), "with X", or after "at/on/against" for
//           attacks ("fired drones at Russia")
//   place   a place after "in/at/near/on" in the clause ("at No 10 Downing Street", "in Alaska"), or
//           the captured place itself ("captured the village of Iskra")
// Forces named by nationality ("Russian troops") act for their country.
import type { Doc } from '../../core/document.js';
import { entity as makeEntity, type Entity } from '../../core/records/entity.js';
import type { Token } from '../../core/records/token.js';
import { getLexicon } from '../entities/lexicon.js';
import type { MentionLocator } from './mention-locator.js';
import { ParseArguments } from './parse-arguments.js';

const FORCES = new Set(['troops', 'forces', 'army', 'military', 'soldiers', 'navy', 'units', 'fighters', 'jets', 'warplanes', 'drones', 'artillery', 'militants']);
const SKIP_BEFORE = new Set(['has', 'have', 'had', 'been', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'also', 'collectively', 'jointly', 'reportedly', 'then', 'later', 'already', 'again', 'allegedly', 'just', 'not']);
const PLACE_PREPS = new Set(['in', 'at', 'near', 'on', 'outside', 'inside']);
const TARGET_PREPS = new Set(['at', 'on', 'against', 'into', 'toward', 'towards']);
const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);
const PERSONAL = new Set(['he', 'she', 'his', 'her']);
// A description before a name: "his Argentine counterpart", "the group's founder" (at most 5 words).
const DESCRIPTION_POS = new Set(['ADJ', 'NOUN', 'DET', 'PRON']);
const DESCRIPTION_WORDS = 5;
const CLAUSE_END = new Set([',', ';', '.', ':', '!', '?', 'but', 'while', 'which', 'who']);

export interface EventArguments {
  actors: Entity[];
  target: Entity | null;
  place: Entity | null;
}

export class ArgumentFinder {
  private readonly tokens: Token[];
  private readonly parsed: ParseArguments | null;

  constructor(
    private readonly doc: Doc,
    private readonly mentions: MentionLocator,
    private readonly salient: (offset: number) => Entity | null,
  ) {
    this.tokens = doc.tokens;
    this.parsed = doc.syntax ? new ParseArguments(doc, mentions, salient, (k) => this.forcesAt(k)) : null;
  }

  /**
   * Arguments from the parse, each slot the parse leaves empty filled by the surface rules below.
   * Coordinated actors: the surface rules' list when it holds every actor the parse found and more
   * (a greedy parse often attaches only the first conjunct of "X and his counterpart Y"). An actor
   * the parse inherits from another verb ("X pledged $30 million and Y committed $20 million" read
   * as one subject for both) yields to a different name right before the verb.
   */
  forVerb(i: number, code: string): EventArguments {
    const near = this.nearVerb(i, code);
    const parsed = this.parsed?.forVerb(i, code.startsWith('192'));
    if (!parsed) return near;
    const nearIsMore = near.actors.length > parsed.actors.length && parsed.actors.every((a) => near.actors.includes(a));
    const nearDiffers = parsed.inherited && near.actors.length > 0 && !near.actors.some((a) => parsed.actors.includes(a));
    const actors = parsed.actors.length === 0 || nearIsMore || nearDiffers ? near.actors : parsed.actors;
    const target = parsed.target ?? (near.target && !actors.includes(near.target) ? near.target : null);
    const place = parsed.place ?? (near.place !== target ? near.place : null);
    return { actors: actors.filter((a) => a !== target), target, place };
  }

  /** "Russian troops" (the head noun) or "Russian" before a forces noun: the country they act for. */
  forcesAt(k: number): Entity | null {
    const t = this.tokens[k];
    if (FORCES.has(t.lower) && k > 0) {
      const m = this.mentions.at(this.tokens[k - 1].start);
      if (m && m.entity.type === 'NORP') return this.countryEntity(m.entity, k - 1, k + 1);
      if (m && m.entity.type === 'GPE') return m.entity;
      return null;
    }
    const m = this.mentions.at(t.start);
    return m ? this.forcesOf(m.entity, k) : null;
  }

  /** Arguments by position around the verb: the fallback when the parse finds none. */
  private nearVerb(i: number, code: string): EventArguments {
    const actors = this.subject(i);
    const end = this.clauseEnd(i + 1);
    const object = this.firstEntity(i + 1, end, (p) => !this.preposition(p) || this.tokens[p].lower === 'of');
    let target: Entity | null = null;
    let place: Entity | null = null;
    if (code.startsWith('192')) {
      place = object && PLACE_TYPES.has(object.type) ? object : this.placeAfter(i + 1, end);
    } else {
      target = object && !(PLACE_TYPES.has(object.type) && code.startsWith('04')) ? object : this.afterPrep(i + 1, end, TARGET_PREPS);
      place = this.placeAfter(i + 1, end, target);
    }
    return { actors: actors.filter((a) => a !== target), target, place };
  }

  /** "secured $1.5 billion from its allies": the entity after "from" in the clause. */
  donorAfter(i: number): Entity | null {
    return this.afterPrep(i + 1, this.clauseEnd(i + 1), new Set(['from']));
  }

  forNoun(i: number, code: string): EventArguments {
    const tokens = this.tokens;
    const end = this.clauseEnd(i + 1);
    let actors: Entity[] = [];
    // "his summit", "Mr X's meeting", "the Trump-Putin meeting"
    const before = tokens[i - 1];
    if (before && PERSONAL.has(before.lower)) {
      const e = this.salient(before.start);
      if (e) actors = [e];
    } else if (before && (before.norm === "'s" || before.norm === "'")) {
      const m = this.mentions.at(tokens[i - 2]?.start ?? -1);
      if (m) actors = [m.entity];
    }
    let target: Entity | null = null;
    // "between X and Y"
    if (tokens[i + 1]?.lower === 'between') {
      // People first: in "between Mr X and his US counterpart" the country only qualifies a person.
      const all = this.entitiesIn(i + 2, end);
      const people = all.filter((e) => e.type === 'PERSON');
      const found = people.length >= 1 ? people : all.filter((e) => e.type === 'GPE' || e.type === 'ORG');
      if (found.length >= 2) { actors = [found[0]]; target = found[1]; }
      else if (found.length === 1) actors = [found[0]];
    }
    // "summit with X"; for force, "invasion of X"
    target ??= this.afterPrep(i + 1, end, code.startsWith('1') || code.startsWith('2') ? new Set(['with', 'of']) : new Set(['with']));
    const place = this.placeAfter(i + 1, end, target);
    return { actors, target, place };
  }

  /** End (exclusive) of the clause that starts at token j. */
  private clauseEnd(j: number): number {
    const tokens = this.tokens;
    const sentence = tokens[j - 1]?.sentence;
    let k = j;
    while (k < tokens.length && tokens[k].sentence === sentence && k - j < 25) {
      if (CLAUSE_END.has(tokens[k].lower) && !this.insideMention(k)) break;
      k++;
    }
    return k;
  }

  private insideMention(k: number): boolean {
    const m = this.mentions.at(this.tokens[k].start);
    return m !== undefined && m.start < this.tokens[k].start;
  }

  private preposition(k: number): boolean {
    return this.tokens[k].pos === 'ADP';
  }

  /** Entities that start within tokens [from, to), in order, de-duplicated. */
  private entitiesIn(from: number, to: number): Entity[] {
    if (from >= to) return [];
    const out: Entity[] = [];
    for (const m of this.mentions.within(this.tokens[from].start, this.tokens[to - 1].end)) if (!out.includes(m.entity)) out.push(m.entity);
    return out;
  }

  /** The first entity after token j before `end`, unless a token failing `ok` comes first. */
  private firstEntity(j: number, end: number, ok: (k: number) => boolean): Entity | null {
    for (let k = j; k < end; k++) {
      const t = this.tokens[k];
      const m = this.mentions.at(t.start);
      if (m && m.start === t.start) {
        // "US President Donald Trump": the person, not the country that qualifies the title.
        if (m.entity.type === 'GPE' || m.entity.type === 'NORP' || m.entity.type === 'ORG') {
          for (let q = k + 1; q < Math.min(end, k + 5) && /^\p{Lu}/u.test(this.tokens[q].norm); q++) {
            const p = this.mentions.at(this.tokens[q].start);
            if (p && p.entity.type === 'PERSON') return p.entity;
          }
        }
        return this.forcesOf(m.entity, k) ?? m.entity;
      }
      // An object that is a quantity or a new clause ends the search: "pledged $500 million and Germany ..."
      if (!ok(k) || t.pos === 'CCONJ' || t.pos === 'NUM' || t.pos === 'SYM') return null;
    }
    return null;
  }

  private afterPrep(j: number, end: number, preps: Set<string>): Entity | null {
    for (let k = j; k < end; k++) {
      if (preps.has(this.tokens[k].lower)) {
        const e = this.firstEntity(k + 1, Math.min(end, k + 8), (x) => !this.preposition(x) || this.tokens[x].lower === 'of');
        if (e) return e;
      }
    }
    return null;
  }

  private placeAfter(j: number, end: number, not?: Entity | null): Entity | null {
    for (let k = j; k < end; k++) {
      if (!PLACE_PREPS.has(this.tokens[k].lower)) continue;
      for (let m = k + 1; m < Math.min(end, k + 8); m++) {
        const found = this.mentions.at(this.tokens[m].start);
        if (found && PLACE_TYPES.has(found.entity.type) && found.entity !== not) return found.entity;
        if (found && found.entity.type === 'PERSON') break;
      }
    }
    return null;
  }

  /** "Russian troops": the country the forces belong to. */
  private forcesOf(e: Entity, k: number): Entity | null {
    if (e.type !== 'NORP') return null;
    const next = this.tokens[k + 1];
    if (!next || !FORCES.has(next.lower)) return null;
    return this.countryEntity(e, k, k + 2);
  }

  private countryEntity(norp: Entity, first: number, end: number): Entity {
    const country = getLexicon().demonyms.get(norp.name.toLowerCase()) ?? norp.affiliation;
    const existing = this.doc.entities.find((x) => x.type === 'GPE' && x.name === country);
    if (existing) return existing;
    // No mention of the country itself: the forces become an actor of their own ("Russian troops").
    const name = this.doc.text.slice(this.tokens[first].start, this.tokens[end - 1].end);
    let forces = this.doc.entities.find((x) => x.type === 'ORG' && x.name.toLowerCase() === name.toLowerCase());
    if (!forces) {
      forces = makeEntity(`e${this.doc.entities.length + 1}`, 'ORG', name, 'events.forces.v1');
      forces.affiliation = country ?? null;
      this.doc.entities.push(forces);
    }
    const span = { start: this.tokens[first].start, end: this.tokens[end - 1].end };
    if (!forces.mentions.some((m) => m.start === span.start)) {
      forces.mentions.push({ ...span, form: 'description', extractor: 'events.forces.v1' });
      this.mentions.add({ ...span, entity: forces });
    }
    return forces;
  }

  /** The subject of the verb at token i: one or more coordinated entities. */
  /** The last token of the subject of the verb at token i: before it, past auxiliaries and adverbs. */
  private subjectEnd(i: number, sentenceStart: number): number {
    let k = i - 1;
    while (k >= sentenceStart && (SKIP_BEFORE.has(this.tokens[k].lower) || this.tokens[k].pos === 'ADV')) k--;
    return k;
  }

  private subject(i: number): Entity[] {
    const tokens = this.tokens;
    const sentenceStart = this.doc.sentences[tokens[i].sentence].firstToken;
    let k = this.subjectEnd(i, sentenceStart);
    if (k < sentenceStart) return [];
    const t = tokens[k];
    // "... to meet X": the subject of the clause that governs the infinitive.
    if (t.lower === 'to') return this.governingSubject(k, sentenceStart);
    if (PERSONAL.has(t.lower)) {
      const e = this.salient(t.start);
      return e ? [e] : [];
    }
    if (t.lower === 'who') return this.beforeWho(k);
    // "Russian troops captured"
    if (FORCES.has(t.lower)) {
      const m = this.mentions.at(tokens[k - 1]?.start ?? -1);
      if (m && m.entity.type === 'NORP') return [this.countryEntity(m.entity, k - 1, k + 1)];
      if (m && m.entity.type === 'GPE') return [m.entity];
      return [];
    }
    // "The bank said it would lend": the organisation or country named before in the sentence.
    if (t.lower === 'it') return this.namedBefore(k, sentenceStart);
    // Coordinated names: "Denmark, Norway, and Sweden", "X and his Argentine counterpart Y"
    const out: Entity[] = [];
    while (k >= sentenceStart) {
      const m = this.mentions.at(tokens[k].start);
      if (!m) break;
      if (!out.includes(m.entity)) out.unshift(m.entity);
      let p = k;
      while (p >= sentenceStart && tokens[p].start >= m.start) p--;
      if (m.entity.type === 'PERSON') p = this.beforeDescription(p, sentenceStart);
      if (p >= sentenceStart && (tokens[p].norm === ',' || tokens[p].lower === 'and')) {
        while (p >= sentenceStart && (tokens[p].norm === ',' || tokens[p].lower === 'and')) p--;
        k = p;
        continue;
      }
      break;
    }
    return out;
  }

  /**
   * Token p ends a description of the person after it ("his Argentine counterpart", "the ministry's
   * spokeswoman"); when an "and" or a comma comes right before that description, returns its index,
   * so that the coordination goes on; otherwise p unchanged.
   */
  private beforeDescription(p: number, sentenceStart: number): number {
    let q = p;
    for (let n = 0; q >= sentenceStart && n < DESCRIPTION_WORDS; n++, q--) {
      const t = this.tokens[q];
      const m = this.mentions.at(t.start);
      const describes = DESCRIPTION_POS.has(t.pos) || t.norm === "'s" || (m !== undefined && (m.entity.type === 'NORP' || m.entity.type === 'GPE' || m.entity.type === 'ORG'));
      if (!describes || t.lower === 'and') break;
    }
    return q < p && q >= sentenceStart && (this.tokens[q].lower === 'and' || this.tokens[q].norm === ',') ? q : p;
  }

  /** The nearest organisation or country named before token k in its sentence. */
  private namedBefore(k: number, sentenceStart: number): Entity[] {
    for (let p = k - 1; p >= sentenceStart; p--) {
      const m = this.mentions.at(this.tokens[p].start);
      if (m && (m.entity.type === 'ORG' || m.entity.type === 'GPE')) return [m.entity];
    }
    return [];
  }

  /**
   * The common noun right before the verb at token i (past auxiliaries and adverbs) when no entity is
   * named there: "Protesters gathered", "Police have detained".
   */
  unnamedSubject(i: number): string | null {
    const tokens = this.tokens;
    const sentenceStart = this.doc.sentences[tokens[i].sentence].firstToken;
    const k = this.subjectEnd(i, sentenceStart);
    // A capitalised first word is often tagged a proper noun ("Protesters gathered").
    if (k < sentenceStart || (tokens[k].pos !== 'NOUN' && tokens[k].pos !== 'PROPN') || this.mentions.at(tokens[k].start)) return null;
    return tokens[k].lower;
  }

  private governingSubject(k: number, sentenceStart: number): Entity[] {
    // "the Kremlin claimed to have annexed": the subject of the verb that governs the infinitive.
    if (k - 1 >= sentenceStart && this.tokens[k - 1].pos === 'VERB') {
      const subject = this.subject(k - 1);
      if (subject.length > 0) return subject;
    }
    for (let p = k - 1; p >= sentenceStart; p--) if (this.tokens[p].lower === 'who') return this.beforeWho(p);
    const first = this.firstEntity(sentenceStart, k, () => true);
    return first ? [first] : [];
  }

  private beforeWho(k: number): Entity[] {
    const p = this.tokens[k - 1]?.norm === ',' ? k - 2 : k - 1;
    const m = p >= 0 ? this.mentions.at(this.tokens[p].start) : undefined;
    return m ? [m.entity] : [];
  }
}
