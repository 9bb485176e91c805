// Feed dates to ISO 8601: RFC 822 (RSS pubDate, "Thu, 06 Mar 2025 10:00:00 +0100", with named US
// zones and GMT/UT/Z) and RFC 3339 (Atom, JSON Feed, dc:date). The feed's own offset is kept, so a
// story filed at 23:30 in New York keeps its local calendar day.

const ZONES: Record<string, number> = { UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function feedDate(value: string | null): string | null {
  if (!value) return null;
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(v);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    if (!valid(+y, +mo, +d)) return null;
    if (h === undefined) return `${y}-${mo}-${d}`;
    return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${zone ? formatOffset(offsetOf(zone)) : 'Z'}`;
  }
  const rfc = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([a-z]+|[+-]\d{4})?$/i.exec(v);
  if (rfc) {
    const [, d, monthName, yy, h, mi, s, zone] = rfc;
    const mo = MONTHS.indexOf(monthName.toLowerCase()) + 1;
    const y = yy.length === 2 ? 2000 + Number(yy) : Number(yy);
    if (mo === 0 || !valid(y, mo, +d)) return null;
    const offset = zone ? offsetOf(zone) : 0;
    if (Number.isNaN(offset)) return null;
    return `${y}-${pad(mo)}-${pad(+d)}T${pad(+h)}:${mi}:${s ?? '00'}${formatOffset(offset)}`;
  }
  return null;
}

function offsetOf(zone: string): number {
  const named = ZONES[zone.toUpperCase()];
  if (named !== undefined) return named;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : NaN;
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const a = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

function valid(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const pad = (n: number) => String(n).padStart(2, '0');
