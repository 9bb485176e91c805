// Stored articles, newest first, with full-text search over titles and text.
import { useState } from 'preact/hooks';
import type { ArticleSummary } from '../../../store/store.js';
import { query, useGet } from '../api-client.js';
import { LoadState } from '../components/load-state.js';
import { href, navigate } from '../router.js';

export function ArticlesPage({ params }: { params: URLSearchParams }) {
  const q = params.get('q') ?? '';
  const [form, setForm] = useState(q);
  const list = useGet<{ articles: ArticleSummary[] }>(`/articles${query({ q, limit: 100 })}`);
  return (
    <div class="articles-page">
      <h2>Articles</h2>
      <form
        class="search-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(`#/articles${query({ q: form })}`);
        }}
      >
        <input type="search" name="q" placeholder="words in the title or text" value={form} onInput={(e) => setForm(e.currentTarget.value)} />
        <button type="submit">Search</button>
      </form>
      <LoadState state={list}>
        {(data) =>
          data.articles.length === 0 ? (
            <p class="empty">No articles.</p>
          ) : (
            <ul class="result-list">
              {data.articles.map((a) => (
                <li key={a.id}>
                  <a href={href('articles', a.id)}>{a.title ?? a.id}</a>
                  <div class="quote-meta">{`${a.published ?? 'undated'}${a.publisher ? ` · ${a.publisher}` : ''}`}</div>
                </li>
              ))}
            </ul>
          )
        }
      </LoadState>
    </div>
  );
}
