// `storyline worker --redis URL --db postgres://...`: process queued articles until stopped. SIGTERM or
// SIGINT stops gracefully (the jobs in hand finish and are stored); a second signal exits at once.
import { parseArgs } from 'node:util';
import { parseArticleTimeout, parseWorkers } from '../../../app/parallel/extract-pool.js';
import { StorylineError } from '../../../core/errors.js';
import { startWorker, type WorkerEvent } from '../../../queue/run-worker.js';
import { dbSpec, openDb, DB_OPTION } from './db-option.js';
import { QUEUE_OPTIONS, queueTarget } from './queue-options.js';
import { count } from '../plural.js';
import { choosePipeline, PIPELINE_OPTION } from './pipeline-option.js';

export async function runWorker(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { ...QUEUE_OPTIONS, ...DB_OPTION, workers: { type: 'string' }, 'lock-ms': { type: 'string' }, verbose: { type: 'boolean' }, 'allow-private': { type: 'boolean' }, 'ignore-robots': { type: 'boolean' }, 'article-timeout': { type: 'string' }, ...PIPELINE_OPTION },
  });
  choosePipeline(values.pipeline);
  const target = queueTarget(values);
  const workers = parseWorkers(values.workers);
  const articleTimeoutMs = parseArticleTimeout(values['article-timeout']);
  const lockMs = values['lock-ms'] === undefined ? undefined : Number(values['lock-ms']);
  if (lockMs !== undefined && !(Number.isInteger(lockMs) && lockMs >= 1000)) {
    throw new StorylineError('E_BAD_OPTION', `--lock-ms must be a whole number of milliseconds, at least 1000, not "${values['lock-ms']}"`);
  }
  const db = dbSpec(values.db);
  const counts = { inserted: 0, revised: 0, unchanged: 0, failed: 0 };
  const log = (line: string) => process.stderr.write(`storyline worker ${process.pid}: ${line}\n`);
  // A lost Redis connection reports the same error on every reconnect attempt: say it once a minute.
  const lastSaid = new Map<string, number>();
  const logError = (message: string) => {
    if (Date.now() - (lastSaid.get(message) ?? 0) < 60_000) return;
    lastSaid.set(message, Date.now());
    log(`error: ${message}`);
  };
  const onEvent = (e: WorkerEvent) => {
    if (e.type === 'completed') {
      counts[e.status]++;
      if (values.verbose) log(`${e.status} ${e.key}`);
    } else if (e.type === 'failed') {
      if (e.final) counts.failed++;
      log(`job ${e.id} ${e.final ? 'failed for good' : 'failed, will retry'}: ${e.reason}`);
    } else logError(e.message);
  };
  const store = await openDb(db);
  const fetchPolicy = { allowPrivate: values['allow-private'] === true, ignoreRobots: values['ignore-robots'] === true };
  const worker = await startWorker({ ...target, store, workers, lockMs, onEvent, fetchPolicy, articleTimeoutMs });
  log(`processing ${target.prefix} on ${target.redis} into ${db.replace(/\/\/[^@/]*@/, '//')} with ${count(workers, 'thread')}`);

  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) {
        log(`${signal} again: exiting now`);
        process.exit(130);
      }
      stopping = true;
      log(`${signal}: finishing the jobs in hand`);
      void worker.close().then(resolve);
    };
    process.on('SIGTERM', () => stop('SIGTERM'));
    process.on('SIGINT', () => stop('SIGINT'));
  });
  log(`stopped: ${counts.inserted} stored, ${counts.revised} revised, ${counts.unchanged} unchanged, ${counts.failed} failed`);
  return 0;
}
