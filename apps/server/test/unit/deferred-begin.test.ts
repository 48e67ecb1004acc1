import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { deferBegin, SETTINGS_STATEMENT_START } from '../../src/platform/db/deferred-begin';

const SETTINGS = `${SETTINGS_STATEMENT_START} $1, true), set_config('app.roles', $2, true)`;

/** A stand-in for a pg client that records what would be sent and answers a multi-statement query with two results. */
function recordingClient() {
  const sent: unknown[][] = [];
  const client = {
    query: async (...args: unknown[]) => {
      sent.push(args);
      return typeof args[0] === 'string' && args[0].includes(';')
        ? [{ command: 'BEGIN' }, { rows: ['last'] }]
        : { rows: [] };
    },
    escapeLiteral: (s: string) => `'${s.replaceAll("'", "''")}'`,
  } as unknown as pg.PoolClient;
  deferBegin(client);
  return { client, sent };
}

describe('BEGIN held back until the first statement (PostgreSQL)', () => {
  it("sends BEGIN and runAs's settings as one query, the values as escaped literals", async () => {
    const { client, sent } = recordingClient();
    await client.query({ text: 'begin' }, []);
    expect(sent).toEqual([]);
    const answer = await client.query({ text: SETTINGS }, ['tenant-1', "o'brien"]);
    expect(sent).toEqual([
      [`begin; ${SETTINGS_STATEMENT_START} 'tenant-1', true), set_config('app.roles', 'o''brien', true)`],
    ]);
    expect(answer).toEqual({ rows: ['last'] });
    await client.query({ text: 'select $1::int' }, [1]);
    await client.query({ text: 'commit' }, []);
    expect(sent.slice(1)).toEqual([
      [{ text: 'select $1::int' }, [1]],
      [{ text: 'commit' }, []],
    ]);
  });

  it('sends BEGIN first when the first statement is another one', async () => {
    const { client, sent } = recordingClient();
    await client.query({ text: 'begin' }, []);
    await client.query({ text: 'select 1' }, []);
    expect(sent).toEqual([
      [{ text: 'begin' }, []],
      [{ text: 'select 1' }, []],
    ]);
  });

  it('sends nothing for a transaction that sends nothing, and statements outside one as they are', async () => {
    const { client, sent } = recordingClient();
    await client.query({ text: 'begin' }, []);
    await client.query({ text: 'commit' }, []);
    await client.query({ text: 'begin' }, []);
    await client.query({ text: 'rollback' }, []);
    expect(sent).toEqual([]);
    await client.query({ text: 'select $1::int' }, [2]);
    expect(sent).toEqual([[{ text: 'select $1::int' }, [2]]]);
  });
});
