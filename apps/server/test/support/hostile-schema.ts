import fc from 'fast-check';
import { hostileString, hostileValue } from './hostile';

/** The part of JSON Schema the OpenAPI document uses (zod's output; no $ref). */
export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
};

/** What the database holds, so generated values sometimes name real records. */
export type Known = {
  /** Real ids for a field or segment name (see idsFor); may be empty. */
  ids: (hint: string) => string[];
  /** Real codes (of code lists, programmes, districts …). */
  codes: string[];
};

/** Generated strings that are still fine text, so valid-shaped bodies get past validation. */
const plainText = fc.oneof(
  fc.constantFrom('テスト', '相談の記録', 'Tsunagu', '岡山市北区1-1'),
  hostileString,
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

/** Dates the format allows: ordinary ones, and years a database may not hold. */
const isoDate = fc
  .oneof(
    {
      weight: 4,
      arbitrary: fc.date({ min: new Date('1920-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }),
    },
    { weight: 1, arbitrary: fc.constantFrom('0000-01-01', '0001-01-01', '9999-12-31', '1900-02-28') },
  )
  .map((d) => (typeof d === 'string' ? d : d.toISOString().slice(0, 10)));

/** A uuid: mostly a real id fitting the name, else a random or the nil uuid. */
function uuidFor(known: Known, hint: string): fc.Arbitrary<string> {
  const real = known.ids(hint);
  const random = fc.oneof(fc.uuid(), fc.constant('00000000-0000-0000-0000-000000000000'));
  return real.length > 0 ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...real) }, random) : random;
}

function stringFor(schema: JsonSchema, known: Known, hint: string): fc.Arbitrary<string> {
  if (schema.format === 'uuid') return uuidFor(known, hint);
  if (schema.format === 'date') return isoDate;
  if (schema.format === 'email') return fc.constantFrom('someone@example.jp', 'a.b+c@example.jp');
  if (schema.format === 'uri') return fc.constantFrom('https://example.jp/x', 'javascript:alert(1)');
  if (schema.pattern) {
    const pattern = new RegExp(schema.pattern);
    const real = known.codes.filter((c) => pattern.test(c));
    const generated = fc.stringMatching(pattern, { maxLength: 40 });
    return real.length > 0 ? fc.oneof(fc.constantFrom(...real), generated) : generated;
  }
  const max = schema.maxLength ?? 200;
  const min = schema.minLength ?? 0;
  return plainText.map((s) => s.slice(0, max).padEnd(min, 'あ'));
}

/**
 * An arbitrary of values shaped like the schema: right types, required keys present, lengths and
 * ranges mostly kept; strings carry hostile text where the schema allows any text, and uuids are
 * mostly real ids, so the request gets past validation into the services.
 */
export function validShaped(schema: JsonSchema, known: Known, hint = ''): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((s) => validShaped(s, known, hint)));
  if (Array.isArray(schema.type)) {
    return fc.oneof(...schema.type.map((type) => validShaped({ ...schema, type }, known, hint)));
  }
  switch (schema.type) {
    case 'string':
      return stringFor(schema, known, hint);
    case 'integer': {
      const min = Math.max(schema.minimum ?? -1000, Number.MIN_SAFE_INTEGER);
      const max = Math.min(schema.maximum ?? 100_000, Number.MAX_SAFE_INTEGER);
      // Small values near the minimum too: versions, counts and indexes are small in real requests.
      const low = Math.max(min, Math.min(schema.minimum ?? 0, max));
      return fc.oneof(fc.integer({ min: low, max: Math.min(max, low + 5) }), fc.integer({ min, max }));
    }
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      if (schema.prefixItems) return fc.tuple(...schema.prefixItems.map((s) => validShaped(s, known, hint)));
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.min(schema.maxItems ?? 3, Math.max(minLength, 3));
      return fc.array(validShaped(schema.items ?? {}, known, hint), { minLength, maxLength });
    }
    case 'object':
      return objectFor(schema, known);
    default:
      return hostileValue;
  }
}

function objectFor(schema: JsonSchema, known: Known): fc.Arbitrary<unknown> {
  const props = Object.entries(schema.properties ?? {});
  if (props.length === 0 && typeof schema.additionalProperties === 'object') {
    const keys = schema.propertyNames
      ? validShaped(schema.propertyNames, known)
      : fc.string({ maxLength: 10 });
    return fc.dictionary(keys as fc.Arbitrary<string>, validShaped(schema.additionalProperties, known), {
      maxKeys: 3,
    });
  }
  const model = Object.fromEntries(props.map(([key, s]) => [key, validShaped(s, known, key)]));
  return fc.record(model, { requiredKeys: schema.required ?? [] });
}

type Mutation = 'replace' | 'delete' | 'extra';

/** Every container (object or array) in a value with the keys it holds, root first. */
function containers(value: unknown): { node: Record<string, unknown>; keys: string[] }[] {
  if (value === null || typeof value !== 'object') return [];
  const node = value as Record<string, unknown>;
  return [{ node, keys: Object.keys(node) }, ...Object.values(node).flatMap(containers)];
}

/**
 * One mutation of a valid-shaped value: a field replaced by a hostile value of another type, a
 * (possibly required) field removed, or an unknown field added. A scalar root is replaced whole.
 */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const kind = fc.constantFrom<Mutation>('replace', 'replace', 'delete', 'extra');
  return fc.tuple(valid, fc.nat(), fc.nat(), hostileValue, kind).map(([v, at, key, hostile, how]) => {
    // The generated value may be shared with the shrinker: change a copy.
    const copy = structuredClone(v);
    const places = containers(copy);
    if (places.length === 0) return hostile;
    const { node, keys } = places[at % places.length]!;
    const name = keys.length > 0 && how !== 'extra' ? keys[key % keys.length]! : `extra_${key % 5}`;
    if (Array.isArray(node)) {
      if (how === 'extra') node.push(hostile);
      else if (how === 'delete') node.splice(key % Math.max(1, node.length), 1);
      else node[key % Math.max(1, node.length)] = hostile;
    } else if (how === 'delete') delete node[name];
    else node[name] = hostile;
    return copy;
  });
}
