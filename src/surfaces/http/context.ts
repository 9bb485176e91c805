// Builds the server context from the app's use cases: text and HTML extraction, URL fetching (with
// the fetcher's private-address refusal, lifted by allowPrivate), and saving a record into the store
// with the corpus linker.
// With a worker pool, extraction (text and HTML) runs on other threads so searches stay fast meanwhile.
import { readFileSync } from 'node:fs';
import { defaultLinker } from '../../app/corpus-linker.js';
import { extractArticle } from '../../app/extract.js';
import { extractHtmlArticle } from '../../app/extract-html.js';
import type { ExtractPool } from '../../app/parallel/extract-pool.js';
import { isItemError } from '../../app/parallel/item-outcome.js';
import { StorylineError } from '../../core/errors.js';
import type { StoryRecord } from '../../core/record.js';
import { fetchItem } from '../../sources/url-source.js';
import { contentHash } from '../../store/content-hash.js';
import type { Store } from '../../store/store.js';
import type { ServerContext } from './server-context.js';
import { needStore } from './server-context.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

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
  const ctx: ServerContext = {
    version: VERSION,
    store: options.store ?? null,
    async extractText({ warnings = [], ...input }) {
      if (!options.pool) return extractArticle(input, warnings);
      const outcome = await options.pool.run(input);
      if (isItemError(outcome)) throw new StorylineError(outcome.code, outcome.message);
      return { ...outcome.record, warnings: [...warnings, ...outcome.record.warnings] };
    },
    async extractHtml({ title, warnings = [], ...input }) {
      if (!options.pool) return withTitle(extractHtmlArticle(input, warnings), title);
      const outcome = await options.pool.runIngest({
        kind: 'html', key: input.id, content: input.html, url: input.url, title: null, published: input.published,
        publisher: null, meta: {}, location: input.url ?? input.id, warnings,
      });
      if (isItemError(outcome)) throw new StorylineError(outcome.code, outcome.message);
      return withTitle(outcome.record, title);
    },
    async extractUrl(input) {
      const item = await fetchItem(input.url, {
        published: input.published,
        allowPrivate: options.allowPrivate,
        trustedHosts: options.trustedHosts,
        maxBytes: options.maxFetchBytes,
        ...(input.id ? { id: input.id } : {}),
      });
      const base = { id: item.id, url: item.url ?? input.url, published: input.published };
      const record =
        item.kind === 'html'
          ? await ctx.extractHtml({ ...base, html: item.content, title: null, warnings: item.warnings })
          : await ctx.extractText({ ...base, text: item.content, title: input.title, warnings: item.warnings });
      return withTitle(record, input.title);
    },
    saveRecord(record) {
      return needStore(ctx).saveArticle(
        {
          key: record.id,
          url: record.url,
          title: record.title,
          published: record.published,
          publisher: record.url ? hostOf(record.url) : null,
          meta: {},
          contentHash: contentHash(record),
          record,
        },
        defaultLinker(),
      );
    },
  };
  return ctx;
}

/** A title the user gave wins over the page's. */
const withTitle = (record: StoryRecord, title: string | null): StoryRecord => (title ? { ...record, title } : record);

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
