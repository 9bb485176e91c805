// Quote stage: cue-driven attributions (direct, mixed, reported), then layout-marked ones ("NAME:",
// "“...” — NAME"), then uncued quoted passages. Ordering: each extractor marks the quoted regions it
// uses as content, and the uncued extractor only sees what is left. Speakers are linked by the coref stage.
import type { Doc } from '../../core/document.js';
import type { Stage } from '../../core/stage.js';
import { lowerBound } from '../../core/sorted.js';
import { buildContext } from './attribution-context.js';
import { extractCuedAttributions } from './cued-attribution-extractor.js';
import { extractSpeakerLabels } from './speaker-label-extractor.js';
import { extractUncuedQuotes } from './uncued-quote-extractor.js';

function cueLemma(doc: Doc, at: number): string {
  const t = doc.tokens[lowerBound(doc.tokens, at, (x) => x.start)];
  return t ? t.lemma : '';
}

export const quotesStage: Stage = {
  name: 'quotes.rules',
  requires: ['tokens', 'sentences'],
  assigns: ['quotes'],
  run(doc: Doc) {
    const ctx = buildContext(doc);
    const cued = extractCuedAttributions(ctx).map((a) => a.quote);
    // A cognition verb's attribution reports a belief ("believes that", "hopes that"), not speech.
    for (const q of cued) if (q.cue && !q.direct) q.belief = ctx.cues.belief.has(cueLemma(doc, q.cue.start));
    const labelled = extractSpeakerLabels(ctx).map((a) => a.quote);
    const uncued = extractUncuedQuotes(ctx);
    const quotes = [...cued, ...labelled, ...uncued].sort((a, b) => a.content[0].start - b.content[0].start);
    quotes.forEach((q, i) => { q.id = `q${i + 1}`; });
    doc.quotes = quotes;
  },
};
