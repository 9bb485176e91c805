// Parses feed and OPML XML into plain objects with fast-xml-parser, after its validator, so a
// malformed document fails with the line and column of the first error. Namespace prefixes are
// dropped (content:encoded -> encoded, dc:date -> date, atom:link -> link); the parser's limits on
// entity definitions and expansions guard against "billion laughs" documents.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { StorylineError } from '../../core/errors.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  cdataPropName: false,
});

export type XmlNode = Record<string, unknown>;

export function parseXml(xml: string, label: string): XmlNode {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new StorylineError('E_FEED_PARSE', `${label}: malformed XML at line ${line}, column ${col}: ${msg}`);
  }
  try {
    return parser.parse(xml) as XmlNode;
  } catch (err) {
    throw new StorylineError('E_FEED_PARSE', `${label}: cannot parse XML (${(err as Error).message})`);
  }
}

/** A child or list of children as a list. */
export function list(value: unknown): unknown[] {
  return value == null ? [] : Array.isArray(value) ? value : [value];
}

/** The text of an element: a plain value, or `#text` of one with attributes. */
export function text(value: unknown): string | null {
  if (Array.isArray(value)) return text(value[0]);
  if (value == null) return null;
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || null;
  if (typeof value === 'object') return text((value as XmlNode)['#text']);
  return null;
}

export function attr(value: unknown, name: string): string | null {
  if (value == null || typeof value !== 'object' || Array.isArray(value)) return null;
  const v = (value as XmlNode)[`@_${name}`];
  return typeof v === 'string' ? v.trim() || null : null;
}

export function child(value: unknown, name: string): unknown {
  if (value == null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return (value as XmlNode)[name];
}
