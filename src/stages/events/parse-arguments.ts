// Event arguments read from the dependency parse (doc.syntax) instead of token distance:
//   actor   the subject of the trigger verb; in the passive, the "by" agent; for a verb that shares
//           its subject ("agreed to meet X", "met X and signed Y") the governing verb's subject; for
//           a relative clause ("Lavrov, who met X") the noun it modifies. Coordinated subjects give
//           one actor each.
//   target  the object (in the passive, the subject), else an oblique marked against/at/on/into/
//           toward(s)/with ("fired drones at Russia", "met with X").
//   place   an oblique marked in/at/near/on/outside/inside that names a place.
// A nominal becomes an entity through the mention on its head, a name in apposition ("his counterpart,
// Pedro Gil"), a pronoun's salient antecedent, or "it" for the organisation or country named before.
// Returns null when the parse gives no argument at all; the caller fills empty slots from its
// surface rules (a greedy parse is wrong on about one arc in six).
import type { Doc } from '../../core/document.js';
import type { Entity } from '../../core/records/entity.js';
import { SyntaxView } from '../syntax/syntax-queries.js';
import type { MentionLocator } from './mention-locator.js';

const TARGET_MARKERS = ['against', 'at', 'on', 'into', 'toward', 'towards', 'with'];
const PLACE_MARKERS = ['in', 'at', 'near', 'on', 'outside', 'inside'];
const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);
const PERSONAL = new Set(['he', 'she', 'him', 'her', 'his']);
const ORGANISATIONAL = new Set(['it', 'its']);
const RELATIVE = new Set(['who', 'that', 'which', 'whom']);
/** Relations through which a verb takes its subject from the verb it depends on. */
const SHARED_SUBJECT = ['xcomp', 'conj'];

export interface ParsedArguments {
  actors: Entity[];
  target: Entity | null;
  place: Entity | null;
  /** The actor is the subject of another verb ("met X and signed Y", "agreed to meet"). */
  inherited: boolean;
}

export class ParseArguments {
  private readonly view: SyntaxView;

  constructor(
    private readonly doc: Doc,
    private readonly mentions: MentionLocator,
    private readonly salient: (offset: number) => Entity | null,
    /** "Russian troops": the actor a nationality's forces stand for, or null. */
    private readonly forces: (nominal: number) => Entity | null,
  ) {
    this.view = new SyntaxView(doc);
  }

  forVerb(i: number, placeCode: boolean): ParsedArguments | null {
    const v = this.view;
    const passive = v.isPassive(i);
    const subject = this.subjectOf(i);
    const inherited = subject >= 0 && v.subject(i) !== subject;
    const actorTok = passive ? v.agent(i) : subject;
    const actors = actorTok >= 0 ? this.entities(actorTok) : [];
    let target: Entity | null = null;
    let place: Entity | null = null;
    const objectTok = passive ? subject : v.object(i);
    const object = objectTok >= 0 ? (this.entities(objectTok)[0] ?? null) : null;
    if (placeCode) place = object && PLACE_TYPES.has(object.type) ? object : null;
    else target = object;
    if (!target && !placeCode) {
      for (const o of v.obliques(i, TARGET_MARKERS)) {
        const e = this.entities(o)[0];
        if (e && !(PLACE_TYPES.has(e.type) && v.caseMarker(o) !== 'against' && v.caseMarker(o) !== 'with' && this.isPlaceOblique(o))) {
          target = e;
          break;
        }
      }
    }
    if (!place) {
      for (const o of v.obliques(i, PLACE_MARKERS)) {
        const e = this.entities(o)[0];
        if (e && PLACE_TYPES.has(e.type) && e !== target) {
          place = e;
          break;
        }
      }
    }
    if (actors.length === 0 && !target && !place) return null;
    return { actors: actors.filter((a) => a !== target), target, place, inherited };
  }

  /** "at the Casa Rosada in Buenos Aires": an oblique that locates rather than aims. */
  private isPlaceOblique(o: number): boolean {
    return ['in', 'near', 'outside', 'inside'].includes(this.view.caseMarker(o));
  }

