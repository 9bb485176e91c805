// JSON-LD export with schema.org types: one document, {"@context": "https://schema.org", "@graph":
// [...]}, holding per article a NewsArticle (headline, datePublished, url, publisher as an
// Organization, `mentions` for its entities, `hasPart` for its quotations) and one node per entity:
// Person (jobTitle from titles), Organization, Place (GeoCoordinates and addressCountry when
// geocoded), Event, or Thing (nationalities, other names). A Quotation has its text, and the
// speaker as `spokenByCharacter` and `creator`. Entities resolved to a corpus id share one @id
// across articles (urn:storyline:entity:ID), so a graph store joins them; others are local to the
// article (urn:storyline:article:ID#e3). The graph is streamed, one node at a time.
import type { StoryRecord } from '../../core/record.js';
import type { Entity } from '../../core/records/entity.js';
import { articleMeta, corpusIdOf, type ExportItem } from './export-item.js';

type Node = Record<string, unknown>;

const SCHEMA_TYPE: Record<string, string> = { PERSON: 'Person', ORG: 'Organization', GPE: 'Place', LOC: 'Place', FAC: 'Place', EVENT: 'Event' };

export async function* jsonldChunks(items: AsyncIterable<ExportItem> | Iterable<ExportItem>): AsyncGenerator<string> {
  yield '{"@context":"https://schema.org","@graph":[';
  let first = true;
  const emitted = new Set<string>();
  for await (const item of items) {
    for (const node of articleNodes(item, emitted)) {
      yield `${first ? '\n' : ',\n'}${JSON.stringify(node)}`;
      first = false;
    }
  }
  yield '\n]}\n';
}

/** The nodes of one article; corpus-wide entity nodes already in `emitted` are not repeated. */
export function articleNodes(item: ExportItem, emitted = new Set<string>()): Node[] {
  const { record } = item;
  const meta = articleMeta(item);
  const articleId = `urn:storyline:article:${encodeURIComponent(record.id)}`;
  const entityIri = (e: Entity): string => {
    const corpus = corpusIdOf(item, e.id);
    return corpus ? `urn:storyline:entity:${encodeURIComponent(corpus)}` : `${articleId}#${e.id}`;
  };
  const nodes: Node[] = [];
  const article: Node = {
    '@id': articleId,
    '@type': 'NewsArticle',
    identifier: record.id,
    headline: meta.title ?? undefined,
    datePublished: meta.published ?? undefined,
    url: meta.url ?? undefined,
    publisher: meta.publisher ? { '@type': 'Organization', name: meta.publisher } : undefined,
    mentions: record.entities.map((e) => ({ '@id': entityIri(e) })),
    hasPart: record.quotes.map((q) => ({ '@id': `${articleId}#${q.id}` })),
  };
  nodes.push(article);
  for (const e of record.entities) {
    const iri = entityIri(e);
    if (emitted.has(iri)) continue;
    if (iri.startsWith('urn:storyline:entity:')) emitted.add(iri);
    nodes.push(entityNode(record, e, iri));
  }
  for (const q of record.quotes) {
    const speaker = record.entities.find((e) => e.id === q.speaker);
    const by = speaker ? { '@id': entityIri(speaker) } : undefined;
    nodes.push({
      '@id': `${articleId}#${q.id}`,
      '@type': 'Quotation',
      text: q.content.map((c) => record.text.slice(c.start, c.end)).join(' … '),
      spokenByCharacter: by,
      creator: by,
      isPartOf: { '@id': articleId },
    });
  }
  return nodes.map(dropUndefined);
}

function entityNode(record: StoryRecord, e: Entity, iri: string): Node {
  const type = SCHEMA_TYPE[e.type] ?? 'Thing';
  const aliases = [...new Set(e.mentions.filter((m) => m.form !== 'pronoun' && m.form !== 'description').map((m) => record.text.slice(m.start, m.end)))].filter((a) => a !== e.name);
  const node: Node = { '@id': iri, '@type': type, name: e.name, alternateName: aliases.length ? aliases : undefined };
  if (type === 'Person' && e.titles.length) node.jobTitle = e.titles;
  if (type === 'Person' && e.affiliation) node.nationality = { '@type': 'Country', name: e.affiliation };
  if (type === 'Place' && e.geo) {
    node.geo = { '@type': 'GeoCoordinates', latitude: e.geo.lat, longitude: e.geo.lon };
    node.address = { '@type': 'PostalAddress', addressCountry: e.geo.country, addressRegion: e.geo.admin1 ?? undefined };
  }
  return node;
}

function dropUndefined(node: Node): Node {
  return JSON.parse(JSON.stringify(node)) as Node;
}
