import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { answerSerializerCompiler } from '../../src/platform/http/answers';

const answer = z.object({
  id: z.string(),
  count: z.number().int(),
  ratio: z.number().nullable(),
  state: z.enum(['open', 'closed']),
  tags: z.array(z.string()),
  note: z.string().optional(),
  byCode: z.record(z.string(), z.number()),
  items: z.array(z.object({ name: z.string(), on: z.iso.date().nullable() })),
});

const route = (schema: unknown) =>
  ({ schema, method: 'GET', url: '/api/example', httpStatus: '200' }) as never;

/** What a service might hand over: a column selected by mistake rides along, at both levels. */
const data = {
  id: 'a1',
  count: 3,
  ratio: null,
  state: 'open',
  tags: ['x', '"quoted" <b>', '𠮷'],
  byCode: { kita: 2, naka: 0 },
  items: [{ name: '髙橋', on: '2026-04-01', passwordHash: 'secret' }],
  passwordHash: 'secret',
};

describe('the answers’ compiled serializer', () => {
  it('writes the values zod’s encoding writes, without properties the contract does not name', () => {
    const fast = answerSerializerCompiler(false)(route(answer));
    const checked = answerSerializerCompiler(true)(route(answer));
    const text = fast(data) as string;
    expect(text).not.toContain('secret');
    const { passwordHash: _hash, items: _items, ...named } = data;
    expect(JSON.parse(text)).toEqual({ ...named, items: [{ name: '髙橋', on: '2026-04-01' }] });
    expect(checked(data)).toBe(text);
    // An optional property present: the same values, the key written last.
    const noted = { ...data, note: '備考' };
    expect(JSON.parse(checked(noted) as string)).toEqual({ ...JSON.parse(text), note: '備考' });
    expect(fast(noted)).toBe(checked(noted));
  });

  it('with checking on, an answer that breaks the contract fails instead of being written', () => {
    const checked = answerSerializerCompiler(true)(route(answer));
    expect(() => checked({ ...data, count: 1.5 })).toThrow();
    expect(() => checked({ ...data, state: 'lost' })).toThrow();
    const { id: _id, ...missing } = data;
    expect(() => checked(missing)).toThrow();
  });

  it('keeps zod’s encoding for a schema with no JSON Schema form', () => {
    const serialize = answerSerializerCompiler(false)(route(z.object({ at: z.date() })));
    expect(serialize({ at: new Date('2026-11-28T00:00:00Z') })).toBe('{"at":"2026-11-28T00:00:00.000Z"}');
    expect(() => serialize({ at: 'not a date' })).toThrow();
  });
});
