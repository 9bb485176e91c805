// A small JSON Schema (draft 2020-12) checker for the subset `storyline schema` emits, so the smoke
// tests can validate records against the schema a user would see without a validator dependency.
// It refuses keywords it does not know: when the schema grows, extend this file (or adopt ajv)
// instead of silently passing.

type Schema = boolean | { [keyword: string]: unknown };

const ANNOTATIONS = new Set(['$schema', '$id', '$comment', 'title', 'description', 'default', 'examples', 'deprecated', 'readOnly', 'writeOnly', 'format', '$defs', 'definitions']);
const ASSERTIONS = new Set([
  'type', 'properties', 'required', 'additionalProperties', 'items', 'prefixItems', 'enum', 'const',
  'anyOf', 'oneOf', 'allOf', 'not', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
  'minItems', 'maxItems', 'minLength', 'maxLength', 'pattern', '$ref',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/** Errors for `value` against `schema` (empty when valid). `root` resolves local `$ref`s. */
export function schemaErrors(schema: Schema, value: unknown, root: Schema = schema, path = '$'): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${path}: no value is allowed here`];
  const errors: string[] = [];
  const fail = (msg: string) => errors.push(`${path}: ${msg}`);
  for (const keyword of Object.keys(schema)) {
    if (!ANNOTATIONS.has(keyword) && !ASSERTIONS.has(keyword)) throw new Error(`json-schema-check: unsupported keyword "${keyword}" at ${path}`);
  }
  const s = schema as Record<string, unknown>;
  if (typeof s.$ref === 'string') {
    const ref = s.$ref;
    if (!ref.startsWith('#')) throw new Error(`json-schema-check: only local $ref is supported, got ${ref}`);
    let target: unknown = root;
    for (const part of ref.slice(1).split('/').filter(Boolean)) target = (target as Record<string, unknown>)[decodeURIComponent(part.replace(/~1/g, '/').replace(/~0/g, '~'))];
    if (target === undefined) throw new Error(`json-schema-check: unresolved $ref ${ref}`);
    errors.push(...schemaErrors(target as Schema, value, root, path));
  }
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    if (!types.some((t) => matchesType(value, t))) {
      fail(`expected ${types.join(' or ')}, got ${typeOf(value)}`);
      return errors; // the other checks would only repeat the type error
    }
  }
  if ('const' in s && JSON.stringify(value) !== JSON.stringify(s.const)) fail(`expected ${JSON.stringify(s.const)}`);
  if (Array.isArray(s.enum) && !s.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) fail(`expected one of ${JSON.stringify(s.enum)}`);
  if (typeof value === 'number') {
    if (typeof s.minimum === 'number' && value < s.minimum) fail(`below minimum ${s.minimum}`);
    if (typeof s.maximum === 'number' && value > s.maximum) fail(`above maximum ${s.maximum}`);
    if (typeof s.exclusiveMinimum === 'number' && value <= s.exclusiveMinimum) fail(`not above ${s.exclusiveMinimum}`);
    if (typeof s.exclusiveMaximum === 'number' && value >= s.exclusiveMaximum) fail(`not below ${s.exclusiveMaximum}`);
  }
  if (typeof value === 'string') {
    const length = [...value].length; // JSON Schema counts code points
    if (typeof s.minLength === 'number' && length < s.minLength) fail(`shorter than ${s.minLength}`);
    if (typeof s.maxLength === 'number' && length > s.maxLength) fail(`longer than ${s.maxLength}`);
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(value)) fail(`does not match ${s.pattern}`);
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === 'number' && value.length < s.minItems) fail(`fewer than ${s.minItems} items`);
    if (typeof s.maxItems === 'number' && value.length > s.maxItems) fail(`more than ${s.maxItems} items`);
    const prefix = Array.isArray(s.prefixItems) ? (s.prefixItems as Schema[]) : [];
    value.forEach((item, i) => {
      const itemSchema = i < prefix.length ? prefix[i] : (s.items as Schema | undefined);
      if (itemSchema !== undefined) errors.push(...schemaErrors(itemSchema, item, root, `${path}[${i}]`));
    });
  }
  if (typeOf(value) === 'object') {
    const obj = value as Record<string, unknown>;
    const props = (s.properties ?? {}) as Record<string, Schema>;
    for (const key of (s.required ?? []) as string[]) if (!(key in obj)) fail(`missing required property "${key}"`);
    for (const [key, v] of Object.entries(obj)) {
      if (key in props) errors.push(...schemaErrors(props[key], v, root, `${path}.${key}`));
      else if (s.additionalProperties !== undefined) errors.push(...schemaErrors(s.additionalProperties as Schema, v, root, `${path}.${key}`));
    }
  }
  if (Array.isArray(s.allOf)) for (const sub of s.allOf as Schema[]) errors.push(...schemaErrors(sub, value, root, path));
  if (Array.isArray(s.anyOf) && !(s.anyOf as Schema[]).some((sub) => schemaErrors(sub, value, root, path).length === 0)) fail('matches none of anyOf');
  if (Array.isArray(s.oneOf) && (s.oneOf as Schema[]).filter((sub) => schemaErrors(sub, value, root, path).length === 0).length !== 1) fail('does not match exactly one of oneOf');
  if (s.not !== undefined && schemaErrors(s.not as Schema, value, root, path).length === 0) fail('matches a "not" schema');
  return errors;
}
