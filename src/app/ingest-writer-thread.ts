// The writer thread's entry (see ingest-writer.ts): opens the store named in workerData, writes each
// batch it is sent with the default linker, answers with per-article results; on `close` it closes
// the store (a final WAL checkpoint for SQLite) and exits.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { StorylineError } from '../core/errors.js';
import { openStore } from '../store/open-store.js';
import { defaultLinker } from './corpus-linker.js';
import { fromWireWrite, type WireResult, type WireWrite } from './ingest-writer.js';

/**
 * Storing an article costs less CPU than extracting it, so the writer has slack, while the extracting
 * thread is the bottleneck; on a machine with as many cores as busy threads (both, plus V8's GC and
 * compiler helpers) they took cores from each other. A lower scheduling priority for this thread
 * lets extraction run first; whenever extraction waits for the writer (two batches behind), the
 * writer runs alone. Measured on 2 vCPUs, ingest of 840 PolNeAR articles (A/B in one process, six
 * alternating rounds each, median): nice 0 7.44 s, nice 10 7.04 s, nice 19 6.82 s. 10, not 19:
 * where the writer competes with busy threads of other programs in its scheduling group (no
 * autogroup or cgroup between them), a nice-19 thread gets almost nothing and ingest would crawl;
 * STORYLINE_WRITER_NICE=0 keeps the default priority for such machines. Linux only (a thread's own
 * id comes from /proc/thread-self); elsewhere the priority stays.
 */
export const WRITER_NICE = 10;

function lowerPriority(): void {
  const raw = process.env.STORYLINE_WRITER_NICE;
  const nice = raw === undefined || raw === '' ? WRITER_NICE : Number(raw);
  if (!Number.isInteger(nice) || nice <= 0) return;
  try {
    setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), Math.min(nice, 19));
  } catch {
    // Not Linux, or not allowed: the writer keeps the default priority.
  }
}

lowerPriority();
const port = parentPort!;
const store = await openStore((workerData as { db: string }).db);
const linker = defaultLinker();

port.on('message', async (m: { id: number; batch: WireWrite[] } | { close: true }) => {
  if ('close' in m) {
    await store.close();
    port.close();
    return;
  }
  try {
    const results = await store.saveArticles(m.batch.map(fromWireWrite), linker);
    const wire: WireResult[] = results.map((r) =>
      r instanceof Error ? { error: r.message, code: r instanceof StorylineError ? r.code : null } : r);
    port.postMessage({ id: m.id, results: wire });
  } catch (err) {
    port.postMessage({ id: m.id, error: err instanceof Error ? err.message : String(err) });
  }
});
