// Finds quoted regions in the original text, in every quote style: “…” ‘…’ «…» „…“ "…" and ''…''
// (two apostrophes, as some wires write). Rules:
//   - a region never crosses a paragraph break; a paragraph that opens a quote without closing it ends
//     the region at the paragraph end, and the next paragraph, if it opens with a quote mark,
//     continues the same quotation (`continues` links them);
//   - straight double quotes toggle; curly ones pair by direction;
//   - single quotes (‘ or ') only open a top-level region when no double-quoted region is open and
//     they are not apostrophes (letter on both sides, or a plural possessive);
//   - nested quotes inside an open region are part of its content.
// Hand-written because no maintained library finds quotation spans with offsets in running text.

export interface QuoteRegion {
  /** Offset of the opening mark, and of the first content character. */
  open: number;
  contentStart: number;
  /** End of the content, and end of the closing mark (== contentEnd when unclosed). */
  contentEnd: number;
  close: number;
  closed: boolean;
  /** Index of the region this one continues (a quotation running over paragraphs), or -1. */
  continues: number;
}

const DOUBLE_OPEN = new Set(['“', '„', '«', '‟']);
const DOUBLE_CLOSE = new Set(['”', '»', '“']); // “ closes a German-style „ quote
const LETTER = /[\p{L}\p{N}]/u;
/** 1 at the char code of every character scanMarks looks at: the marks above, ' " ` and ‘ ’ (all in the BMP). */
const IS_MARK = new Uint8Array(0x10000);
for (const ch of [...DOUBLE_OPEN, ...DOUBLE_CLOSE, '"', "'", '`', '‘', '’']) IS_MARK[ch.charCodeAt(0)] = 1;

interface Mark {
  at: number;
  len: number;
  kind: 'open' | 'close' | 'toggle';
  family: 'double' | 'single';
}

function scanMarks(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = from; i < to; i++) {
    // Nearly every character is no quote mark: skip it on its char code before any string test.
    if (!IS_MARK[text.charCodeAt(i)]) continue;
    const ch = text[i];
    if (ch === '"') marks.push({ at: i, len: 1, kind: 'toggle', family: 'double' });
    else if (ch === "'" && text[i + 1] === "'") {
      marks.push({ at: i, len: 2, kind: 'toggle', family: 'double' });
      i++;
    } else if (ch === '`' && text[i + 1] === '`') {
      marks.push({ at: i, len: 2, kind: 'open', family: 'double' });
      i++;
    } else if (DOUBLE_OPEN.has(ch) && !(ch === '“' && text[i - 1] !== undefined && LETTER.test(text[i - 1]) && !LETTER.test(text[i + 1] ?? ''))) {
      marks.push({ at: i, len: 1, kind: ch === '“' ? 'open' : 'open', family: 'double' });
    } else if (DOUBLE_CLOSE.has(ch)) marks.push({ at: i, len: 1, kind: 'close', family: 'double' });
    else if (ch === '‘' || ch === '’' || ch === "'") {
      const before = text[i - 1] ?? ' ';
      const after = text[i + 1] ?? ' ';
      const letterBefore = LETTER.test(before);
      const letterAfter = LETTER.test(after);
      if (letterBefore && letterAfter) continue; // apostrophe: don't, Zelenskyy's
      if (/^\d\ds\b/.test(text.slice(i + 1, i + 5))) continue; // the '90s
      if (ch !== '‘' && letterBefore && /s/i.test(before) && !letterAfter) {
        marks.push({ at: i, len: 1, kind: 'close', family: 'single' }); // voters' or a closing quote; decided below
        continue;
      }
      if (!letterBefore && letterAfter && ch !== '’') marks.push({ at: i, len: 1, kind: 'open', family: 'single' });
      else if (ch === '’' && !letterBefore && letterAfter && /\d/.test(after)) continue; // ’90s
      else if (!letterBefore && letterAfter) marks.push({ at: i, len: 1, kind: 'open', family: 'single' });
      else if (letterBefore || /[.,!?;:…]/.test(before)) marks.push({ at: i, len: 1, kind: 'close', family: 'single' });
    }
  }
  return marks;
}

/** Paragraph ranges: split at line breaks. */
function paragraphs(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      if (i > start) out.push([start, i]);
      start = i + 1;
    }
  }
  return out;
}

export function findQuoteRegions(text: string): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  let openAtParagraphEnd = -1; // index of a region left open by the previous paragraph
  for (const [pStart, pEnd] of paragraphs(text)) {
    const marks = scanMarks(text, pStart, pEnd);
    let open: Mark | null = null;
    let firstRegionInParagraph = true;
    for (const m of marks) {
      if (open === null) {
        if (m.family === 'single' && m.kind !== 'open') continue;
        // A closing mark used to open (”Fear. I am ...): at a paragraph start or after a space, before a letter.
        if (m.kind === 'close' && !(m.family === 'double' && /\s|^$/.test(text[m.at - 1] ?? '') && LETTER.test(text[m.at + 1] ?? ''))) continue;
        open = m;
        continue;
      }
      // Inside a region: only a mark of the opening family can close it.
      if (m.family !== open.family) continue;
      if (m.kind === 'open' && open.family === 'double') continue; // nested open of the same family: ignore
      if (m.kind === 'open') continue;
      const continues = firstRegionInParagraph && open.at === firstNonSpace(text, pStart) ? openAtParagraphEnd : -1;
      if (m.at > open.at + open.len) {
        regions.push({ open: open.at, contentStart: open.at + open.len, contentEnd: m.at, close: m.at + m.len, closed: true, continues });
      }
      firstRegionInParagraph = false;
      open = null;
    }
    const prevOpen = openAtParagraphEnd;
    openAtParagraphEnd = -1;
    if (open !== null) {
      // Unclosed at paragraph end: keep it if it opens a paragraph or carries on to its end.
      let end = pEnd;
      while (end > open.at + open.len && /\s/.test(text[end - 1])) end--;
      const continues = firstRegionInParagraph && open.at === firstNonSpace(text, pStart) ? prevOpen : -1;
      if (end > open.at + open.len) {
        regions.push({ open: open.at, contentStart: open.at + open.len, contentEnd: end, close: end, closed: false, continues });
        openAtParagraphEnd = regions.length - 1;
      }
    }
  }
  return regions;
}

function firstNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}
