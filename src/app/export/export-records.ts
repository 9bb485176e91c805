// Use case: export stored or extracted articles in one of the formats. Text formats stream to a
// writable (respecting backpressure); brat writes a collection directory. The CLI's `export`
// command calls `exportRecords` with the store's articles as an async iterable.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { StorylineError } from '../../core/errors.js';
import { csvLines, type CsvTable } from './csv-writer.js';
import { EXPORT_FORMATS, type ExportFormat, type ExportItem } from './export-item.js';
import { gkgLines } from './gkg-writer.js';
import { jsonldChunks } from './jsonld-writer.js';
import { jsonlLines } from './jsonl-writer.js';
import { writeBratCollection } from './brat-writer.js';

export interface ExportOptions {
  /** Where text formats go (jsonl, csv, gkg, jsonld). */
  out?: Writable;
  /** The collection directory brat writes to. */
  dir?: string;
  /** Which CSV table: one row per quote (default) or per entity mention. */
  csvTable?: CsvTable;
}

type Items = AsyncIterable<ExportItem> | Iterable<ExportItem>;

export function isExportFormat(s: string): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s);
}

/** Chunks of a text format. */
export function exportChunks(format: Exclude<ExportFormat, 'brat'>, items: Items, opts: Pick<ExportOptions, 'csvTable'> = {}): AsyncGenerator<string> {
  switch (format) {
    case 'jsonl':
      return jsonlLines(items);
    case 'csv':
      return csvLines(items, opts.csvTable ?? 'quotes');
    case 'gkg':
      return gkgLines(items);
    case 'jsonld':
      return jsonldChunks(items);
  }
}

/** Exports every item; returns how many articles were written. */
export async function exportRecords(format: string, items: Items, opts: ExportOptions): Promise<{ articles: number }> {
  if (!isExportFormat(format)) {
    throw new StorylineError('E_BAD_OPTION', `unknown export format "${format}" (choose one of: ${EXPORT_FORMATS.join(', ')})`);
  }
  if (format === 'brat') {
    if (!opts.dir) throw new StorylineError('E_BAD_OPTION', 'brat export writes a directory: give one with --out DIR');
    return { articles: await writeBratCollection(items, opts.dir) };
  }
  if (!opts.out) throw new StorylineError('E_BAD_OPTION', `${format} export needs an output stream`);
  let articles = 0;
  const counted = (async function* () {
    for await (const item of items) {
      articles++;
      yield item;
    }
  })();
  for await (const chunk of exportChunks(format, counted, opts)) {
    if (!opts.out.write(chunk)) await once(opts.out, 'drain');
  }
  return { articles };
}
