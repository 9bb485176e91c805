// The app shell: navigation and the page for the current hash route.
import type { ComponentChildren } from 'preact';
import { AnalysePage } from './pages/analyse-page.js';
import { ArticlePage } from './pages/article-page.js';
import { ArticlesPage } from './pages/articles-page.js';
import { EntitiesPage } from './pages/entities-page.js';
import { EntityPage } from './pages/entity-page.js';
import { QuotesPage } from './pages/quotes-page.js';
import { StoriesPage } from './pages/stories-page.js';
import { StoryPage } from './pages/story-page.js';
import { href, useLocation, type Location } from './router.js';

function page({ parts: [first, id], params }: Location): ComponentChildren {
  // `key` remounts a page when its id changes, so no state leaks from one article to the next.
  switch (first) {
    case undefined:
    case 'analyse':
      return <AnalysePage />;
    case 'articles':
      return id ? <ArticlePage key={id} id={id} /> : <ArticlesPage key={params.toString()} params={params} />;
    case 'stories':
      return id ? <StoryPage key={id} id={id} /> : <StoriesPage />;
    case 'quotes':
      return <QuotesPage key={params.toString()} params={params} />;
    case 'entities':
      return id ? <EntityPage key={id} id={id} /> : <EntitiesPage key={params.toString()} params={params} />;
    default:
      return <p class="error">No such page.</p>;
  }
}

export function App() {
  const location = useLocation();
  return (
    <>
      <nav class="top-nav">
        <strong>Storyline</strong>
        <a href={href('analyse')}>Analyse</a>
        <a href={href('stories')}>Stories</a>
        <a href={href('quotes')}>Quotes</a>
        <a href={href('entities')}>Entities</a>
        <a href={href('articles')}>Articles</a>
      </nav>
      <main>{page(location)}</main>
    </>
  );
}
