import type { Role } from '@tsunagu/contracts';
import fc from 'fast-check';
import {
  encodeHostile,
  hostilePathSegment,
  hostileQueryValue,
  hostileString,
  hostileValue,
  malformedBody,
} from './hostile';
import { type JsonSchema, type Known, mutated, validShaped } from './hostile-schema';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
type Parameter = { name: string; in: 'path' | 'query'; required?: boolean; schema: JsonSchema };

/** One operation of the OpenAPI document, with what the fuzzer needs to build requests for it. */
export type Operation = {
  key: string;
  method: Method;
  path: string;
  parameters: Parameter[];
  /** The JSON body's schema, when the operation takes one. */
  body?: JsonSchema;
};

/** The OpenAPI document's shape as far as the fuzzer reads it. */
export type OpenApiDocument = {
  paths: Record<
    string,
    Record<
      string,
      { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: JsonSchema }> } }
    >
  >;
};

/** Every operation of the document. */
export function operationsOf(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([m, op]) => {
      const method = m.toUpperCase() as Method;
      const body = op.requestBody?.content['application/json']?.schema;
      return {
        key: `${method} ${path}`,
        method,
        path,
        parameters: op.parameters ?? [],
        ...(body ? { body } : {}),
      };
    }),
  );
}

/** A request the fuzzer sends: who sends it, where, and the raw body with its content type. */
export type HostileRequest = { role: Role; url: string; body?: string; contentType?: string };

/** Shows a request in a failure report without pasting 100,000-character strings into it. */
function withShortPrint(req: HostileRequest): HostileRequest {
  const cut = (s: string | undefined) => (s && s.length > 300 ? `${s.slice(0, 300)}…(${s.length} chars)` : s);
  return Object.assign(req, {
    [fc.toStringMethod]: () => JSON.stringify({ ...req, url: cut(req.url), body: cut(req.body) }),
  });
}

/** The name real ids are looked up by: the segment before `{id}`, or the parameter's own name. */
function hintFor(path: string, name: string): string {
  if (name !== 'id') return name;
  return path.split('/{id}')[0]!.split('/').at(-1) ?? name;
}

/** A URL for the operation: path parameters mostly valid-shaped, query parameters valid or hostile. */
function urlFor(op: Operation, known: Known): fc.Arbitrary<string> {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const segments = fc.tuple(
    ...pathParams.map((p) =>
      fc.oneof(
        {
          weight: 4,
          arbitrary: validShaped(p.schema, known, hintFor(op.path, p.name)).map((v) =>
            encodeHostile(String(v)),
          ),
        },
        { weight: 1, arbitrary: hostilePathSegment },
      ),
    ),
  );
  const queryValue = (p: Parameter) =>
    fc.oneof(
      validShaped(p.schema, known, p.name).map((v) => encodeHostile(String(v))),
      hostileQueryValue,
    );
  const query = fc.tuple(
    ...queryParams.map((p) =>
      fc.option(
        queryValue(p).map((v) => [`${p.name}=${v}`]),
        { freq: 3 },
      ),
    ),
    // An array where a scalar is expected (a repeated name), or a name the operation does not know.
    fc.oneof(
      fc.constant([] as string[]),
      fc
        .constantFrom(...queryParams.map((p) => p.name), 'unknown')
        .chain((name) =>
          fc
            .array(hostileQueryValue, { minLength: 2, maxLength: 3 })
            .map((vs) => vs.map((v) => `${name}=${v}`)),
        ),
    ),
  );
  return fc.tuple(segments, query).map(([values, parts]) => {
    let path = op.path;
    pathParams.forEach((p, i) => {
      path = path.replace(`{${p.name}}`, values[i]!);
    });
    const qs = parts.flatMap((x) => x ?? []).join('&');
    return qs ? `${path}?${qs}` : path;
  });
}

type Body = Pick<HostileRequest, 'body' | 'contentType'>;
const json = (body: string): Body => ({ body, contentType: 'application/json' });

/** JSON text with a key twice: a hostile value first (the valid one wins) or last (it wins). */
function duplicateKey(valid: unknown, hostile: unknown, hostileLast: boolean): string {
  const text = JSON.stringify(valid);
  const key = valid && typeof valid === 'object' && !Array.isArray(valid) ? Object.keys(valid)[0] : undefined;
  if (!key || text === '{}') return text;
  const extra = `${JSON.stringify(key)}:${JSON.stringify(hostile)}`;
  return hostileLast ? `${text.slice(0, -1)},${extra}}` : `{${extra},${text.slice(1)}`;
}

/** Bodies for an operation that takes JSON: valid-shaped, mutated, malformed, duplicated, mislabelled. */
function jsonBodyFor(schema: JsonSchema, known: Known): fc.Arbitrary<Body> {
  const valid = validShaped(schema, known);
  return fc.oneof(
    { weight: 3, arbitrary: valid.map((v) => json(JSON.stringify(v))) },
    { weight: 4, arbitrary: mutated(valid).map((v) => json(JSON.stringify(v))) },
    { weight: 1, arbitrary: valid.chain((v) => malformedBody(JSON.stringify(v))).map(json) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(valid, hostileValue, fc.boolean())
        .map(([v, h, last]) => json(duplicateKey(v, h, last))),
    },
    { weight: 1, arbitrary: hostileValue.map((h) => json(JSON.stringify(h))) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(valid, fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml'))
        .map(([v, contentType]) => ({ body: JSON.stringify(v), contentType })),
    },
  );
}

/** Bodies for an operation that takes none (or an upload): nothing, hostile JSON or a hostile CSV. */
const noBody: fc.Arbitrary<Body> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({}) },
  { weight: 1, arbitrary: hostileValue.map((h) => json(JSON.stringify(h))) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.array(hostileString, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 })
      .map((table) => ({ body: table.map((row) => row.join(',')).join('\n'), contentType: 'text/csv' })),
  },
);

/** Requests for one operation, sent as one of the roles. */
export function requestFor(op: Operation, known: Known, roles: Role[]): fc.Arbitrary<HostileRequest> {
  const body: fc.Arbitrary<Body> =
    op.method === 'GET' ? fc.constant({}) : op.body ? jsonBodyFor(op.body, known) : noBody;
  return fc
    .tuple(fc.constantFrom(...roles), urlFor(op, known), body)
    .map(([role, url, b]) => withShortPrint({ role, url, ...b }));
}
