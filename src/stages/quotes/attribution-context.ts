// What the attribution extractors share for one document: tokens, quote regions, and which token sits
// inside which region.
import type { Doc } from '../../core/document.js';
import type { Token } from '../../core/records/token.js';
import { SyntaxView } from '../syntax/syntax-queries.js';
import { getCueLexicon, type CueLexicon } from './cue-lexicon.js';
import { findQuoteRegions, type QuoteRegion } from './quote-regions.js';

export interface AttributionContext {
  doc: Doc;
  text: string;
  tokens: Token[];
  regions: QuoteRegion[];
  /** Region index of each token inside quoted content, else -1. */
  inQuote: Int32Array;
  /** Region index whose opening mark is this token, else -1. */
  opensRegion: Int32Array;
  /** Region index whose closing mark is this token, else -1. */
  closesRegion: Int32Array;
  cues: CueLexicon;
  /** The dependency parse, when the syntax stage has run. */
  view: SyntaxView | null;
  /** Regions already used as the content of some quote. */
  consumed: Set<number>;
}

export function buildContext(doc: Doc): AttributionContext {
  const tokens = doc.tokens;
  const regions = findQuoteRegions(doc.text);
  const inQuote = new Int32Array(tokens.length).fill(-1);
  const opensRegion = new Int32Array(tokens.length).fill(-1);
  const closesRegion = new Int32Array(tokens.length).fill(-1);
  let r = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (r < regions.length && regions[r].close <= t.start && !(regions[r].close === t.end)) r++;
    for (let k = r; k < regions.length && regions[k].open < t.end; k++) {
      const q = regions[k];
      if (t.start >= q.contentStart && t.end <= q.contentEnd) inQuote[i] = k;
      else if (t.start <= q.open && t.end > q.open) opensRegion[i] = k;
      else if (q.closed && t.start < q.close && t.end >= q.close) closesRegion[i] = k;
    }
  }
  return { doc, text: doc.text, tokens, regions, inQuote, opensRegion, closesRegion, cues: getCueLexicon(), view: doc.syntax ? new SyntaxView(doc) : null, consumed: new Set() };
}
