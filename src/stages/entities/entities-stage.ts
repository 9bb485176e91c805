// Entity stage: the trained tagger's names merged with the rules' candidates (titles, honorifics,
// strong gazetteer evidence) -> types -> one entity per actor within the article, with titles and
// every name mention. Each mention and entity names its extractor: the tagger (NER_EXTRACTOR) or the
// rules (RULES_EXTRACTOR). Pronouns and descriptions are linked later by the coreference stage, once
// quotes say who speaks.
import type { Doc } from '../../core/document.js';
import { entity, type Entity, type EntityType } from '../../core/records/entity.js';
import type { Token } from '../../core/records/token.js';
import type { Stage } from '../../core/stage.js';
import { classifyName, type NameType } from './classify-name.js';
import { getLexicon, type Lexicon } from './lexicon.js';
import { extractNameCandidates, type NameCandidate } from './name-candidates-extractor.js';
import { titleAfter, titleBefore, titleBeforeComma, type FoundTitle } from './titles-extractor.js';
import { NAME_PARTICLES, nameWords } from './token-tests.js';
import { mergeTaggedNames, type TypedCandidate } from './merge-tagged-names.js';
import { splitJoinedNames } from './split-joined-names.js';
import { dropMarketCodes } from './drop-market-codes.js';
import { dropCredits } from './drop-credits.js';
import { joinHyphenatedNames } from './join-hyphenated-names.js';
import { shareListTypes } from './share-list-types.js';
import { voteNameTypes } from './vote-name-types.js';
import { describeNames } from './describe-names.js';
import { ownedNames } from './owned-names.js';
import { labelNames } from './label-names.js';
import { partyStates } from './party-states.js';
import { NER_EXTRACTOR, tagNames } from './ner/ner-tagger.js';
import { floorIndex } from '../../core/sorted.js';

/** A name the rules found and the tagger did not (or every name, without the tagger). */
export const RULES_EXTRACTOR = 'entities.rules.v1';

interface Typed {
  cand: NameCandidate;
  type: NameType;
  words: string[];
  tagged: boolean;
}

/** Which extractor found a name: the trained tagger's span, or the rules'. */
const extractorOf = (t: Typed): string => (t.tagged ? NER_EXTRACTOR : RULES_EXTRACTOR);

/**
 * The entity stage with the trained tagger (`tagger: true`, the default pipeline) or with the
 * rule-based recogniser alone, for comparison (the `rule-ner` preset, src/pipeline/default-pipeline.ts).
 */
export function entitiesStageWith(options: { tagger: boolean }): Stage {
  return {
    name: options.tagger ? 'entities' : 'entities.rules',
    requires: ['tokens', 'sentences'],
    assigns: ['entities'],
    run(doc: Doc) {
      const lex = getLexicon();
      const tokens = doc.tokens;
      const rules = extractNameCandidates(doc, lex);
      const chosen = options.tagger
        ? nameRefiners(mergeTaggedNames(tagNames(doc), rules, tokens, lex), doc, lex)
        : rules.filter((c) => !c.description).map((cand) => ({ cand, type: classifyName(cand, tokens, lex), tagged: false }));
      const typed: Typed[] = chosen.map(({ cand, type, tagged }) => ({ cand, type, tagged, words: nameWords(tokens, cand.first, cand.end) }));
      doc.entities = new EntityBuilder(doc, lex).build(typed);
    },
  };
}

export const entitiesStage = entitiesStageWith({ tagger: true });
export const ruleEntitiesStage = entitiesStageWith({ tagger: false });

/**
 * After the tagger's and the rules' names are merged, in this order: market codes and credits (wire,
 * byline, contribution lines) go first (they are no names of the article's actors, and must not vote); labels ("Phase 1") are
 * told from names before any name votes; names cut at a hyphen are made whole, and then a legislator's state is cut from
 * its party letter again ("(R-TX)"; the hyphen join would undo it); names joined by one are
 * split and list items given their list's type, all before the vote, so that each piece votes for its own name with its best type; the vote comes last
 * and sees every mention.
 */
