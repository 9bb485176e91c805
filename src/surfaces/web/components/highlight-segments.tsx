// Cuts the article text at every span boundary (entity mentions, quote contents, cues, sources) into
// segments, each knowing which marks cover it. The view renders each segment as one text node, so the
// text is shown exactly as given and never parsed as markup.
import type { StoryRecord } from '../../../core/record.js';

export type Mark =
  | { kind: 'entity'; entity: string }
  | { kind: 'quote'; quote: string }
  | { kind: 'cue'; quote: string }
  | { kind: 'source'; quote: string };

export interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

interface Ranged {
  start: number;
  end: number;
  mark: Mark;
}

function ranges(record: StoryRecord): Ranged[] {
  const out: Ranged[] = [];
  for (const entity of record.entities) {
    for (const m of entity.mentions) out.push({ start: m.start, end: m.end, mark: { kind: 'entity', entity: entity.id } });
  }
  for (const q of record.quotes) {
    for (const c of q.content) out.push({ start: c.start, end: c.end, mark: { kind: 'quote', quote: q.id } });
    if (q.cue) out.push({ start: q.cue.start, end: q.cue.end, mark: { kind: 'cue', quote: q.id } });
    if (q.source) out.push({ start: q.source.start, end: q.source.end, mark: { kind: 'source', quote: q.id } });
  }
  // Spans outside the text or empty would only produce empty segments.
  return out.filter((r) => r.start < r.end && r.start >= 0 && r.end <= record.text.length);
}

export function segments(record: StoryRecord): Segment[] {
  const marked = ranges(record);
  const cuts = new Set<number>([0, record.text.length]);
  for (const r of marked) cuts.add(r.start).add(r.end);
  const points = [...cuts].sort((a, b) => a - b);
  // Sweep: ranges sorted by start enter the active set; those ending at or before a cut leave it.
  const byStart = [...marked].sort((a, b) => a.start - b.start);
  const active: Ranged[] = [];
  const out: Segment[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    while (next < byStart.length && byStart[next].start <= start) active.push(byStart[next++]);
    for (let j = active.length - 1; j >= 0; j--) if (active[j].end <= start) active.splice(j, 1);
    out.push({ start, end, marks: active.map((r) => r.mark) });
  }
  return out;
}
