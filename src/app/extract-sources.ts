// Use case: extract records from files, directories, .gz files, WARC archives and URLs, one item at a
// time (streaming): HTML pages through the article extractor (body text plus page metadata), text
// as it is. A failing item is reported and the batch goes on. Near-copies of an earlier item in the
// batch (a wire story on ten sites) get `duplicateOf`, pointing at the first copy.
import type { StoryRecord } from '../core/record.js';
import { NearDuplicateIndex } from '../corpus/duplicates/near-duplicate-index.js';
import { failure } from '../sources/source-item.js';
import { extractSource } from './intake.js';
import { ingestSources, type SourceFailure, type SourceOptions } from './ingest-sources.js';

export interface SourceBatchHooks {
  onRecord(record: StoryRecord): void | Promise<void>;
  onError(failure: SourceFailure): void;
  onProgress?(done: number, failed: number): void;
}

export interface SourceBatchOptions extends SourceOptions {
  /** Mark near-duplicates within the batch (default true). */
  duplicates?: boolean;
  /** Replaces the id of the first item (for one page named on the command line). */
  id?: string;
}

export interface SourceBatchResult {
  ok: number;
  failed: number;
  duplicates: number;
}

export async function extractSources(inputs: string[], options: SourceBatchOptions, hooks: SourceBatchHooks): Promise<SourceBatchResult> {
  const result: SourceBatchResult = { ok: 0, failed: 0, duplicates: 0 };
  const index = options.duplicates === false ? null : new NearDuplicateIndex();
  let first = true;
  for await (const entry of ingestSources(inputs, options)) {
    if (entry.kind === 'error') {
      result.failed++;
      hooks.onError(entry);
    } else {
      if (first && options.id) entry.id = options.id;
      try {
        const record = extractSource(entry);
        if (index) {
          record.duplicateOf = index.add(record.id, record.text);
          if (record.duplicateOf) result.duplicates++;
        }
        await hooks.onRecord(record);
        result.ok++;
      } catch (err) {
        result.failed++;
        hooks.onError(failure(entry.location, entry.id, err));
      }
    }
    first = false;
    hooks.onProgress?.(result.ok, result.failed);
  }
  return result;
}
