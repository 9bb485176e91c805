// Where ingest's batches are written: in this thread (the store's own saveArticles), or in a writer
// thread that owns its own store connection, so that extracting the next batch (CPU-bound, this
// thread) overlaps writing the last one (SQLite's synchronous calls, the writer thread). The thread
// runs the built code in dist/, like the extraction pool's threads (see parallel/worker-file.ts).
// A record crosses to the writer once, as the JSON text the store keeps (WireWrite).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { StorylineError, type ErrorCode } from '../core/errors.js';
import type { StoryRecord } from '../core/record.js';
import type { ArticleWrite, CorpusLinker, SaveResult, Store } from '../store/store.js';

export interface ArticleWriter {
  save(batch: ArticleWrite[]): Promise<(SaveResult | Error)[]>;
  close(): Promise<void>;
}

/** What crosses the thread boundary for one article: its result, or its error's message and code. */
export type WireResult = SaveResult | { error: string; code: ErrorCode | null };

/**
 * One article on its way to the writer thread: the row's fields and the record as JSON text only,
 * the form the store keeps and the one a record from an extraction thread already has. Made here,
 * parsed once there for the store's entity and quote rows, and stored as it is. Posting the record
 * object instead had the writer rebuild it from a structured clone and then stringify it again.
 */
export type WireWrite = Omit<ArticleWrite, 'record' | 'recordJson'> & { recordJson: string };

export function toWireWrite({ record, recordJson, ...row }: ArticleWrite): WireWrite {
  return { ...row, recordJson: recordJson ?? JSON.stringify(record) };
}

export function fromWireWrite(w: WireWrite): ArticleWrite {
  return { ...w, record: JSON.parse(w.recordJson) as StoryRecord };
}

export function storeWriter(store: Store, linker: CorpusLinker): ArticleWriter {
  return { save: (batch) => store.saveArticles(batch, linker), close: async () => undefined };
}

function threadFile(): string | null {
  const beside = fileURLToPath(new URL('./ingest-writer-thread.js', import.meta.url));
  if (existsSync(beside)) return beside;
  const built = fileURLToPath(new URL('../../dist/app/ingest-writer-thread.js', import.meta.url));
  return existsSync(built) ? built : null;
}

/** A writer thread on the store `db` names, or null when the thread code is not built. */
export function threadWriter(db: string): ArticleWriter | null {
  const file = threadFile();
  if (!file) return null;
  const worker = new Worker(file, { workerData: { db } });
  const waiting = new Map<number, { resolve: (r: WireResult[]) => void; reject: (e: Error) => void }>();
  let next = 0;
  let failure: Error | null = null;
  const failAll = (err: Error) => {
    failure = err;
    for (const w of waiting.values()) w.reject(err);
    waiting.clear();
  };
  worker.on('message', (m: { id: number; results?: WireResult[]; error?: string }) => {
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.results) w?.resolve(m.results);
    else w?.reject(new StorylineError('E_STORE', m.error ?? 'the writer thread failed'));
  });
  worker.on('error', (err) => failAll(new StorylineError('E_STORE', `writer thread: ${err.message}`)));
  worker.on('exit', (code) => failAll(new StorylineError('E_STORE', `writer thread exited (${code})`)));
  return {
    async save(batch) {
      if (failure) throw failure;
      const id = next++;
      const wire = await new Promise<WireResult[]>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, batch: batch.map(toWireWrite) });
      });
      return wire.map((r) => ('error' in r ? (r.code ? new StorylineError(r.code, r.error) : new Error(r.error)) : r));
    },
    async close() {
      worker.postMessage({ close: true });
      await new Promise((resolve) => worker.once('exit', resolve));
    },
  };
}
