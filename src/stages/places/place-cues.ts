// What the words around a place mention say about it:
//   level cues   "Donetsk region", "the region of Kherson", "state of Texas"      -> a region (admin-1)
//                "the village of Iskra", "the town of X", "X city"                -> a settlement
//   qualifiers   "Paris, Texas", "Iskra and the small town of Shcherbynivka in Donetsk region",
//                "a village near Pokrovsk", "in eastern Ukraine"                   -> the place named after it
//                "Springfield, Va.", "Paris, TX"                                   -> the state abbreviated
//   lists        "Georgia and Ukraine", "Ohio, Florida"                            -> places of one level
// A qualifier is found by walking right through list words and other place names to a connector
// ("in", "near", "outside", a comma) followed by a place mention in the same sentence; after a comma
// the place must follow at once ("Paris, the United States and China" is a list).
import type { Doc } from '../../core/document.js';
import type { Entity, Mention } from '../../core/records/entity.js';
import type { Token } from '../../core/records/token.js';
import { lowerBound } from '../../core/sorted.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';

export type LevelCue = 'region' | 'settlement' | null;

export interface Qualifier {
  /** The place entity named after the mention; null for an abbreviation ("Springfield, Va."). */
  entity: Entity | null;
  /** The region an abbreviation stands for; null for an entity (resolved by the stage). */
  region: GazetteerEntry | null;
  /** The connector before it: "in", "near", "outside" or ",". */
  connector: string;
  /** The words from the mention to the qualifier, for `source` ("in Donetsk region"). */
  phrase: string;
}

const REGION_AFTER = new Set(['region', 'regions', 'oblast', 'province', 'state', 'governorate', 'prefecture', 'krai', 'territory']);
const REGION_BEFORE = new Set(['region', 'oblast', 'province', 'state', 'governorate', 'prefecture']);
const SETTLEMENT_BEFORE = new Set(['village', 'town', 'city', 'settlement', 'hamlet', 'port', 'capital', 'suburb']);
const SETTLEMENT_AFTER = new Set(['city']);
const CONNECTORS = new Set(['in', 'near', 'outside', ',']);
/** Words a qualifier may sit behind, after its connector: "in eastern Ukraine", "near the town of". */
const BEFORE_QUALIFIER = new Set(['the', 'eastern', 'western', 'northern', 'southern', 'central', 'north', 'south', 'east', 'west', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'north-eastern', 'north-western', 'south-eastern', 'south-western']);
/** Words a walk to the qualifier may pass: lists of places and the nouns that introduce them. */
const LIST_WORDS = new Set(['and', 'or', 'the', 'a', 'of', 'small', 'large', 'tiny', 'nearby', 'neighbouring', 'neighboring', 'village', 'villages', 'town', 'towns', 'city', 'cities', 'settlement', 'settlements', 'hamlet', 'hamlets', ...REGION_AFTER]);
const MAX_WALK = 16;
const LIST_JOINERS = new Set([',', 'and', 'or']);
/** ", Va." / ", N.C." / ", TX" right after a place name. */
const ABBREVIATION_AFTER = /^,\s*((?:[A-Z][a-z]{0,4}\.)(?:\s?[A-Z][a-z]{0,3}\.)?|[A-Z]{2}(?![A-Za-z]))/;

/** Finds tokens and place mentions by offset, for one document. */
export class PlaceCues {
  private readonly tokens: Token[];
  /** Mention start offset -> the place entity and its mention. */
  private readonly placeAt = new Map<number, { entity: Entity; mention: Mention }>();
  /** Mention end offset -> the place entity. */
  private readonly placeEndingAt = new Map<number, Entity>();

  constructor(
    private readonly doc: Doc,
    places: readonly Entity[],
    private readonly gaz: Gazetteer,
  ) {
    this.tokens = doc.tokens;
    for (const entity of places) {
      for (const mention of entity.mentions) {
        this.placeAt.set(mention.start, { entity, mention });
        this.placeEndingAt.set(mention.end, entity);
      }
    }
  }

