import fc from 'fast-check';

/**
 * Hostile inputs for the bad-input proof: strings, JSON values, raw bodies, path segments and
 * query values that a careless or malicious client sends. Each arbitrary mixes the fixed classics
 * (injection strings, odd Unicode) with generated values so shrinking can find a minimal case.
 */

/** A string of at least 100,000 characters (under the 1 MiB body limit even as 3-byte UTF-8). */
export const HUGE_STRING = `${'長'.repeat(50_000)}${'x'.repeat(50_000)}`;

/** Strings that have broken other systems: SQL and HTML injection, and Unicode that trips codecs. */
export const HOSTILE_STRINGS: readonly string[] = [
  "' OR 1=1 --",
  "'); drop table persons; --",
  "\\'; select pg_sleep(5); --",
  '"; select pg_sleep(5); --',
  '%',
  '_%\\',
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  'javascript:alert(1)',
  'a\u0000b',
  '\u0000',
  '\uD800',
  'x\uDFFFy',
  '\u202Eevil\u202C',
  '👨\u200D👩\u200D👧',
  'e\u0301\u0301\u0301',
  '🙂🇯🇵',
  '𠮷野家',
  '１２３４５',
  '０９０－１２３４－５６７８',
  '',
  ' ',
  '\t\r\n',
  '{{7*7}}',
  '__proto__',
  'constructor',
  '2026-02-30',
  '0000-01-01',
  '9999-12-31',
  'NaN',
  '-1',
  HUGE_STRING,
];

/** A hostile string: a fixed classic, or a generated string of any code points (lone surrogates too). */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: 'grapheme', maxLength: 10 }))
      .map(([a, b]) => a + b),
  },
);

/** Arrays nested `depth` deep, as JSON text (a parser that recurses can run out of stack). */
export const nestedArrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** A JSON value of the wrong kind for almost any field: every JSON type, extremes and deep nesting. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom(
    null,
    true,
    false,
    0,
    -1,
    1.5,
    1e308,
    -1e308,
    2 ** 53 + 2,
    Number.MAX_SAFE_INTEGER,
    2 ** 31,
    [],
    {},
    [null],
    { '': null },
    JSON.parse('{"__proto__": {"polluted": true}}'),
    JSON.parse(nestedArrays(200)),
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.array(hostileString, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), hostileString, { maxKeys: 3 }),
);

/** JSON text that must not parse, or parses to something no endpoint takes. */
export const MALFORMED_BODIES: readonly string[] = [
  '{"broken": [',
  '{',
  '{}}',
  '{} trailing',
  '{"a":1,}',
  "{'single': 'quotes'}",
  '[]',
  '"just a string"',
  '42',
  'null',
  'true',
  '',
  '\u0000',
  '{"__proto__": {"polluted": true}}',
  '{"constructor": {"prototype": {"polluted": true}}}',
  nestedArrays(100_000),
  `{"a":${nestedArrays(5_000)}}`,
  '\uFEFF{}',
  '{"a": "\\ud800"}',
  '{"a": "\\u0000"}',
  `"${HUGE_STRING}"`,
];

/** Raw bodies for the malformed-JSON class: fixed broken texts or truncations of a valid body. */
export function malformedBody(validJson: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...MALFORMED_BODIES),
    fc.nat({ max: Math.max(0, validJson.length - 1) }).map((n) => validJson.slice(0, n)),
    fc.constantFrom('x', ']', '}', ',', ' garbage').map((tail) => validJson + tail),
  );
}

/** Encodes a path or query value; a lone surrogate becomes the invalid UTF-8 a raw client might send. */
export function encodeHostile(value: string): string {
  // Iterating by code point yields a lone surrogate on its own, which encodeURIComponent refuses.
  return [...value].map((c) => (/^[\uD800-\uDFFF]$/.test(c) ? '%ED%A0%80' : encodeURIComponent(c))).join('');
}

/** Path segments that are not ids: traversal, encoded NUL, separators, overlong and hostile text. */
export const hostilePathSegment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'not-a-uuid',
    '..',
    '..%2F..%2Fetc%2Fpasswd',
    '%2e%2e%2f',
    '%00',
    '%ff%fe',
    '%',
    '00000000-0000-0000-0000-000000000000',
    '7B0C1F8E-2A4D-4C61-9A0E-3F2B5D6C7E81',
    ' 7b0c1f8e-2a4d-4c61-9a0e-3f2b5d6c7e81',
    '-1',
    '99999999999999999999',
    'a'.repeat(5_000),
  ),
  hostileString.filter((s) => s.length > 0 && s.length < 5_000).map(encodeHostile),
);

/** Query values: wrong types, extremes, impossible dates and injection text (already encoded). */
export const hostileQueryValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '-1',
    '0',
    '-100',
    '1e400',
    '99999999999999999999999',
    '1.5',
    'NaN',
    'Infinity',
    'true',
    '2026-02-30',
    '2026-13-01',
    '0000-00-00',
    '2026-02-28T25:61:00Z',
    '%00',
    '',
  ),
  hostileString.filter((s) => s.length < 5_000).map(encodeHostile),
);
