// The writer thread's entry (see ingest-writer.ts): opens the store named in workerData, writes each
// batch it is sent with the default linker, answers with per-article results; on `close` it closes
// the store (a final WAL checkpoint for SQLite) and exits.
import { parentPort, workerData } from 'node:worker_threads';
import { StorylineError } from '../core/errors.js';
import { openStore } from '../store/open-store.js';
import type { ArticleWrite } from '../store/store.js';
import { defaultLinker } from './corpus-linker.js';
import type { WireResult } from './ingest-writer.js';

const port = parentPort!;
const store = await openStore((workerData as { db: string }).db);
const linker = defaultLinker();

port.on('message', async (m: { id: number; batch: ArticleWrite[] } | { close: true }) => {
  if ('close' in m) {
    await store.close();
    port.close();
    return;
  }
  try {
    const results = await store.saveArticles(m.batch, linker);
    const wire: WireResult[] = results.map((r) =>
      r instanceof Error ? { error: r.message, code: r instanceof StorylineError ? r.code : null } : r);
    port.postMessage({ id: m.id, results: wire });
  } catch (err) {
    port.postMessage({ id: m.id, error: err instanceof Error ? err.message : String(err) });
  }
});
