// A long list cut to its first `limit` items, with a "show N more" button that reveals the rest, so
// that what follows a list (the articles under a story's events) stays within reach.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface Props<T> {
  items: T[];
  limit: number;
  /** What the hidden items are called: "show 12 more events". */
  noun: string;
  children: (visible: T[]) => ComponentChildren;
}

export function ShowMore<T>({ items, limit, noun, children }: Props<T>) {
  const [open, setOpen] = useState(false);
  // A list only one item too long is shown whole: a button for a single item costs as much space.
  const cut = !open && items.length > limit + 1;
  return (
    <>
      {children(cut ? items.slice(0, limit) : items)}
      {cut ? (
        <button type="button" class="show-more" onClick={() => setOpen(true)}>
          {`show ${items.length - limit} more ${noun}`}
        </button>
      ) : null}
    </>
  );
}
