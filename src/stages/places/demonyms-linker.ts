// Links demonyms (NORP: "Russian" in "Russian troops", "Dutch") to their country: the country's name as
// the entity's affiliation (unless the entity stage set one) and the country's point as its geo.
import type { Entity, Geo } from '../../core/records/entity.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';

/** The country a NORP entity's name or name mentions stand for, or null ("Muslims", "European"). */
export function demonymCountry(e: Entity, text: string, gaz: Gazetteer): GazetteerEntry | null {
  const names = [e.name, ...e.mentions.filter((m) => m.form === 'name').map((m) => text.slice(m.start, m.end))];
  for (const name of names) {
    const code = gaz.demonyms.get(name.toLowerCase().replace(/['’]s$/, ''));
    const country = code ? gaz.country(code) : null;
    if (country) return country;
  }
  return null;
}

export function linkDemonym(e: Entity, country: GazetteerEntry): Geo {
  e.affiliation ??= country.name;
  return (e.geo = {
    lat: country.lat,
    lon: country.lon,
    country: country.country,
    admin1: null,
    timezone: country.timezone,
    source: `${country.ref} ${country.name} (country): demonym "${e.name}"; point: ${country.basis}`,
  });
}
