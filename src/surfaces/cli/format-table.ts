// Plain-text tables for corpus commands on a terminal: columns padded to their widest cell, the
// last (widest-text) column cut to the terminal width with an ellipsis. JSON output (--json) is the
// form for programs; this one is for reading.
export function formatTable(headers: string[], rows: (string | number | null)[][], width = process.stdout.columns ?? 120): string {
  const cells = rows.map((r) => r.map((c) => (c == null ? '' : String(c).replace(/\s+/g, ' '))));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
  const fixed = widths.slice(0, -1).reduce((s, w) => s + w + 2, 0);
  widths[widths.length - 1] = Math.max(20, Math.min(widths[widths.length - 1], width - fixed));
  const line = (r: string[]) =>
    r.map((c, i) => (c.length > widths[i] ? `${c.slice(0, widths[i] - 1)}…` : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

export function writeJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
