// The pool as a plain "article in, record out" function that throws on failure, for callers that
// already handle errors per article (app/ingest.ts's prepareArticle, the queue worker): the thread's
// ItemError comes back as the StorylineError it was, code included.
import type { ArticleSource } from '../../core/article-source.js';
import type { StoryRecord } from '../../core/record.js';
import { StorylineError } from '../../core/errors.js';
import type { ExtractPool } from './extract-pool.js';
import { isItemError } from './item-outcome.js';

export function poolExtractor(pool: ExtractPool): (a: ArticleSource) => Promise<StoryRecord> {
  return async (a) => {
    const o = await pool.run(a);
    if (isItemError(o)) throw new StorylineError(o.code, o.message);
    return o.record;
  };
}