function nameRefiners(typed: TypedCandidate[], doc: Doc, lex: Lexicon): TypedCandidate[] {
  const tokens = doc.tokens;
  const names = partyStates(joinHyphenatedNames(labelNames(dropCredits(dropMarketCodes(typed, tokens, lex), tokens), tokens, doc.text), tokens), tokens, lex);
  const typedAlone = shareListTypes(splitJoinedNames(names, tokens, lex), tokens, lex);
  return knownPlacesStayPlaces(voteNameTypes(ownedNames(describeNames(typedAlone, tokens, lex), tokens, lex), tokens, lex), tokens, lex);
}

/**
 * A name the gazetteer knows as a country, city or region, typed ORG with no word of an organisation in it,
 * is the place ("Shelling hit Kharkiv overnight"): the tagger's ORG for an unseen place name is a
 * guess, the gazetteer's entry is evidence, except in a sentence with numbers (a sports result).
 */
function knownPlacesStayPlaces(typed: TypedCandidate[], tokens: Token[], lex: Lexicon): TypedCandidate[] {
  const orgsInSentence = new Map<number, number>();
  for (const t of typed) if (t.type === 'ORG') orgsInSentence.set(tokens[t.cand.first].sentence, (orgsInSentence.get(tokens[t.cand.first].sentence) ?? 0) + 1);
  return typed.map((t) => {
    // Teams come in pairs ("Leeds beat Hull"): only a lone ORG in its sentence is read again.
    if (t.type !== 'ORG' || (orgsInSentence.get(tokens[t.cand.first].sentence) ?? 0) > 1) return t;
    const words = tokens.slice(t.cand.first, t.cand.end);
    const key = words.map((w) => w.lower).join(' ');
    if (!(lex.places.has(key) || lex.countries.has(key)) || lex.knownOrgs.has(key) || words.some((w) => lex.orgKeywords.has(w.lower))) return t;
    // Teams are named by their city in sports results, which carry scores: a sentence with a number
    // keeps the tagger's reading.
    const sentence = tokens[t.cand.first].sentence;
    for (let k = t.cand.first; k >= 0 && tokens[k].sentence === sentence; k--) if (/\d/.test(tokens[k].norm)) return t;
    for (let k = t.cand.end; k < tokens.length && tokens[k].sentence === sentence; k++) if (/\d/.test(tokens[k].norm)) return t;
    return { ...t, type: 'GPE' };
  });
}

/** A given name and a surname ("Marieke de Vries"), not a surname with its particle ("de Vries"). */
function isFullName(t: Typed): boolean {
  return t.type === 'PERSON' && t.words.length >= 2 && !NAME_PARTICLES.has(t.words[0]);
}

class EntityBuilder {
  private readonly entities: Entity[] = [];
  private readonly byKey = new Map<string, Entity>();
  private readonly tokens: Token[];
  /** Mention keys per entity, for de-duplication in constant time. */
  private readonly seen = new Map<Entity, Set<string>>();
  /** Persons by the name parts a short mention can match: surname, given name, compound surname. */
  private readonly personsByPart = new Map<string, Entity[]>();
  /** Per person: starts of full-name mentions (document order) and of the latest short mention. */
  private readonly positions = new Map<Entity, { full: number[]; lastShort: number }>();

  constructor(
    private readonly doc: Doc,
    private readonly lex: Lexicon,
  ) {
    this.tokens = doc.tokens;
  }

  build(typed: Typed[]): Entity[] {
    // Full names first, so that "Mr Putin" before "Vladimir Putin" still finds its entity.
    for (const t of typed) if (isFullName(t)) this.addPerson(t);
    for (const e of this.entities) this.indexPerson(e);
    for (const t of typed) {
      if (isFullName(t)) continue;
      if (t.type === 'PERSON' || t.type === 'UNKNOWN') this.addShortName(t);
      // "the Ruiz-Gil meeting": two people the article names, whatever the tagger called the pair.
      else if (t.words.length === 1 && t.words[0].includes('-') && this.splitHyphenated(t)) continue;
      // A surname that is also a town ("Clinton", "Obama"): the person named in the article wins.
      else if (t.type === 'GPE' && !t.tagged && t.words.length === 1 && !this.lex.countries.has(t.words[0].toLowerCase()) && this.findPersonByPart(t.words, t.cand)) this.addShortName(t);
      else this.addOther(t, t.type);
    }
    const ordered = this.entities.filter((e) => e.mentions.length > 0);
    for (const e of ordered) e.mentions.sort((a, b) => a.start - b.start);
    ordered.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
    ordered.forEach((e, i) => { e.id = `e${i + 1}`; });
    return ordered;
  }

