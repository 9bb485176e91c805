// Language in the extract use case, for plain text: a non-English article is recorded with its
// language and a note, and the English-only layers stay empty; short or doubtful texts are English.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/app/extract.js';

const DE = 'Der Stadtrat von Waldheim hat am Dienstag den Bau eines neuen Radwegs entlang des Flusses beschlossen. Die Strecke soll rund vier Kilometer lang werden und die Altstadt mit dem neuen Wohngebiet im Norden verbinden. "Das ist ein guter Tag für die Stadt", sagte die Bürgermeisterin Anna Keller am Abend.';
const EN = 'The city council of Waldheim approved a new cycle path along the river on Tuesday. "This is a good day for the town," Mayor Anna Keller said in the evening.';

describe('extractArticle and language', () => {
  it('skips the English-only layers of a German article, with a note', () => {
    const record = extractArticle({ id: 'de', text: DE, published: '2025-05-20' });
    expect(record.language).toBe('de');
    expect(record.warnings).toContain("language 'de' detected: English-only layers (entities, quotes, dates, amounts, places, events, consistency) skipped");
    expect([record.entities, record.quotes, record.dates, record.amounts, record.events]).toEqual([[], [], [], [], []]);
    expect(record.text).toBe(DE);
  });

  it('processes English as before and records its language', () => {
    const record = extractArticle({ id: 'en', text: EN, published: '2025-05-20' });
    expect(record.language).toBe('en');
    expect(record.quotes.length).toBeGreaterThan(0);
    expect(record.entities.map((e) => e.name)).toContain("Anna Keller");
    expect(record.warnings.join(' ')).not.toMatch(/language/);
  });

  it('treats a short text as English', () => {
    const record = extractArticle({ id: 'short', text: 'Der Stadtrat tagt heute.' });
    expect(record.language).toBe('en');
    expect(record.warnings).toEqual([]);
  });

  it('takes a language given by the caller without detecting', () => {
    const record = extractArticle({ id: 'forced', text: EN, language: 'fr' });
    expect(record.language).toBe('fr');
    expect(record.entities).toEqual([]);
  });
});
