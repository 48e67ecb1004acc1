import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { prepareStatements, statementName } from '../../src/platform/db/prepared';

/** A stand-in for a pg client that records what would be sent. */
function recordingClient() {
  const sent: unknown[][] = [];
  const client = { query: (...args: unknown[]) => sent.push(args) } as unknown as pg.PoolClient;
  prepareStatements(client);
  return { client, sent };
}

describe('prepared statements on PostgreSQL', () => {
  it('names a parameterised statement by its text, the same name on every connection', () => {
    const a = recordingClient();
    const b = recordingClient();
    const text = 'select id from persons where id = $1';
    a.client.query({ text, rowMode: 'array' }, ['x']);
    b.client.query({ text }, ['y']);
    expect(a.sent[0]![0]).toEqual({ text, rowMode: 'array', name: statementName(text) });
    expect((b.sent[0]![0] as { name: string }).name).toBe(statementName(text));
    expect(a.sent[0]![1]).toEqual(['x']);
    expect(statementName(text)).not.toBe(statementName(`${text} limit 1`));
  });

  it('leaves statements without parameters, strings and already named statements as they are', () => {
    const { client, sent } = recordingClient();
    const named = { text: 'select $1::int', name: 'mine' };
    client.query({ text: 'begin' }, []);
    client.query('commit');
    client.query(named, [1]);
    expect(sent).toEqual([[{ text: 'begin' }, []], ['commit'], [named, [1]]]);
  });

  it('prepares at most 2,000 texts a connection, and still the ones it has', () => {
    const { client, sent } = recordingClient();
    for (let i = 0; i < 2001; i++) client.query({ text: `select $1::int + ${i}` }, [i]);
    client.query({ text: 'select $1::int + 0' }, [0]);
    const names = sent.map((args) => (args[0] as { name?: string }).name);
    expect(names.slice(0, 2000).every((n) => n?.startsWith('t_'))).toBe(true);
    expect(names[2000]).toBeUndefined();
    expect(names[2001]).toBe(statementName('select $1::int + 0'));
  });
});
