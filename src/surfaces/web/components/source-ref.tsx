// A short reference to a story's article: its number in the story's article list and its outlet,
// linking to it, with the title as a tooltip (the title itself shows once, in the article list).
import { href } from '../router.js';
import type { Source } from './story-digest.js';

export function SourceRef({ source, numbers }: { source: Source; numbers: Map<string, number> }) {
  const n = numbers.get(source.articleId);
  return (
    <a class="ref" href={href('articles', source.articleId)} title={source.title ?? source.articleId}>
      {`[${n ?? '?'}]${source.publisher ? ` ${source.publisher}` : ''}`}
    </a>
  );
}

export function SourceRefs({ sources, numbers }: { sources: Source[]; numbers: Map<string, number> }) {
  return (
    <>
      {sources.map((s, i) => (
        <span key={s.articleId}>
          {i ? ', ' : ''}
          <SourceRef source={s} numbers={numbers} />
        </span>
      ))}
    </>
  );
}
