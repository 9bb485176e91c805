// Attributions marked by layout rather than a verb:
//   NAME: words ...         transcript turns and headlines ("RUIZ: Well, look, ...", "Ruiz: ..."), when
//                           the label is a name and not a place

//   “QUOTE” — NAME          a quotation signed with a dash ("“...” ― Karen Bobadilla.")
// The cue is the colon or the dash.
import type { Span } from '../../core/span.js';
import { quote } from '../../core/records/quote.js';
import type { AttributionContext } from './attribution-context.js';
import type { Attribution } from './cued-attribution-extractor.js';

const EXTRACTOR = 'quotes.speaker-label.v1';
const DASHES = new Set(['―', '—', '–', '--', '-']);
const MAX_NAME_TOKENS = 4;

export function extractSpeakerLabels(ctx: AttributionContext): Attribution[] {
  const out: Attribution[] = [];
  const tokens = ctx.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // "NAME:" opening a paragraph (after an optional quotation mark).
    if (t.lineBefore || i === 0) {
      let k = i;
      if (ctx.opensRegion[k] >= 0 || t.norm === '"' || t.norm === "'") k++;
      const nameStart = k;
      while (k < tokens.length && k - nameStart < MAX_NAME_TOKENS && (k === nameStart || !tokens[k].lineBefore) && (/^\p{Lu}/u.test(tokens[k].norm) || (k > nameStart && /^[.'-]$/.test(tokens[k].norm)))) k++;
      if (k > nameStart && tokens[k]?.norm === ':' && tokens[k + 1] && !tokens[k + 1].lineBefore && isSpeakerName(ctx, nameStart, k)) {
        const contentStart = k + 1;
        let e = contentStart;
        while (e + 1 < tokens.length && !tokens[e + 1].lineBefore) e++;
        const span: Span = { start: tokens[contentStart].start, end: tokens[e].end };
        out.push(labelled(ctx, [span], tokens[k], nameStart, k, false));
      }
    }
    // "“QUOTE” ― NAME" closing a quotation.
    const r = ctx.closesRegion[i];
    if (r >= 0 && tokens[i + 1] && DASHES.has(tokens[i + 1].norm) && !tokens[i + 1].lineBefore) {
      let k = i + 2;
      const nameStart = k;
      while (k < tokens.length && k - nameStart < MAX_NAME_TOKENS && /^\p{Lu}/u.test(tokens[k].norm) && !tokens[k].lineBefore) k++;
      const after = tokens[k];
      if (k > nameStart && (!after || after.lineBefore || ['.', ','].includes(after.norm))) {
        const q = ctx.regions[r];
        ctx.consumed.add(r);
        out.push(labelled(ctx, [{ start: q.open, end: q.close }], tokens[i + 1], nameStart, k, true));
      }
    }
  }
  return out;
}

const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);

/**
 * A label before a colon speaks only when it is a name that is not a place: every word a proper noun
 * in the parse ("Ana Ruiz:"), or the surname of a person the article names ("RUIZ:"), so page
 * furniture ("Note:", "Update:") and datelines ("LIMA:") are not turns of a transcript. Without a
 * parse, any capitalised label.
 */
function isSpeakerName(ctx: AttributionContext, first: number, end: number): boolean {
  const view = ctx.view;
  if (!view) return true;
  // "WALLACE:" in a transcript: the surname of a person the article names, whatever its tag.
  const last = ctx.tokens[end - 1].lower;
  const named = ctx.doc.entities.some((e) => e.type === 'PERSON' && e.name.toLowerCase().split(/\s+/).pop() === last);
  for (let k = first; k < end && !named; k++) if (view.upos(k) !== 'PROPN' && !/^[.'-]$/.test(ctx.tokens[k].norm)) return false;
  const start = ctx.tokens[first].start;
  const stop = ctx.tokens[end - 1].end;
  return !ctx.doc.entities.some((e) => PLACE_TYPES.has(e.type) && e.mentions.some((m) => m.start <= start && stop <= m.end));
}

function labelled(ctx: AttributionContext, content: Span[], cueTok: { start: number; end: number }, nameStart: number, nameEnd: number, direct: boolean): Attribution {
  const tokens = ctx.tokens;
  for (let r = 0; r < ctx.regions.length; r++) {
    const q = ctx.regions[r];
    if (content.some((c) => c.start <= q.open && q.contentEnd <= c.end)) ctx.consumed.add(r);
  }
  return {
    quote: quote({
      content,
      cue: { start: cueTok.start, end: cueTok.end },
      source: { start: tokens[nameStart].start, end: tokens[nameEnd - 1].end },
      direct,
      extractor: EXTRACTOR,
    }),
    cueToken: -1,
    sourceTokens: [nameStart, nameEnd],
  };
}
