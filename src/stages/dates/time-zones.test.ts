// UTC offsets of IANA zones on a given day (DST included) and zones of place entities.
import { describe, expect, it } from 'vitest';
import { Doc } from '../../core/document.js';
import { entity } from '../../core/records/entity.js';
import { utcOffsetMinutes, zoneOfEntity } from './time-zones.js';

describe('utcOffsetMinutes', () => {
  it.each([
    ['America/Anchorage', '2025-08-15', 11, 30, -480],
    ['America/Anchorage', '2025-01-15', 11, 30, -540],
    ['Europe/Kyiv', '2025-08-12', 3, 0, 180],
    ['Europe/London', '2025-12-01', 9, 0, 0],
    ['Asia/Kolkata', '2025-08-15', 9, 0, 330],
    // The hour after the spring change in New York (2025-03-09 03:00 EDT).
    ['America/New_York', '2025-03-09', 3, 30, -240],
    ['America/New_York', '2025-03-09', 1, 30, -300],
  ])('%s on %s at %i:%i', (zone, date, hour, minute, expected) => {
    const [year, month, day] = date.split('-').map(Number);
    expect(utcOffsetMinutes(zone, { year, month, day }, hour, minute)).toBe(expected);
  });

  it('returns null for a zone Node does not know', () => {
    expect(utcOffsetMinutes('Mars/Olympus_Mons', { year: 2025, month: 1, day: 1 }, 0, 0)).toBeNull();
  });
});

describe('zoneOfEntity', () => {
  it('prefers the geocode in the places layer, falls back to the table by name, and ignores non-places', () => {
    const doc = Doc.create('Alaska', { id: 'zones' });
    const alaska = entity('e1', 'GPE', 'Alaska', 'test');
    expect(zoneOfEntity(doc, alaska)).toBe('America/Anchorage');
    doc.places.set('e1', { lat: 0, lon: 0, country: 'US', admin1: 'Alaska', timezone: 'America/Juneau', source: 'test' });
    expect(zoneOfEntity(doc, alaska)).toBe('America/Juneau');
    expect(zoneOfEntity(doc, entity('e2', 'PERSON', 'Georgia', 'test'))).toBeNull();
    expect(zoneOfEntity(doc, entity('e3', 'GPE', 'Atlantis', 'test'))).toBeNull();
  });
});
