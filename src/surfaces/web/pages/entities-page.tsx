// Entities: look one up by name or alias, or browse the most mentioned (optionally of one type).
import { useState } from 'preact/hooks';
import type { EntitySummary } from '../../../store/store.js';
import { query, useGet } from '../api-client.js';
import { LoadState } from '../components/load-state.js';
import { href, navigate } from '../router.js';

const TYPES = ['', 'PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'EVENT', 'MISC'];

export function EntitiesPage({ params }: { params: URLSearchParams }) {
  const name = params.get('name') ?? '';
  const type = params.get('type') ?? '';
  const [form, setForm] = useState({ name, type });
  const list = useGet<{ entities: EntitySummary[] }>(`/entities${query({ name, type, limit: 100 })}`);
  return (
    <div class="entities-page">
      <h2>Entities</h2>
      <form
        class="search-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(`#/entities${query(form)}`);
        }}
      >
        <input type="search" name="name" placeholder="name or alias" value={form.name} onInput={(e) => setForm({ ...form, name: e.currentTarget.value })} />
        <select name="type" value={form.type} onChange={(e) => setForm({ ...form, type: e.currentTarget.value })}>
          {TYPES.map((t) => (
            <option key={t} value={t}>{t || 'any type'}</option>
          ))}
        </select>
        <button type="submit">Find</button>
      </form>
      <LoadState state={list}>
        {(data) =>
          data.entities.length === 0 ? (
            <p class="empty">No entities.</p>
          ) : (
            <ul class="result-list">
              {data.entities.map((e) => (
                <li key={e.id}>
                  <a href={href('entities', e.id)}>{e.name}</a>
                  <span class="quote-meta">{` ${e.type} · ${e.articleCount} articles · ${e.quoteCount} quotes`}</span>
                </li>
              ))}
            </ul>
          )
        }
      </LoadState>
    </div>
  );
}
