// What the words around a place mention say about it:
//   level cues   "Donetsk region", "the region of Kherson", "state of Texas"      -> a region (admin-1)
//                "the village of Iskra", "the town of X", "X city"                -> a settlement
//   qualifiers   "Paris, Texas", "Iskra and the small town of Shcherbynivka in Donetsk region",
//                "a village near Pokrovsk", "in eastern Ukraine"                   -> the place named after it
// A qualifier is found by walking right through list words and other place names to a connector
// ("in", "near", "outside", a comma) followed by a place mention in the same sentence.
import type { Doc } from '../../core/document.js';
import type { Entity, Mention } from '../../core/records/entity.js';
import type { Token } from '../../core/records/token.js';
import { lowerBound } from '../../core/sorted.js';

export type LevelCue = 'region' | 'settlement' | null;

export interface Qualifier {
  entity: Entity;
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

/** Finds tokens and place mentions by offset, for one document. */
export class PlaceCues {
  private readonly tokens: Token[];
  /** Mention start offset -> the place entity and its mention. */
  private readonly placeAt = new Map<number, { entity: Entity; mention: Mention }>();

  constructor(
    private readonly doc: Doc,
    places: readonly Entity[],
  ) {
    this.tokens = doc.tokens;
    for (const entity of places) for (const mention of entity.mentions) this.placeAt.set(mention.start, { entity, mention });
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
    const last = this.tokenEndingAt(m.end);
    if (last < 0) return null;
    const sentence = this.tokens[last].sentence;
    let connector: string | null = null;
    for (let k = last + 1, steps = 0; k < this.tokens.length && steps < MAX_WALK; k++, steps++) {
      const t = this.tokens[k];
      if (t.sentence !== sentence) return null;
      const place = this.placeAt.get(t.start);
      if (place && place.entity !== entity) {
        if (connector) return { entity: place.entity, connector, phrase: this.phrase(m.start, place.mention.end) };
        k = this.tokenEndingAt(place.mention.end);
        if (k < 0) return null;
        continue;
      }
      if (CONNECTORS.has(t.lower)) connector = t.lower;
      else if (connector && BEFORE_QUALIFIER.has(t.lower)) continue;
      else if (LIST_WORDS.has(t.lower)) connector = null;
      else return null;
    }
    return null;
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
