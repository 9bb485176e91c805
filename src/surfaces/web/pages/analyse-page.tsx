// Analyse one article: paste text, drop (or choose) an HTML or text file, or give a URL; the server
// extracts it and the article view shows the result. "Save to corpus" also stores it. A new request
// clears the previous result, so an error never sits above an older article that looks like its answer.
import { useState } from 'preact/hooks';
import type { StoryRecord } from '../../../core/record.js';
import { api, ApiError, getToken, setToken, type ExtractRequest, type Stored } from '../api-client.js';
import { ArticleView } from '../components/article-view.js';
import { href } from '../router.js';

type Mode = 'text' | 'html' | 'url';

export function AnalysePage() {
  const [mode, setMode] = useState<Mode>('text');
  const [input, setInput] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [published, setPublished] = useState('');
  const [save, setSave] = useState(false);
  const [token, setTokenState] = useState(getToken());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [record, setRecord] = useState<StoryRecord | null>(null);
  const [stored, setStored] = useState<Stored | null>(null);

  async function readFile(file: File) {
    const html = /\.html?$/i.test(file.name) || file.type === 'text/html';
    setMode(html ? 'html' : 'text');
    setFileName(file.name);
    setInput(await file.text());
  }

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setRecord(null);
    setStored(null);
    setToken(token);
    try {
      const body: ExtractRequest = { [mode]: input, save };
      if (published) body.published = published;
      const result = await api.extract(body);
      setRecord(result.record);
      setStored(result.stored);
    } catch (err) {
      setError(err instanceof ApiError ? `${err.message} [${err.code}]` : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="analyse-page">
      <form class="analyse-form" onSubmit={submit}>
        <div class="modes" role="tablist">
          {(['text', 'html', 'url'] as const).map((m) => (
            <button type="button" key={m} class={m === mode ? 'active' : ''} data-mode={m} onClick={() => setMode(m)}>
              {m === 'text' ? 'Paste text' : m === 'html' ? 'HTML file' : 'URL'}
            </button>
          ))}
        </div>
        {mode === 'url' ? (
          <input type="url" name="url" placeholder="https://…" value={input} onInput={(e) => setInput(e.currentTarget.value)} required />
        ) : (
          <div
            class="drop-zone"
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              const file = e.dataTransfer?.files[0];
              if (file) void readFile(file);
            }}
          >
            <textarea
              name="text"
              rows={10}
              placeholder={mode === 'html' ? 'Drop an HTML file here, or paste a page’s HTML' : 'Paste an article, or drop a .txt or .html file'}
              value={input}
              onInput={(e) => {
                setInput(e.currentTarget.value);
                setFileName(null);
              }}
              required
            />
            <label class="file-pick">
              or choose a file <input type="file" accept=".html,.htm,.txt,text/html,text/plain" onChange={(e) => e.currentTarget.files?.[0] && void readFile(e.currentTarget.files[0])} />
            </label>
            {fileName ? <span class="file-name">{fileName}</span> : null}
          </div>
        )}
        <div class="options">
          <label>
            published <input type="date" name="published" value={published} onInput={(e) => setPublished(e.currentTarget.value)} />
          </label>
          <label>
            <input type="checkbox" name="save" checked={save} onChange={(e) => setSave(e.currentTarget.checked)} /> save to corpus
          </label>
          <label>
            token <input type="password" name="token" value={token} placeholder="only if the server asks" onInput={(e) => setTokenState(e.currentTarget.value)} />
          </label>
          <button type="submit" disabled={busy || input.trim() === ''}>
            {busy ? 'Extracting…' : 'Extract'}
          </button>
        </div>
      </form>
      {error ? <p class="error" role="alert">{error}</p> : null}
      {stored ? (
        <p class="saved" data-testid="saved">
          {`Saved (${stored.status}, revision ${stored.revision}): `}
          <a href={href('articles', stored.articleId)}>stored article</a>
          {stored.storyId != null ? (
            <>
              {' · '}
              <a href={href('stories', stored.storyId)}>its story</a>
            </>
          ) : null}
        </p>
      ) : null}
      {record ? <ArticleView record={record} /> : null}
    </div>
  );
}
