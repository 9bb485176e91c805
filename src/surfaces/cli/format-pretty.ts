// Human-readable output: entities, who said what (grouped by speaker, with titles, cues and channels),
// then a small timeline, the amounts, the events and the consistency checks.
import type { StoryRecord } from '../../core/record.js';

export function formatPretty(record: StoryRecord, color: boolean): string {
  const src = record.text;
  const bold = (s: string) => (color ? `\x1b[1m${s}\x1b[0m` : s);
  const dim = (s: string) => (color ? `\x1b[2m${s}\x1b[0m` : s);
  const slice = (s: { start: number; end: number } | null) => (s && src ? src.slice(s.start, s.end) : '');
  const lines: string[] = [];
  lines.push(bold(`# ${record.title ?? record.id}`) + dim(`  (${record.sentences} sentences, ${record.entities.length} entities, ${record.quotes.length} quotes)`));
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
  const bySpeaker = new Map<string, typeof record.quotes>();
  for (const q of record.quotes) {
    const key = q.speaker ?? '';
    if (!bySpeaker.has(key)) bySpeaker.set(key, []);
    bySpeaker.get(key)?.push(q);
  }
  if (record.quotes.length) lines.push('', bold('Who said what'));
  for (const [speaker, quotes] of bySpeaker) {
    const e = record.entities.find((x) => x.id === speaker);
    const who = e ? `${e.name}${e.titles.length ? ` (${e.titles[0]})` : ''}` : quotes[0].source ? slice(quotes[0].source) : 'unattributed';
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

type Style = (s: string) => string;

function formatLayers(record: StoryRecord, bold: Style, dim: Style): string[] {
  const src = record.text;
  const lines: string[] = [];
  const name = (id: string | null) => (id ? record.entities.find((e) => e.id === id)?.name ?? id : null);
  const dated = record.dates.filter((d) => d.value !== null).sort((a, b) => String(a.value).localeCompare(String(b.value)));
  if (dated.length) {
    lines.push('', bold('Timeline'));
    for (const d of dated) lines.push(`  ${String(d.value).padEnd(22)} ${src.slice(d.start, d.end)}${d.reference ? dim(`  (from ${d.reference})`) : ''}`);
  }
  if (record.amounts.length) {
    lines.push('', bold('Amounts'));
    for (const a of record.amounts) {
      const how = a.qualifier === 'exact' ? '' : ` ${a.qualifier}`;
      lines.push(`  ${src.slice(a.start, a.end).padEnd(24)} ${dim(`${a.value} ${a.unit}${a.object ? ` of ${a.object}` : ''}${how}`)}`);
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
