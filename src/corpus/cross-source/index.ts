// Across sources: the same quantity reported differently by different articles of a story.
// `compareQuantities(items)` takes the story's { record, meta, entityIds } items and returns flags,
// each with every report (value, interval, article, publisher, date, text and sentence).
export type { CrossSourceFlag, QuantityReport } from './types.js';
export { compareQuantities } from './compare-quantities.js';
export { quantityReports, interval, type ReportItem } from './quantity-reports.js';
