// Shared checks on output records: every span a record emits, and the ways a span can be malformed.
import type { StoryRecord } from '../../src/core/record.js';

export interface NamedSpan {
  where: string;
  start: number;
  end: number;
}

/** Every span in a record, named by where it sits (for readable failures). */
export function recordSpans(record: StoryRecord): NamedSpan[] {
  const out: NamedSpan[] = [];
  const add = (where: string, s: { start: number; end: number } | null) => {
    if (s) out.push({ where, start: s.start, end: s.end });
  };
  for (const e of record.entities) {
    e.mentions.forEach((m, i) => add(`entity ${e.id} mention ${i}`, m));
    e.titleMentions.forEach((m, i) => add(`entity ${e.id} titleMention ${i}`, m));
  }
  record.quotes.forEach((q, i) => {
    q.content.forEach((c, k) => add(`quote ${i} content ${k}`, c));
    add(`quote ${i} cue`, q.cue);
    add(`quote ${i} source`, q.source);
    add(`quote ${i} channel`, q.channel);
  });
  record.dates.forEach((d, i) => add(`date ${i}`, d));
  record.amounts.forEach((a, i) => add(`amount ${i}`, a));
  record.events.forEach((ev, i) => add(`event ${i} trigger`, ev.trigger));
  return out;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when offset b falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, b: number): boolean {
  return b > 0 && b < text.length && isHigh(text.charCodeAt(b - 1)) && isLow(text.charCodeAt(b));
}

/** Problems with a record's spans and references, as readable strings (empty when all is well). */
export function spanProblems(record: StoryRecord, text: string): string[] {
  const problems: string[] = [];
  if (record.text !== text) problems.push('record text differs from the input');
  for (const s of recordSpans(record)) {
    const bad = (why: string) => problems.push(`${s.where} [${s.start}, ${s.end}) ${why}`);
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) bad('is not integral');
    else if (!(s.start >= 0 && s.start <= s.end && s.end <= text.length)) bad(`is out of range (text length ${text.length})`);
    else if (splitsSurrogatePair(text, s.start) || splitsSurrogatePair(text, s.end)) bad('splits a surrogate pair');
  }
  const ids = new Set(record.entities.map((e) => e.id));
  if (ids.size !== record.entities.length) problems.push('entity ids are not unique');
  const ref = (where: string, id: string | null) => {
    if (id !== null && !ids.has(id)) problems.push(`${where} refers to missing entity ${id}`);
  };
  record.quotes.forEach((q, i) => ref(`quote ${i} speaker`, q.speaker));
  record.events.forEach((ev, i) => {
    ref(`event ${i} actor`, ev.actor);
    ref(`event ${i} target`, ev.target);
    ref(`event ${i} place`, ev.place);
  });
  return problems;
}
