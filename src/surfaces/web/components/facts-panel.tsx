// Events (CAMEO), amounts with their consistency flags, and dates as resolved, each beside the words
// it came from.
import type { Consistency } from '../../../core/records/consistency.js';
import type { RecordLookup } from './record-lookup.js';

export function EventsList({ lookup }: { lookup: RecordLookup }) {
  const { events } = lookup.record;
  if (events.length === 0) return <p class="empty">No events found.</p>;
  return (
    <table class="facts" data-testid="events">
      <thead>
        <tr><th>event</th><th>trigger</th><th>actor</th><th>target</th><th>place</th><th>date</th><th>amount</th></tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr key={e.id}>
            <td>{`${e.label} (${e.type})`}</td>
            <td>{lookup.text(e.trigger)}</td>
            <td>{lookup.entityName(e.actor) ?? '—'}</td>
            <td>{lookup.entityName(e.target) ?? '—'}</td>
            <td>{lookup.entityName(e.place) ?? '—'}</td>
            <td>{e.date ?? '—'}</td>
            <td>{e.amount ? `${e.amount.value} ${e.amount.unit}` : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function AmountsList({ lookup }: { lookup: RecordLookup }) {
  const { amounts, consistency } = lookup.record;
  if (amounts.length === 0) return <p class="empty">No amounts found.</p>;
  const checks = new Map<string, Consistency[]>();
  for (const c of consistency) for (const id of c.amounts) checks.set(id, [...(checks.get(id) ?? []), c]);
  return (
    <table class="facts" data-testid="amounts">
      <thead>
        <tr><th>as written</th><th>value</th><th>unit</th><th>of</th><th>qualifier</th><th>consistency</th></tr>
      </thead>
      <tbody>
        {amounts.map((a) => (
          <tr key={a.id}>
            <td>{lookup.text(a)}</td>
            <td>{a.min != null && a.max != null && a.min !== a.max ? `${a.min}–${a.max}` : String(a.value)}</td>
            <td>{a.unit}</td>
            <td>{a.object ?? ''}</td>
            <td>{a.qualifier}</td>
            <td>
              {(checks.get(a.id) ?? []).map((c, i) => (
                <span key={i} class={`flag flag-${c.status}`} title={c.note}>
                  {c.status === 'consistent' ? `✓ ${c.check}` : `⚠ ${c.check}`}
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DatesList({ lookup }: { lookup: RecordLookup }) {
  const { dates } = lookup.record;
  if (dates.length === 0) return <p class="empty">No dates found.</p>;
  return (
    <table class="facts" data-testid="dates">
      <thead>
        <tr><th>as written</th><th>normalised</th><th>grain</th><th>resolved against</th></tr>
      </thead>
      <tbody>
        {dates.map((d) => (
          <tr key={d.id}>
            <td>{lookup.text(d)}</td>
            <td>{d.value ?? d.duration ?? '—'}{d.timezone ? ` (${d.timezone})` : ''}</td>
            <td>{d.grain ?? (d.duration ? 'duration' : '—')}</td>
            <td>{d.reference ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
