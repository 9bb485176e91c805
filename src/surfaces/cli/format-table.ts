// Plain-text tables for corpus commands on a terminal. The last column holds the text a reader came
// for (the quote, the title), so it gets at least 40% of the width when its cells need it; the other
// columns take what is left, the widest shrinking first (never below 10, a whole date), and cut cells
// end in an ellipsis. JSON
// output (--json) is the form for programs, with every value whole; this one is for reading.
import { count } from './plural.js';

const MIN_COLUMN = 10;

/** Column widths: natural widths, then the other columns shrunk until the last one has its room. */
export function columnWidths(headers: string[], cells: string[][], width: number): number[] {
  const widths = headers.map((h, i) => cells.reduce((w, r) => Math.max(w, r[i].length), h.length));
  const floors = widths.map((w) => Math.min(w, MIN_COLUMN));
  const last = widths.length - 1;
  const room = (ws: number[]) => width - ws.slice(0, last).reduce((s, w) => s + w + 2, 0);
  const wanted = Math.min(widths[last], Math.max(20, Math.floor(width * 0.4)));
  while (room(widths) < wanted) {
    let widest = -1;
    for (let i = 0; i < last; i++) if (widths[i] > floors[i] && (widest < 0 || widths[i] > widths[widest])) widest = i;
    if (widest < 0) break;
    widths[widest]--;
  }
  widths[last] = Math.max(Math.min(widths[last], room(widths)), Math.min(widths[last], 20));
  return widths;
}

export function formatTable(headers: string[], rows: (string | number | null)[][], width = process.stdout.columns ?? 120): string {
  const cells = rows.map((r) => r.map((c) => (c == null ? '' : String(c).replace(/\s+/g, ' '))));
  const widths = columnWidths(headers, cells, width);
  const line = (r: string[]) =>
    r.map((c, i) => (c.length > widths[i] ? `${c.slice(0, widths[i] - 1)}…` : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

/** The line under a table cut at --limit: "12 more quotes (use --limit)"; empty when nothing was cut. */
export function moreLine(more: number, noun: string, plural = `${noun}s`, atLeast = false): string {
  if (more <= 0) return '';
  return `${atLeast ? 'at least ' : ''}${count(more, `more ${noun}`, `more ${plural}`)} (use --limit N)\n`;
}

export function writeJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