  /** The subject of a verb, through verbs that share it and relative clauses. */
  private subjectOf(i: number): number {
    const v = this.view;
    let t = i;
    for (let guard = 0; guard < 8 && t >= 0; guard++) {
      const s = v.subject(t);
      if (s >= 0 && !RELATIVE.has(this.doc.tokens[s].lower)) return s;
      const rel = v.rel(t);
      // "X, who met Y": the relative clause's noun.
      if (rel.startsWith('acl')) return v.head(t);
      if (s >= 0) return s;
      if (!SHARED_SUBJECT.some((r) => rel === r || rel.startsWith(`${r}:`))) return -1;
      // Object control: in "invited the union to meet", the union meets (UD: an xcomp's subject is
      // its head's object when there is one).
      if (rel === 'xcomp' && v.object(v.head(t)) >= 0) return v.object(v.head(t));
      t = v.head(t);
    }
    return -1;
  }

  /**
   * The entities a nominal stands for: one per conjunct. A head that names no entity itself ("$30
   * million and Canada", often a misattached conjunct) gives none.
   */
  private entities(tok: number): Entity[] {
    const out: Entity[] = [];
    if (!this.entityOf(tok)) return out;
    for (const c of this.view.conjuncts(tok)) {
      const e = this.entityOf(c);
      if (e && !out.includes(e)) out.push(e);
    }
    return out;
  }

  private entityOf(tok: number): Entity | null {
    const v = this.view;
    const t = this.doc.tokens[tok];
    if (PERSONAL.has(t.lower)) return this.salient(t.start);
    if (ORGANISATIONAL.has(t.lower)) return this.namedBefore(tok);
    const onHead = this.mentions.at(t.start);
    // A name on the head decides; a description coreference linked there ("the village" -> ?) comes
    // last, after what the phrase itself names.
    const described = onHead !== undefined && (onHead.form === 'description' || onHead.form === 'pronoun');
    if (onHead && !described) return this.forces(tok) ?? onHead.entity;
    const forces = this.forces(tok);
    if (forces) return forces;
    // "his Chilean counterpart Pedro Gil", "the group's founder, Ana Ruiz": a name in apposition or
    // compound with the head noun.
    for (const a of [...v.appositions(tok), ...v.childrenWith(tok, ['compound', 'flat'])]) {
      const m = this.mentions.at(this.doc.tokens[a].start);
      if (m && m.entity.type === 'PERSON') return m.entity;
    }
    // "the village of Iskra", "the city of Kherson": a place named by an "of" phrase of a singular
    // common noun ("officials of Japan" are people, not Japan).
    for (const n of v.layer.xpos[tok] === 'NN' ? v.childrenWith(tok, ['nmod']) : []) {
      if (v.caseMarker(n) !== 'of') continue;
      const m = this.mentions.at(this.doc.tokens[n].start);
      if (m && PLACE_TYPES.has(m.entity.type)) return m.entity;
    }
    // A name elsewhere inside the noun phrase ("officials of Japan" is not Japan: only core words).
    const np = v.nounPhrase(tok);
    for (let k = np.first; k <= np.last; k++) {
      if (k === tok || v.rel(k) === 'case' || v.rel(k) === 'nmod' || v.rel(k) === 'nmod:poss' || v.head(k) !== tok) continue;
      const m = this.mentions.at(this.doc.tokens[k].start);
      if (m && (m.entity.type === 'PERSON' || m.entity.type === 'ORG')) return m.entity;
    }
    return onHead?.entity ?? null;
  }

  /** The nearest organisation or country named before a token in its sentence. */
  private namedBefore(tok: number): Entity | null {
    const first = this.doc.sentences[this.doc.tokens[tok].sentence].firstToken;
    for (let p = tok - 1; p >= first; p--) {
      const m = this.mentions.at(this.doc.tokens[p].start);
      if (m && (m.entity.type === 'ORG' || m.entity.type === 'GPE')) return m.entity;
    }
    return null;
  }
}
