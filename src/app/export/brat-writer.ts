// brat standoff export: per article a .txt (the record's text, unchanged) and a .ann with
//   T lines   entity mentions (type = our entity type), quote content (Quote, discontinuous
//             fragments joined by ';'), cues (Cue) and sources (Source);
//   R lines   Attribution (Arg1: the quote, Arg2: its source) and Cue (Arg1: the quote, Arg2: its cue),
//             Speaker (Arg1: the quote, Arg2: the speaker entity's first name mention);
//   A lines   Direct on direct quotes;
//   # lines   AnnotatorNotes with the record ids (and corpus entity ids).
// brat counts offsets in Unicode code points (it is Python); our spans are UTF-16 offsets, so they
// are converted — identical for texts without characters outside the Basic Multilingual Plane. A
// span that crosses a line break is written as fragments around it, as brat requires.
// `annotation.conf` declares these types for the collection.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Span } from '../../core/span.js';
import { corpusIdOf, type ExportItem } from './export-item.js';

export interface BratDocument {
  /** File name without extension, safe on every file system. */
  name: string;
  txt: string;
  ann: string;
}

export const BRAT_ANNOTATION_CONF = `[entities]
PERSON
ORG
GPE
LOC
FAC
NORP
EVENT
MISC
Quote
Cue
Source

[relations]
Attribution Arg1:Quote, Arg2:Source
Cue Arg1:Quote, Arg2:Cue
Speaker Arg1:Quote, Arg2:PERSON|ORG|GPE|LOC|FAC|NORP|EVENT|MISC

[events]

[attributes]
Direct Arg:Quote
`;

export function bratDocument(item: ExportItem, name = safeName(item.record.id)): BratDocument {
  const { record } = item;
  const text = record.text;
  const toCp = codePointIndex(text);
  const lines: string[] = [];
  let t = 0;
  let r = 0;
  let a = 0;
  let n = 0;
  const addT = (type: string, spans: Span[]): string => {
    const fragments = spans.flatMap((s) => splitAtBreaks(text, s)).filter((s) => s.end > s.start);
    if (fragments.length === 0) return '';
    const id = `T${++t}`;
    const offsets = fragments.map((s) => `${toCp(s.start)} ${toCp(s.end)}`).join(';');
    lines.push(`${id}\t${type} ${offsets}\t${fragments.map((s) => text.slice(s.start, s.end)).join(' ')}`);
    return id;
  };
  const firstMention = new Map<string, string>();
  for (const e of record.entities) {
    const corpus = corpusIdOf(item, e.id);
    for (const m of e.mentions) {
      const id = addT(e.type, [m]);
      if (!id) continue;
      if (!firstMention.has(e.id)) {
        firstMention.set(e.id, id);
        lines.push(`#${++n}\tAnnotatorNotes ${id}\t${e.id}${corpus ? ` corpus:${corpus}` : ''} ${e.name.replace(/\s+/g, ' ')}`);
      }
    }
  }
  for (const q of record.quotes) {
    const quote = addT('Quote', q.content);
    if (!quote) continue;
    lines.push(`#${++n}\tAnnotatorNotes ${quote}\t${q.id}`);
    if (q.direct) lines.push(`A${++a}\tDirect ${quote}`);
    const source = q.source ? addT('Source', [q.source]) : '';
    if (source) lines.push(`R${++r}\tAttribution Arg1:${quote} Arg2:${source}`);
    const cue = q.cue ? addT('Cue', [q.cue]) : '';
    if (cue) lines.push(`R${++r}\tCue Arg1:${quote} Arg2:${cue}`);
    const speaker = q.speaker ? firstMention.get(q.speaker) : undefined;
    if (speaker) lines.push(`R${++r}\tSpeaker Arg1:${quote} Arg2:${speaker}`);
  }
  return { name, txt: text, ann: lines.length ? `${lines.join('\n')}\n` : '' };
}

/** Writes annotation.conf and a .txt/.ann pair per article into `dir`; returns the article count. */
export async function writeBratCollection(items: AsyncIterable<ExportItem> | Iterable<ExportItem>, dir: string): Promise<number> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'annotation.conf'), BRAT_ANNOTATION_CONF);
  const used = new Set<string>();
  let count = 0;
  for await (const item of items) {
    let name = safeName(item.record.id);
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${safeName(item.record.id)}-${i}`;
    used.add(name.toLowerCase());
    const doc = bratDocument(item, name);
    await writeFile(join(dir, `${doc.name}.txt`), doc.txt);
    await writeFile(join(dir, `${doc.name}.ann`), doc.ann);
    count++;
  }
  return count;
}

export function safeName(id: string): string {
  const s = id.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(0, 120);
  return s || 'article';
}

/** Pieces of a span between line breaks (brat spans cannot contain one). */
function splitAtBreaks(text: string, s: Span): Span[] {
  const out: Span[] = [];
  let start = s.start;
  for (let i = s.start; i < s.end; i++) {
    if (text[i] === '\n' || text[i] === '\r') {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  if (s.end > start) out.push({ start, end: s.end });
  return out.map((p) => trim(text, p)).filter((p) => p.end > p.start);
}

function trim(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** UTF-16 offset -> code point offset (identity when the text has no surrogate pairs). */
function codePointIndex(text: string): (utf16: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) cp++;
  }
  map[text.length] = cp;
  return (i) => map[i];
}