  levelCue(m: Mention): LevelCue {
    const first = this.tokenAt(m.start);
    const last = this.tokenEndingAt(m.end);
    if (first < 0 || last < 0) return null;
    const after = this.tokens[last + 1];
    const sentence = this.tokens[first].sentence;
    if (after && after.sentence === sentence) {
      if (REGION_AFTER.has(after.lower)) return 'region';
      if (SETTLEMENT_AFTER.has(after.lower) && after.norm === after.lower) return 'settlement';
    }
    const of = this.tokens[first - 1];
    const noun = this.tokens[first - 2];
    if (of?.lower === 'of' && noun && noun.sentence === sentence) {
      if (REGION_BEFORE.has(noun.lower)) return 'region';
      if (SETTLEMENT_BEFORE.has(noun.lower)) return 'settlement';
    }
    return null;
  }

  /** The capitalised word right before a mention in its sentence ("New" before "York"), if any. */
  wordBefore(m: Mention): string | null {
    const first = this.tokenAt(m.start);
    const before = first > 0 ? this.tokens[first - 1] : undefined;
    if (!before || before.sentence !== this.tokens[first].sentence || !/^\p{Lu}\p{L}*$/u.test(before.norm)) return null;
    return this.placeAt.has(before.start) ? null : before.norm;
  }

  qualifier(entity: Entity, m: Mention): Qualifier | null {
    const abbreviated = ABBREVIATION_AFTER.exec(this.doc.text.slice(m.end, m.end + 12));
    const region = abbreviated ? this.gaz.abbreviation(abbreviated[1]) : null;
    if (region && abbreviated) return { entity: null, region, connector: ',', phrase: this.doc.text.slice(m.start, m.end) + abbreviated[0] };
    const last = this.tokenEndingAt(m.end);
    if (last < 0) return null;
    const sentence = this.tokens[last].sentence;
    let connector: string | null = null;
    for (let k = last + 1, steps = 0; k < this.tokens.length && steps < MAX_WALK; k++, steps++) {
      const t = this.tokens[k];
      if (t.sentence !== sentence) return null;
      const place = this.placeAt.get(t.start);
      if (place && place.entity !== entity) {
        if (connector) return { entity: place.entity, region: null, connector, phrase: this.phrase(m.start, place.mention.end) };
        k = this.tokenEndingAt(place.mention.end);
        if (k < 0) return null;
        continue;
      }
      if (CONNECTORS.has(t.lower)) connector = t.lower;
      else if (connector && connector !== ',' && BEFORE_QUALIFIER.has(t.lower)) continue;
      else if (LIST_WORDS.has(t.lower)) connector = null;
      else return null;
    }
    return null;
  }

  /** Places listed right beside a mention ("Georgia and Ukraine", "Ohio, Florida"): usually of its level. */
  coordinated(entity: Entity, m: Mention): Entity[] {
    const out: Entity[] = [];
    const first = this.tokenAt(m.start);
    const last = this.tokenEndingAt(m.end);
    if (first < 0 || last < 0) return out;
    let k = last + 1;
    while (k < this.tokens.length && LIST_JOINERS.has(this.tokens[k].lower) && k - last <= 2) k++;
    const after = k > last + 1 && k < this.tokens.length ? this.placeAt.get(this.tokens[k].start)?.entity : undefined;
    if (after && after !== entity && this.tokens[k].sentence === this.tokens[last].sentence) out.push(after);
    k = first - 1;
    while (k >= 0 && LIST_JOINERS.has(this.tokens[k].lower) && first - k <= 2) k--;
    const before = k < first - 1 && k >= 0 ? this.placeEndingAt.get(this.tokens[k].end) : undefined;
    if (before && before !== entity && this.tokens[k].sentence === this.tokens[first].sentence) out.push(before);
    return out;
  }

  /** The text from a mention to its qualifier, with the region word after it ("... in Donetsk region"). */
  private phrase(start: number, end: number): string {
    const last = this.tokenEndingAt(end);
    const after = last >= 0 ? this.tokens[last + 1] : undefined;
    const to = after && after.sentence === this.tokens[last].sentence && REGION_AFTER.has(after.lower) ? after.end : end;
    return this.doc.text.slice(start, to).replace(/\s+/g, ' ');
  }

  private tokenAt(offset: number): number {
    const k = lowerBound(this.tokens, offset, (t) => t.start);
    return k < this.tokens.length && this.tokens[k].start === offset ? k : -1;
  }

  private tokenEndingAt(offset: number): number {
    const k = lowerBound(this.tokens, offset, (t) => t.end);
    return k < this.tokens.length && this.tokens[k].end === offset ? k : -1;
  }
}
