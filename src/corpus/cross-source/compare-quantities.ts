// Cross-source comparison: the same quantity reported by different articles of a story with values
// that cannot all be true. The same quantity: same unit, counted object and predicate, and for
// casualties (killed, wounded, arrested, displaced) the same place when both name one; for money,
// votes and delegates (pledged, donated, raised, spent, won) the same actor, which both must name —
// "Clinton won 175" and "Trump won 99" are different quantities. Two reports disagree when their
// intervals (qualifiers and rounding allowed for) do not overlap. A group whose figures only
// grow with publication date is an `update` (a rising toll), otherwise a `conflict`; both are
// flagged with every report and its source.
import { quantityReports, type ReportItem } from './quantity-reports.js';
import type { CrossSourceFlag, QuantityReport } from './types.js';

const CASUALTIES = new Set(['killed', 'wounded', 'arrested', 'displaced']);

export function compareQuantities(items: ReportItem[]): CrossSourceFlag[] {
  const groups = new Map<string, QuantityReport[]>();
  for (const item of items) {
    for (const r of quantityReports(item)) {
      const casualty = CASUALTIES.has(r.predicate!);
      if (!casualty && !r.actor) continue;
      const key = [r.unit, r.object ?? '', r.predicate, casualty ? '' : r.actor].join('|');
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
  }
  const flags: CrossSourceFlag[] = [];
  for (const [key, reports] of groups) {
    if (new Set(reports.map((r) => r.articleId)).size < 2) continue;
    const disagreements: [number, number][] = [];
    for (let i = 0; i < reports.length; i++) {
      for (let j = i + 1; j < reports.length; j++) {
        const a = reports[i];
        const b = reports[j];
        if (a.articleId === b.articleId) continue;
        if (a.place && b.place && a.place !== b.place) continue;
        if (a.high < b.low || b.high < a.low) disagreements.push([i, j]);
      }
    }
    if (disagreements.length === 0) continue;
    const r0 = reports[0];
    flags.push({
      key,
      what: `${r0.object ?? r0.unit} ${r0.predicate}${r0.object && r0.unit !== 'count' && r0.unit !== 'people' ? ` (${r0.unit})` : ''}${r0.actor && !CASUALTIES.has(r0.predicate!) ? ` by ${r0.actor}` : ''}`,
      unit: r0.unit,
      object: r0.object ?? r0.unit,
      predicate: r0.predicate!,
      actor: CASUALTIES.has(r0.predicate!) ? null : r0.actor,
      kind: risingWithTime(reports, disagreements) ? 'update' : 'conflict',
      reports,
      disagreements,
    });
  }
  return flags.sort((a, b) => b.disagreements.length - a.disagreements.length || a.key.localeCompare(b.key));
}

/** True when, in every disagreeing pair, the later-published article has the higher figure. */
function risingWithTime(reports: QuantityReport[], pairs: [number, number][]): boolean {
  return pairs.every(([i, j]) => {
    const [a, b] = [reports[i], reports[j]];
    if (!a.published || !b.published || a.published === b.published) return false;
    return a.published < b.published ? a.value < b.value : b.value < a.value;
  });
}
