// Use case: ingest articles into the corpus store. Per article: skip it when the store already holds
// the same content (hash checked before extraction, the expensive part), else extract it and save it
// in one transaction (a new revision when the key was stored with other content). A failing article
// is reported and the batch goes on.
import { StorylineError } from '../core/errors.js';
import type { StoryRecord } from '../core/record.js';
import { contentHash } from '../store/content-hash.js';
import type { CorpusLinker, SaveResult, Store } from '../store/store.js';
import { defaultLinker } from './corpus-linker.js';
import { extractArticle } from './extract.js';
import type { IngestArticle, IngestEntry } from './ingest-inputs.js';

export interface IngestCounts {
  inserted: number;
  revised: number;
  unchanged: number;
  failed: number;
}

export interface IngestHooks {
  onSaved?(article: IngestArticle, result: SaveResult): void;
  onError?(location: string, code: string, message: string): void;
  onProgress?(counts: IngestCounts): void;
}

export interface IngestOptions extends IngestHooks {
  linker?: CorpusLinker;
  /** Turns an HTML page into a record; absent: HTML items fail with a clear message. */
  extractHtml?: (article: IngestArticle) => StoryRecord | Promise<StoryRecord>;
}

/** Extracts the record of one text article (the default for kind "text"). */
export function extractText(a: IngestArticle): StoryRecord {
  return extractArticle({ id: a.key, text: a.content, published: a.published, title: a.title, url: a.url }, a.warnings);
}

export async function ingestArticle(store: Store, a: IngestArticle, options: IngestOptions = {}): Promise<SaveResult> {
  const hash = contentHash({ text: a.content, title: a.title, published: a.published, url: a.url });
  const state = await store.articleState(a.key);
  if (state?.contentHash === hash) return { articleId: a.key, status: 'unchanged', revision: state.revision, entityIds: {}, storyId: null };
  let record: StoryRecord;
  if (a.kind === 'html') {
    if (!options.extractHtml) throw new StorylineError('E_BAD_OPTION', `${a.location}: HTML pages cannot be ingested by this build`);
    record = await options.extractHtml(a);
  } else {
    record = extractText(a);
  }
  return store.saveArticle(
    {
      key: a.key,
      url: a.url ?? record.url,
      title: a.title ?? record.title,
      published: a.published ?? record.published,
      publisher: a.publisher,
      meta: a.meta,
      contentHash: hash,
      record,
    },
    options.linker ?? defaultLinker(),
  );
}

export async function ingestEntries(store: Store, entries: AsyncIterable<IngestEntry>, options: IngestOptions = {}): Promise<IngestCounts> {
  const counts: IngestCounts = { inserted: 0, revised: 0, unchanged: 0, failed: 0 };
  const linker = options.linker ?? defaultLinker();
  for await (const entry of entries) {
    if (entry.kind === 'error') {
      counts.failed++;
      options.onError?.(entry.location, entry.code, entry.message);
    } else {
      try {
        const result = await ingestArticle(store, entry, { ...options, linker });
        counts[result.status]++;
        options.onSaved?.(entry, result);
      } catch (err) {
        counts.failed++;
        const code = err instanceof StorylineError ? err.code : 'E_PIPELINE';
        options.onError?.(entry.location, code, err instanceof Error ? err.message : String(err));
      }
    }
    options.onProgress?.(counts);
  }
  return counts;
}
