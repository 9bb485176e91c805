// Combines the trained tagger's names with the rule-based candidates:
//   - the tagger decides where names are and, by default, their type;
//   - the rules add what the tagger does not model: honorifics, titles and their qualifiers around a
//     person ("Russian President Vladimir Putin", "Mr Putin"), and types from strong evidence (an
//     honorific or title makes a PERSON; a country, a demonym or a well-known organisation from the
//     gazetteer keeps its type);
//   - a rule candidate the tagger did not tag is kept only on such strong evidence.
// Measured on CoNLL-2003 dev (full pipeline) and PolNeAR dev; see the commit that introduced this.
import type { EntityType } from '../../core/records/entity.js';
import type { Token } from '../../core/records/token.js';
import type { NameType } from './classify-name.js';
import type { Lexicon } from './lexicon.js';
import type { NameCandidate } from './name-candidates-extractor.js';
import type { NameSpan } from './ner/ner-tagger.js';

const PLACE_NOUNS_BEFORE = new Set(['village', 'town', 'city', 'province', 'state', 'county', 'district', 'region', 'island', 'settlement', 'suburb', 'municipality', 'oblast']);
const PLACE_PREFIXES = new Set(['port', 'fort', 'mount', 'lake', 'saint', 'st.', 'puerto', 'porto']);

export interface TypedCandidate {
  cand: NameCandidate;
  type: NameType;
  /** Found by the trained tagger (its type is trusted over gazetteer look-alikes). */
  tagged: boolean;
  /** Typed by a description beside it ("Acme, a private equity firm"): see describe-names.ts. */
  described?: boolean;
}

function strongType(c: NameCandidate, tokens: Token[], lex: Lexicon): EntityType | null {
  if (c.honorific || c.title) return 'PERSON';
  const lower = tokens.slice(c.first, c.end).map((t) => t.lower).join(' ');
  if (lex.countries.has(lower)) return 'GPE';
  if (c.end - c.first === 1 && lex.demonyms.has(lower)) return 'NORP';
  if (lex.knownOrgs.has(lower)) return 'ORG';
  return null;
}

/**
 * Where the gazetteer or the words before the name override the tagger's type (each measured on
 * CoNLL dev and the seed):
 * a known organisation ("Kremlin"), a country or large region tagged as a person ("Crimea"), and a
 * named facility ("Zaporizhzhia Nuclear Power Plant", "Downing Street").
 */
function gazetteerType(lower: string, c: NameCandidate, tagged: EntityType, tokens: Token[], lex: Lexicon): NameType {
  // A national capital the tagger read as its government ("Kyiv had so far secured ...") names the
  // city, as CoNLL and news-wild have it.
  if (tagged === 'ORG' && c.end - c.first === 1 && lex.capitals.has(lower) && !lex.knownOrgs.has(lower)) return 'GPE';
  // "the village of X", "the city of X": a place, whatever the name looked like.
  const before = tokens[c.first - 1];
  if (tagged !== 'PERSON' && before?.lower === 'of' && PLACE_NOUNS_BEFORE.has(tokens[c.first - 2]?.lower ?? '')) return 'GPE';
  // A people or group word the tagger's types call NORP ("Democrats") stays NORP: a group, not the party.
  if (lex.knownOrgs.has(lower) && tagged !== 'NORP') return 'ORG';
  if (tagged === 'PERSON' && lex.countries.has(lower)) return 'GPE';
  if (tagged === 'PERSON' && lex.regions.has(lower)) return 'LOC';
  if (tagged === 'PERSON' && c.end - c.first >= 2 && PLACE_PREFIXES.has(tokens[c.first].lower)) return 'GPE'; // "Port Alma
  const first = tokens[c.first].lower;
  const last = tokens[c.end - 1].lower;
  if (c.end - c.first >= 2 && lex.facilityKeywords.has(last) && !lex.orgKeywords.has(first) && tagged !== 'PERSON') return 'FAC';
  return tagged;
}

export function mergeTaggedNames(tagged: NameSpan[], rules: NameCandidate[], tokens: Token[], lex: Lexicon): TypedCandidate[] {
  const out: TypedCandidate[] = [];
  const used = new Set<NameCandidate>();
  const ruleAt = new Map<number, NameCandidate>();
  for (const c of rules) if (!c.description) for (let k = c.first; k < c.end; k++) if (!ruleAt.has(k)) ruleAt.set(k, c);
  for (const span of tagged) {
    // The first rule candidate inside the span, or one with a title or honorific if any: in "US President
    // Donald Trump" the rules find "US" (the qualifier) before the titled name.
    let rule: NameCandidate | undefined;
    for (let k = span.first; k < span.end; k++) {
      const r = ruleAt.get(k);
      if (r && (!rule || (!(rule.title || rule.honorific) && (r.title || r.honorific)))) rule = r;
    }
    let cand: NameCandidate = { first: span.first, end: span.end, mentionFirst: span.first, honorific: false, title: null, qualifier: null, description: false };
    if (rule) {
      used.add(rule);
      // A hyphenated given name the tagger cut short: "Kim Ji" + "-woo".
      if (rule.first <= span.first && rule.end > span.end && tokens[span.end]?.norm === '-' && tokens[span.end].start === tokens[span.end - 1].end) cand.end = rule.end;
      // The tagger's organisation ending in an organisation word keeps its words: "Justice Department"
      // is no justice.
      const orgName = span.type === 'ORG' && lex.orgKeywords.has(tokens[span.end - 1].lower);
      if (rule.first >= span.first && rule.end <= span.end && (rule.title || rule.honorific) && !orgName) {
        // The tagger's span includes the title ("President Vladimir Putin"): the rules split it.
        cand = rule;
      } else {
        // A title or honorific the rules found right before the tagged name.
        if (rule.title && rule.title[1] === span.first) { cand.title = rule.title; cand.qualifier = rule.qualifier; }
        if (rule.honorific && rule.first === span.first) { cand.honorific = true; cand.mentionFirst = rule.mentionFirst; }
      }
    }
    // Titles and honorifics make a person; a name our organisation list knows ("Kremlin", which the
    // tagger learned from CoNLL as a place) is an organisation.
    const lower = tokens.slice(cand.first, cand.end).map((t) => t.lower).join(' ');
    out.push({ cand, type: cand.title || cand.honorific ? 'PERSON' : gazetteerType(lower, cand, span.type, tokens, lex), tagged: true });
  }
  // Rule candidates the tagger did not tag at all, kept on strong evidence only.
  for (const c of rules) {
    if (c.description || used.has(c)) continue;
    if (tagged.some((s) => s.first < c.end && c.first < s.end)) continue;
    const strong = strongType(c, tokens, lex);
    if (strong) out.push({ cand: c, type: strong, tagged: false });
  }
  return out.sort((a, b) => a.cand.first - b.cand.first);
}
