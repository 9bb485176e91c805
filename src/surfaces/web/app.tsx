// The app shell: navigation and the page for the current hash route.
import type { ComponentChildren } from 'preact';
import { AnalysePage } from './pages/analyse-page.js';
import { href, useLocation, type Location } from './router.js';

function page(location: Location): ComponentChildren {
  const [first] = location.parts;
  switch (first) {
    case undefined:
    case 'analyse':
      return <AnalysePage />;
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
      </nav>
      <main>{page(location)}</main>
    </>
  );
}
