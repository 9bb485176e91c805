// Places stage: geocodes place entities (GPE, LOC, FAC) against the GeoNames-derived gazetteer and links
// demonyms (NORP) to their countries. For each place: the cues around its mentions (place-cues.ts), then
// two passes of the resolver (resolve-place.ts) with the countries and regions the article names as
// context (place-evidence.ts). Continents and seas (LOC with no country or admin-1 entry) keep geo null.
// Work per document is linear in the number of place mentions; the gazetteer loads once per process.
// The geocodes are the `places` layer (doc.places, by entity id: what dates read for local times);
// each is also set on its entity (and a demonym's country as its affiliation) for the record.
import type { Doc } from '../../core/document.js';
import type { Entity } from '../../core/records/entity.js';
import type { Stage } from '../../core/stage.js';
import { demonymCountry, linkDemonym } from './demonyms-linker.js';
import { getGazetteer, type Gazetteer } from './gazetteer.js';
import { PlaceCues, type LevelCue } from './place-cues.js';
import { PlaceEvidence } from './place-evidence.js';
import { placeKey } from './place-name-key.js';
import { PlaceResolver, SURE_MARGIN, type PlaceQuery, type Resolution } from './resolve-place.js';

const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);

export const placesStage: Stage = {
  name: 'places',
  requires: ['tokens', 'entities'],
  assigns: ['places'],
  modifies: ['entities'],
  run(doc: Doc) {
    doc.places = new Map();
    const places = doc.entities.filter((e) => PLACE_TYPES.has(e.type));
    const demonyms = doc.entities.filter((e) => e.type === 'NORP');
    if (places.length === 0 && demonyms.length === 0) return;
    const gaz = getGazetteer();
    const resolver = new PlaceResolver(gaz);
    const cues = new PlaceCues(doc, places, gaz);
    const personWords = new Set(doc.entities.filter((e) => e.type === 'PERSON').flatMap((e) => e.name.toLowerCase().split(/\s+/)));
    const queries = places.map((e) => queryOf(doc, e, cues, gaz, personWords));

    // Demonyms describe actors ("Russian forces captured ..."), not where things are: no evidence.
    for (const e of demonyms) {
      const country = demonymCountry(e, doc.text, gaz);
      if (country) doc.places.set(e.id, linkDemonym(e, country));
    }
    const evidence = new PlaceEvidence();
    const firstPass = new Map<Entity, Resolution>();
    for (const q of queries) {
      const r = resolver.first(q);
      if (!r) continue;
      firstPass.set(q.entity, r);
      // Countries and regions are named outright; a town counts when no namesake elsewhere comes close.
      if (r.entry.kind !== 'place' || r.margin >= SURE_MARGIN) evidence.add(r.entry, q.entity.id);
    }
    for (const q of queries) {
      q.entity.geo = resolver.second(q, firstPass, evidence)?.geo ?? null;
      if (q.entity.geo) doc.places.set(q.entity.id, q.entity.geo);
    }
  },
};

function queryOf(doc: Doc, entity: Entity, cues: PlaceCues, gaz: Gazetteer, personWords: Set<string>): PlaceQuery {
  const names = new Set<string>();
  const extended = new Set<string>();
  const votes = { region: 0, settlement: 0 };
  const qualifiers: PlaceQuery['qualifiers'] = [];
  const coordinated = new Set<Entity>();
  let plain = false;
  for (const m of entity.mentions) {
    if (m.form !== 'name') continue;
    const text = doc.text.slice(m.start, m.end).replace(/\s+/g, ' ');
    // The entity stage may leave a word of the name out ("New" of "New York"): read it back when the
    // longer name is in the gazetteer.
    const before = cues.wordBefore(m);
    const longer = before ? `${before} ${text}` : null;
    if (longer && placeKey(longer) !== placeKey(text) && gaz.lookup(longer).length > 0) {
      names.add(longer);
      extended.add(longer);
    } else {
      names.add(text);
      plain = true;
    }
    const cue = cues.levelCue(m);
    if (cue) votes[cue]++;
    const q = cues.qualifier(entity, m);
    if (q && !qualifiers.some((x) => x.entity === q.entity && x.region === q.region)) qualifiers.push(q);
    for (const other of cues.coordinated(entity, m)) coordinated.add(other);
  }
  if (plain || names.size === 0) names.add(entity.name);
  const cue: LevelCue = votes.region > votes.settlement ? 'region' : votes.settlement > votes.region ? 'settlement' : null;
  const personName = !entity.name.includes(' ') && personWords.has(entity.name.toLowerCase());
  return { entity, names: [...names], cue, qualifiers, coordinated: [...coordinated], extended, personName };
}
