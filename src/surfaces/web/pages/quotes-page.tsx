// Quote search: words in the quote, speaker name, date range. The search lives in the address
// (`#/quotes?q=...`), so a result page can be linked and reloaded.
import { useState } from 'preact/hooks';
import type { QuoteRow } from '../../../store/store.js';
import { query, useGet } from '../api-client.js';
import { LoadState } from '../components/load-state.js';
import { QuoteList } from '../components/quote-list.js';
import { navigate } from '../router.js';

const FIELDS = ['q', 'speaker', 'since', 'until'] as const;

export function QuotesPage({ params }: { params: URLSearchParams }) {
  const current = Object.fromEntries(FIELDS.map((f) => [f, params.get(f) ?? ''])) as Record<(typeof FIELDS)[number], string>;
  const [form, setForm] = useState(current);
  const searched = FIELDS.some((f) => current[f] !== '');
  const results = useGet<{ quotes: QuoteRow[] }>(searched ? `/quotes${query({ ...current, limit: 100 })}` : '/quotes?limit=20');
  const set = (field: (typeof FIELDS)[number]) => (e: Event) => setForm({ ...form, [field]: (e.currentTarget as HTMLInputElement).value });
  return (
    <div class="quotes-page">
      <h2>Quotes</h2>
      <form
        class="search-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(`#/quotes${query(form)}`);
        }}
      >
        <input type="search" name="q" placeholder="words in the quote" value={form.q} onInput={set('q')} />
        <input type="search" name="speaker" placeholder="speaker" value={form.speaker} onInput={set('speaker')} />
        <input type="date" name="since" value={form.since} onInput={set('since')} title="published on or after" />
        <input type="date" name="until" value={form.until} onInput={set('until')} title="published on or before" />
        <button type="submit">Search</button>
      </form>
      {searched ? null : <p class="empty">Latest quotes:</p>}
      <LoadState state={results}>{(data) => <QuoteList quotes={data.quotes} />}</LoadState>
    </div>
  );
}