  private nameText(c: NameCandidate): string {
    return this.doc.text.slice(this.tokens[c.first].start, this.tokens[c.end - 1].end).replace(/\s+/g, ' ');
  }

  private mention(e: Entity, c: NameCandidate, form: Entity['mentions'][number]['form'], extractor: string): void {
    // The mention is the name itself; an honorific before it is recorded in `form`, not in the span.
    const start = this.tokens[c.first].start;
    const end = this.tokens[c.end - 1].end;
    let keys = this.seen.get(e);
    if (!keys) this.seen.set(e, (keys = new Set()));
    if (keys.has(`${start}:${end}`)) return;
    keys.add(`${start}:${end}`);
    e.mentions.push({ start, end, form, extractor });
    if (e.type === 'PERSON') {
      let pos = this.positions.get(e);
      if (!pos) this.positions.set(e, (pos = { full: [], lastShort: -1 }));
      if (form === 'name' && c.end - c.first >= 2) pos.full.push(start);
      else pos.lastShort = Math.max(pos.lastShort, start);
    }
  }

  private indexPerson(e: Entity): void {
    if (e.type !== 'PERSON') return;
    const parts = e.name.toLowerCase().split(' ');
    const last = parts[parts.length - 1];
    const keys = new Set([`last|${last}`]);
    // "Bashar al-Assad" is "Assad" too: a surname with a particle joined by a hyphen.
    const particle = /^(\p{L}+)-(.+)$/u.exec(last);
    if (particle && NAME_PARTICLES.has(particle[1])) keys.add(`last|${particle[2]}`);
    if (parts.length > 2) keys.add(`last|${parts.slice(1).join(' ')}`);
    if (parts.length > 1) keys.add(`first|${parts[0]}`);
    for (const k of keys) {
      const list = this.personsByPart.get(k) ?? [];
      list.push(e);
      this.personsByPart.set(k, list);
    }
  }

  private create(key: string, type: EntityType, name: string, extractor: string): Entity {
    const e = entity('', type, name, extractor);
    this.entities.push(e);
    this.byKey.set(key, e);
    return e;
  }

  private addPerson(t: Typed): void {
    const first = t.words[0].toLowerCase();
    const last = t.words[t.words.length - 1].toLowerCase();
    const key = `PERSON|${first}|${last}`;
    const name = this.nameText(t.cand);
    let e = this.byKey.get(key);
    if (!e) e = this.create(key, 'PERSON', name, extractorOf(t));
    else if (name.length > e.name.length) e.name = name; // the fullest name is canonical
    this.mention(e, t.cand, t.cand.honorific ? 'honorific' : 'name', extractorOf(t));
    this.addTitles(e, t.cand);
  }

  /** A one-word name or an honorific form: "Putin", "Mr Putin", "Zelenskyy". */
  private addShortName(t: Typed): void {
    const c = t.cand;
    const person = this.findPersonByPart(t.words, c);
    if (person) {
      this.mention(person, c, c.honorific ? 'honorific' : 'surname', extractorOf(t));
      this.addTitles(person, c);
      return;
    }
    // Hyphenated pair of known people: "the Trump-Putin meeting".
    if (t.words.length === 1 && t.words[0].includes('-')) {
      const parts = this.splitHyphenated(t);
      if (parts) return;
    }
    if (t.type === 'PERSON') {
      const key = `PERSON|${t.words.join(' ').toLowerCase()}`;
      let e = this.byKey.get(key);
      if (!e) { e = this.create(key, 'PERSON', this.nameText(c), extractorOf(t)); this.indexPerson(e); }
      this.mention(e, c, c.honorific ? 'honorific' : 'name', extractorOf(t));
      this.addTitles(e, c);
    }
  }

