// Hash routes (`#/quotes?q=...`): the server only has to serve index.html, and every page has a link.
import { useEffect, useState } from 'preact/hooks';

export interface Location {
  /** Path segments after `#/`: `#/stories/3` -> ['stories', '3']. */
  parts: string[];
  params: URLSearchParams;
}

export function parseHash(hash: string): Location {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', search = ''] = raw.split('?', 2);
  return { parts: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(search) };
}

export function useLocation(): Location {
  const [location, setLocation] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const update = () => setLocation(parseHash(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return location;
}

export const href = (...parts: (string | number)[]): string => `#/${parts.map((p) => encodeURIComponent(String(p))).join('/')}`;

export const navigate = (to: string): void => {
  window.location.hash = to;
};
