// Talks to the Storyline HTTP API on the same origin. Errors come back as ApiError with the server's
// stable code and message. The write token (needed when the server listens beyond 127.0.0.1) is kept
// in this tab's sessionStorage only.
import { useEffect, useState } from 'preact/hooks';
import type { StoryRecord } from '../../core/record.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'storyline.token';
export const getToken = (): string => sessionStorage.getItem(TOKEN_KEY) ?? '';
export const setToken = (token: string): void => sessionStorage.setItem(TOKEN_KEY, token);

async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const token = getToken();
  if (method === 'POST' && token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const payload = (await response.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!response.ok) {
    throw new ApiError(response.status, payload?.error?.code ?? 'E_HTTP', payload?.error?.message ?? `HTTP ${response.status}`);
  }
  return payload as T;
}

/** Query string from the defined, non-empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value != null && value !== '') search.set(key, String(value));
  const s = search.toString();
  return s ? `?${s}` : '';
}

export interface ExtractRequest {
  text?: string;
  html?: string;
  url?: string;
  published?: string;
  title?: string;
  save?: boolean;
}

export interface Stored {
  articleId: string;
  status: 'inserted' | 'revised' | 'unchanged';
  revision: number;
  storyId: number | null;
}

export const api = {
  get: <T,>(path: string) => request<T>('GET', path),
  extract: (body: ExtractRequest) => request<{ record: StoryRecord; stored: Stored | null }>('POST', '/extract', body),
};

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
}

/** GETs `path` whenever it changes (null: nothing to load); late answers for an old path are dropped. */
export function useGet<T>(path: string | null): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: path != null });
  useEffect(() => {
    if (path == null) return;
    let current = true;
    setState({ data: null, error: null, loading: true });
    api.get<T>(path).then(
      (data) => current && setState({ data, error: null, loading: false }),
      (err: unknown) => current && setState({ data: null, error: err instanceof ApiError ? `${err.message} [${err.code}]` : String(err), loading: false }),
    );
    return () => {
      current = false;
    };
  }, [path]);
  return state;
}
