// A story's timeline as an analyst reads it, without markup: each event once with all its actors
// (the events stage records "Trump and Clinton meet" as one event per actor, and articles retell the
// same event), events by day, and statements grouped by speaker, the most quoted named speakers first.
import type { TimelineEntry } from '../../../app/query.js';

export type Source = TimelineEntry['source'];

export interface StoryEvent {
  key: string;
  date: string | null;
  dateSource: TimelineEntry['dateSource'];
  dateText: string | null;
  label: string;
  actors: string[];
  targets: string[];
  snippet: string;
  sources: Source[];
}

const fold = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const add = (list: string[], name: string | null) => {
  if (name && !list.includes(name)) list.push(name);
};

/** Events in timeline order, each once: one per trigger with every actor, then one per retelling. */
export function eventsOnce(entries: TimelineEntry[]): StoryEvent[] {
  const byTrigger = new Map<string, StoryEvent>();
  for (const e of entries) {
    if (e.kind !== 'event') continue;
    const key = `${e.source.articleId}|${e.span.start}|${e.span.end}|${e.eventType}`;
    let ev = byTrigger.get(key);
    if (!ev) {
      ev = { key, date: e.date, dateSource: e.dateSource, dateText: e.dateText, label: e.label ?? e.eventType ?? 'event', actors: [], targets: [], snippet: e.snippet, sources: [e.source] };
      byTrigger.set(key, ev);
    }
    add(ev.actors, e.actor);
    add(ev.targets, e.target);
  }
  // The same event (day, type, who, to whom) told by several articles is one event with their
  // sources; within one article, two sentences are two events.
  const told = new Map<string, StoryEvent[]>();
  const events: StoryEvent[] = [];
  for (const ev of byTrigger.values()) {
    const key = [ev.date, ev.label, [...ev.actors].sort().join('+'), [...ev.targets].sort().join('+')].join('|');
    const alike = told.get(key) ?? [];
    const retold = alike.find((seen) => !seen.sources.some((src) => src.articleId === ev.sources[0].articleId));
    if (retold) {
      retold.sources.push(ev.sources[0]);
      continue;
    }
    told.set(key, [...alike, ev]);
    events.push(ev);
  }
  return events;
}

/** Consecutive items under their day ("undated" for none). */
export function byDay<T extends { date: string | null }>(items: T[]): [string, T[]][] {
  const days: [string, T[]][] = [];
  for (const item of items) {
    const day = item.date ?? 'undated';
    const last = days[days.length - 1];
    if (last && last[0] === day) last[1].push(item);
    else days.push([day, [item]]);
  }
  return days;
}

export interface SpeakerGroup {
  key: string;
  speaker: string;
  /** Corpus entity id, when the speaker was linked to one. */
  profile: string | null;
  quotes: TimelineEntry[];
}

/** Statements grouped by speaker: named (linked) speakers by number of statements, then the rest. */
export function statementsBySpeaker(entries: TimelineEntry[]): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  for (const e of entries) {
    if (e.kind !== 'quote') continue;
    const key = e.speakerProfile ? `id:${e.speakerProfile}` : e.speaker ? `src:${fold(e.speaker)}` : 'none';
    const group = groups.get(key) ?? { key, speaker: e.speaker ?? 'unattributed', profile: e.speakerProfile, quotes: [] };
    group.quotes.push(e);
    groups.set(key, group);
  }
  const rank = (g: SpeakerGroup) => (g.profile ? 0 : g.key === 'none' ? 2 : 1);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || b.quotes.length - a.quotes.length);
}
