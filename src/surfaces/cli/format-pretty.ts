// Human-readable output: entities, who said what (grouped by speaker, with titles, cues and channels),
// then a small timeline, the amounts, the events and the consistency checks.
import type { StoryRecord } from '../../core/record.js';
import { count } from './plural.js';

type Quote = StoryRecord['quotes'][number];
type Amount = StoryRecord['amounts'][number];

export function formatPretty(record: StoryRecord, color: boolean): string {
  const src = record.text;
  const bold = (s: string) => (color ? `\x1b[1m${s}\x1b[0m` : s);
  const dim = (s: string) => (color ? `\x1b[2m${s}\x1b[0m` : s);
  const slice = (s: { start: number; end: number } | null) => (s && src ? src.slice(s.start, s.end) : '');
  const lines: string[] = [];
  const counts = [count(record.sentences, 'sentence'), count(record.entities.length, 'entity', 'entities'), count(record.quotes.length, 'quote')];
  lines.push(bold(`# ${record.title ?? record.id}`) + dim(`  (${counts.join(', ')})`));
  const people = record.entities.filter((e) => e.type === 'PERSON');
  const others = record.entities.filter((e) => e.type !== 'PERSON');
  if (people.length) {
    lines.push('', bold('People'));
    for (const e of people) lines.push(`  ${e.name}${e.titles.length ? dim(` — ${e.titles.join('; ')}`) : ''} ${dim(`×${e.mentions.length}`)}`);
  }
  if (others.length) {
    lines.push('', bold('Organisations and places'));
    for (const e of others) lines.push(`  ${e.name} ${dim(`${e.type} ×${e.mentions.length}`)}`);
  }
  const bySpeaker = new Map<string, Quote[]>();
  for (const q of record.quotes) {
    const key = speakerKey(q, slice);
    if (!bySpeaker.has(key)) bySpeaker.set(key, []);
    bySpeaker.get(key)?.push(q);
  }
  if (record.quotes.length) lines.push('', bold('Who said what'));
  for (const quotes of bySpeaker.values()) {
    const first = quotes[0];
    const e = first.speaker ? record.entities.find((x) => x.id === first.speaker) : undefined;
    const who = e ? `${e.name}${e.titles.length ? ` (${e.titles[0]})` : ''}` : first.source ? slice(first.source) : 'unattributed';
    lines.push(`  ${bold(who)}`);
    for (const q of quotes) {
      const content = q.content.map((s) => slice(s).replace(/^["“‘'«„]+|["”’'»]+$/g, '')).join(' … ');
      const how = [q.cue ? slice(q.cue) : null, q.channel ? slice(q.channel) : null].filter(Boolean).join(', ');
      lines.push(`    ${q.direct ? '“' : ''}${content}${q.direct ? '”' : ''}${how ? dim(`  [${how}]`) : ''}`);
    }
  }
  lines.push(...formatLayers(record, bold, dim));
  for (const w of record.warnings) lines.push(dim(`warning: ${w}`));
  return `${lines.join('\n')}\n`;
}

/**
 * Who a quote is grouped under: its speaker entity, else the source's own words ("reporters", "a joint
 * statement"), so quotes from different unlinked sources are never shown under one heading.
 */
function speakerKey(q: Quote, slice: (s: { start: number; end: number } | null) => string): string {
  if (q.speaker) return `entity ${q.speaker}`;
  if (q.source) return `source ${slice(q.source).toLowerCase().replace(/\s+/g, ' ')}`;
  return 'unattributed';
}

// Units that are English words take a plural ("4 years"); symbols and codes do not ("2 h", "5 USD").
const WORD_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'second']);

/** An amount's meaning in words: "40000000 USD", "4 years", "2 ministers", "3 people". */
export function describeAmount(a: Pick<Amount, 'value' | 'unit' | 'object'>): string {
  if (a.unit === 'people' || a.unit === 'count') {
    // The counted object is the text's own word, already in the number the text gives it.
    if (a.object) return `${a.value} ${a.object}`;
    return a.unit === 'people' ? count(a.value, 'person', 'people') : String(a.value);
  }
  const unit = WORD_UNITS.has(a.unit) ? count(a.value, a.unit) : `${a.value} ${a.unit}`;
  return a.object ? `${unit} of ${a.object}` : unit;
}

type Style = (s: string) => string;

function formatLayers(record: StoryRecord, bold: Style, dim: Style): string[] {
  const src = record.text;
  const lines: string[] = [];
  const name = (id: string | null) => (id ? record.entities.find((e) => e.id === id)?.name ?? id : null);
  const dated = record.dates.filter((d) => d.value !== null).sort((a, b) => String(a.value).localeCompare(String(b.value)));
  // A relative date ("on Thursday") has no value without a reference; say so rather than drop it.
  const unresolved = record.published ? [] : record.dates.filter((d) => d.value === null && d.duration === null);
  if (dated.length || unresolved.length) lines.push('', bold('Timeline'));
  for (const d of dated) lines.push(`  ${String(d.value).padEnd(22)} ${src.slice(d.start, d.end)}${d.reference ? dim(`  (from ${d.reference})`) : ''}`);
  if (unresolved.length) {
    const phrases = unresolved.slice(0, 3).map((d) => `"${src.slice(d.start, d.end)}"`).join(', ');
    const more = unresolved.length > 3 ? ', …' : '';
    lines.push(dim(`  ${count(unresolved.length, 'relative date')} (${phrases}${more}) unresolved: no publication date; pass --published YYYY-MM-DD`));
  }
  if (record.amounts.length) {
    lines.push('', bold('Amounts'));
    for (const a of record.amounts) {
      const how = a.qualifier === 'exact' ? '' : ` ${a.qualifier}`;
      lines.push(`  ${src.slice(a.start, a.end).padEnd(24)} ${dim(`${describeAmount(a)}${how}`)}`);
    }
  }
  if (record.events.length) {
    lines.push('', bold('Events'));
    for (const e of record.events) {
      const who = [name(e.actor) ?? '?', e.target ? `→ ${name(e.target)}` : '', e.place ? `@ ${name(e.place)}` : ''].filter(Boolean).join(' ');
      const extra = [e.date, e.amount ? `${e.amount.value} ${e.amount.unit}` : null, e.quote ? `claimed in ${e.quote}` : null].filter(Boolean).join(', ');
      lines.push(`  ${e.type} ${e.label}: ${who} ${dim(`"${src.slice(e.trigger.start, e.trigger.end)}"${extra ? `; ${extra}` : ''}`)}`);
    }
  }
  if (record.consistency.length) {
    lines.push('', bold('Consistency'));
    for (const c of record.consistency) lines.push(`  ${c.status === 'consistent' ? 'ok ' : '!! '} ${c.check}: ${c.note}`);
  }
  return lines;
}
