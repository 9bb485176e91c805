// `storyline serve`: the HTTP API and web UI over a corpus store (--db: a SQLite file, default
// storyline.db, or a postgres:// URL). Binds 127.0.0.1 unless told otherwise; any other address
// needs a token (--token or STORYLINE_TOKEN), which write endpoints then require.
import { parseArgs } from 'node:util';
import { createExtractPool, parseArticleTimeout, parseWorkers } from '../../../app/parallel/extract-pool.js';
import { StorylineError } from '../../../core/errors.js';
import { DEFAULT_DB, openStore } from '../../../store/open-store.js';
import { checkBinding, isLoopback } from '../../http/auth.js';
import { createContext } from '../../http/context.js';
import { buildServer, DEFAULT_BODY_LIMIT } from '../../http/server.js';
import { defaultWebRoot } from '../../http/static-web.js';
import { choosePipeline, PIPELINE_OPTION } from './pipeline-option.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export async function runServe(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '4321' },
      token: { type: 'string' },
      db: { type: 'string', default: DEFAULT_DB },
      'body-limit': { type: 'string' },
      'log-level': { type: 'string', default: 'info' },
      workers: { type: 'string', default: '2' },
      'allow-private': { type: 'boolean' },
      'allow-host': { type: 'string', multiple: true },
      'article-timeout': { type: 'string' },
      ...PIPELINE_OPTION,
    },
  });
  choosePipeline(values.pipeline);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new StorylineError('E_BAD_OPTION', `--port must be 0-65535, not "${values.port}"`);
  const bodyLimit = values['body-limit'] == null ? DEFAULT_BODY_LIMIT : Number(values['body-limit']) * 1024 * 1024;
  if (!(bodyLimit > 0)) throw new StorylineError('E_BAD_OPTION', `--body-limit is in MiB and must be positive, not "${values['body-limit']}"`);
  const level = values['log-level'];
  if (!LOG_LEVELS.includes(level)) throw new StorylineError('E_BAD_OPTION', `--log-level must be one of ${LOG_LEVELS.join(', ')}`);
  const token = values.token ?? process.env.STORYLINE_TOKEN ?? undefined;
  checkBinding(values.host, token || undefined);
  const workers = parseWorkers(values.workers);
  const articleTimeoutMs = parseArticleTimeout(values['article-timeout']);

  const store = await openStore(values.db);
  // Text extraction on worker threads keeps searches answering while an article is being read.
  const pool = workers > 1 ? createExtractPool({ workers, articleTimeoutMs }) : undefined;
  // On loopback only loopback names are answered (DNS rebinding), plus --allow-host; beyond loopback the
  // token guards writes and any Host is answered unless --allow-host names the ones to answer.
  const extraHosts = values['allow-host'] ?? [];
  const allowedHosts = isLoopback(values.host) || extraHosts.length > 0 ? extraHosts : null;
  const app = await buildServer({ context: createContext({ store, pool, allowPrivate: values['allow-private'] === true }), token: token || undefined, bodyLimit, logger: { level }, webRoot: defaultWebRoot(), allowedHosts });
  app.addHook('onClose', async () => {
    await pool?.close();
    await store.close();
  });
  const local = await app.listen({ host: values.host, port });
  process.stderr.write(`storyline: ${servingLine(values.db, values.host, local, Boolean(token))}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => void app.close().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

/**
 * The startup line. fastify's listen() gives one local address (http://127.0.0.1:PORT even when bound to
 * 0.0.0.0), so the bound address is named as given, with the local URL to open beside it.
 */
export function servingLine(db: string, host: string, local: string, token: boolean): string {
  const port = new URL(local).port;
  const bound = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const everywhere = host === '0.0.0.0' || host === '::';
  const where = bound === local ? local : `${bound}${everywhere ? ' (every interface)' : ''}, here ${local}`;
  return `serving ${db} on ${where} (API: ${local}/openapi.json)${token ? '; write endpoints need the token' : ''}`;
}
