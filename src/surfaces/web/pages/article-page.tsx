// A stored article: the same view as the analyse page, plus where it sits in the corpus.
import type { StoredArticle } from '../../../store/store.js';
import { useGet } from '../api-client.js';
import { ArticleView } from '../components/article-view.js';
import { LoadState } from '../components/load-state.js';
import { href } from '../router.js';

export function ArticlePage({ id }: { id: string }) {
  const article = useGet<StoredArticle>(`/articles/${encodeURIComponent(id)}`);
  return (
    <LoadState state={article}>
      {(a) => (
        <div class="article-page">
          <p class="byline">
            {a.meta.publisher ?? 'unknown publisher'}
            {` · revision ${a.meta.revision}`}
            {a.meta.storyId != null ? (
              <>
                {' · '}
                <a href={href('stories', a.meta.storyId)}>story timeline</a>
              </>
            ) : null}
          </p>
          <ArticleView record={a.record} entityLinks={a.entityIds} />
        </div>
      )}
    </LoadState>
  );
}