  private splitHyphenated(t: Typed): boolean {
    const c = t.cand;
    const pieces: NameCandidate[] = [];
    let s = c.first;
    for (let k = c.first; k <= c.end; k++) {
      if (k === c.end || this.tokens[k].norm === '-') {
        // "Jean-Luc-" or "-Luc": a hyphen at an end leaves an empty piece, which names no one.
        if (k === s) return false;
        pieces.push({ ...c, first: s, end: k, mentionFirst: s, honorific: false, title: null });
        s = k + 1;
      }
    }
    const matches = pieces.map((p) => this.findPersonByPart(this.tokens.slice(p.first, p.end).map((x) => x.norm), p));
    if (matches.some((m) => !m)) return false;
    pieces.forEach((p, i) => this.mention(matches[i] as Entity, p, 'surname', extractorOf(t)));
    return true;
  }

  private findPersonByPart(words: string[], c: NameCandidate): Entity | undefined {
    const w = words.join(' ').toLowerCase();
    let best: Entity | undefined;
    let bestDistance = Infinity;
    const at = this.tokens[c.first].start;
    const candidates = [...(this.personsByPart.get(`last|${w}`) ?? []), ...(c.honorific ? [] : this.personsByPart.get(`first|${w}`) ?? [])];
    for (const e of candidates) {
      // Prefer the person named most recently before this mention.
      const pos = this.positions.get(e);
      const fullBefore = pos ? floorIndex(pos.full, at) : -1;
      let latest = fullBefore >= 0 && pos ? pos.full[fullBefore] : -1;
      if (pos && pos.lastShort <= at) latest = Math.max(latest, pos.lastShort);
      const distance = latest >= 0 ? at - latest : 1e9 + e.mentions[0].start;
      if (distance < bestDistance) { best = e; bestDistance = distance; }
    }
    return best;
  }

  private addOther(t: Typed, type: EntityType): void {
    const lowered = t.words.join(' ').toLowerCase().replace(/'s$/, '');
    let name = this.nameText(t.cand);
    let key = `${type}|${lowered}`;
    if (type === 'GPE' && this.lex.countries.has(lowered)) {
      name = this.lex.countries.get(lowered) as string;
      key = `GPE|${name.toLowerCase()}`;
    } else if (type === 'NORP') {
      key = `NORP|${(this.lex.demonyms.get(lowered) ?? lowered).toLowerCase()}`;
    }
    const e = this.byKey.get(key) ?? this.create(key, type, name, extractorOf(t));
    this.mention(e, t.cand, 'name', extractorOf(t));
  }

  private addTitles(e: Entity, c: NameCandidate): void {
    const found: FoundTitle[] = [];
    if (c.title) found.push({ first: c.title[0], end: c.title[1], qualifier: c.qualifier });
    const before = c.title ? null : (titleBefore(this.tokens, c.mentionFirst, this.lex) ?? titleBeforeComma(this.tokens, c.mentionFirst, c.end, this.lex));
    if (before) found.push(before);
    const after = titleAfter(this.tokens, c.end, this.lex);
    if (after) found.push(after);
    for (const f of found) {
      const start = this.tokens[f.first].start;
      const end = this.tokens[f.end - 1].end;
      const text = this.doc.text.slice(start, end).replace(/\s+/g, ' ');
      const qualifier = f.qualifier ? this.doc.text.slice(this.tokens[f.qualifier[0]].start, this.tokens[f.qualifier[1] - 1].end) : null;
      if (!e.titleMentions.some((m) => m.start === start)) e.titleMentions.push({ text, start, end, qualifier });
      if (!e.titles.some((x) => x.toLowerCase() === text.toLowerCase())) e.titles.push(text);
      if (qualifier && !e.affiliation) {
        const q = qualifier.toLowerCase();
        e.affiliation = this.lex.demonyms.get(q) ?? this.lex.countries.get(q) ?? qualifier;
      }
    }
  }
}
