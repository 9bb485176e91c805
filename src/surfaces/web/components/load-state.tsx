// What a page shows while its data loads or when loading failed.
import type { ComponentChildren } from 'preact';
import type { Loaded } from '../api-client.js';

export function LoadState<T>({ state, children }: { state: Loaded<T>; children: (data: T) => ComponentChildren }) {
  if (state.error) return <p class="error" role="alert">{state.error}</p>;
  if (state.loading || state.data == null) return <p class="empty">Loading…</p>;
  return <>{children(state.data)}</>;
}
