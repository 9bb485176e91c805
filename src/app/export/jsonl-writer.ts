// JSONL export: one line per article, {"record": ..., "meta": ..., "entityIds": ...}; the record is
// exactly what `storyline extract` writes, so any record reader takes `.record`.
import type { ExportItem } from './export-item.js';

export async function* jsonlLines(items: AsyncIterable<ExportItem> | Iterable<ExportItem>): AsyncGenerator<string> {
  for await (const item of items) {
    const line: Record<string, unknown> = { record: item.record, meta: item.meta ?? {} };
    if (item.entityIds) line.entityIds = item.entityIds;
    yield `${JSON.stringify(line)}\n`;
  }
}
