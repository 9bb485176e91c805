// Builds the server context from the app's use cases: the intake (text or HTML -> record), URL
// fetching (with the fetcher's private-address refusal, lifted by allowPrivate), and saving a record
// into the store with the corpus linker.
// With a worker pool, extraction runs on other threads so searches stay fast meanwhile.
import { articleWrite, ingestHash } from '../../app/article-write.js';
import { defaultLinker } from '../../app/corpus-linker.js';
import { extractSource } from '../../app/intake.js';
import type { ExtractPool } from '../../app/parallel/extract-pool.js';
import { poolExtractor } from '../../app/parallel/pool-extractor.js';
import { VERSION } from '../../core/version.js';
import { fetchItem } from '../../sources/url-source.js';
import type { Store } from '../../store/store.js';
import type { ServerContext } from './server-context.js';
import { needStore } from './server-context.js';

export interface ContextOptions {
  store?: Store | null;
  /** Let /extract fetch URLs on private, loopback and link-local addresses (`serve --allow-private`). */
  allowPrivate?: boolean;
  /** "host:port" origins that /extract may fetch although they are private (a test server). */
  trustedHosts?: string[];
  /** Cap on a fetched page, decompressed (default: the fetcher's 10 MB). */
  maxFetchBytes?: number;
  /** Worker threads for extraction (text and HTML); absent: extraction runs on the server's thread. */
  pool?: ExtractPool;
}

export function createContext(options: ContextOptions = {}): ServerContext {
  const onPool = options.pool ? poolExtractor(options.pool) : null;
  const ctx: ServerContext = {
    version: VERSION,
    store: options.store ?? null,
    extract: async (article) => (onPool ? onPool(article) : extractSource(article)),
    fetchArticle: (url, id) =>
      fetchItem(url, {
        allowPrivate: options.allowPrivate,
        trustedHosts: options.trustedHosts,
        maxBytes: options.maxFetchBytes,
        ...(id ? { id } : {}),
      }),
    saveRecord: (article, record) => needStore(ctx).saveArticle(articleWrite(article, ingestHash(article), record), defaultLinker()),
  };
  return ctx;
}
