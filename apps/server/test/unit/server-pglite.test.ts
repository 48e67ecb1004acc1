import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementName } from '../../src/platform/db/prepared';
import { ServerPGlite } from '../../src/platform/db/server-pglite';

/**
 * Queues 20 transactions, then asks for one turn of the event loop (as an incoming request's read
 * would need); returns how many of the transactions had ended when that turn came.
 */
async function turnAmongTransactions(db: PGlite) {
  let ended = 0;
  const transactions = Array.from({ length: 20 }, () =>
    db.transaction(async (tx) => {
      await tx.query('select count(*) from generate_series(1, 2000)');
      ended++;
    }),
  );
  const turn = new Promise((resolve) => setImmediate(() => resolve(ended)));
  await Promise.all(transactions);
  return turn;
}

describe('ServerPGlite', () => {
  let plain: PGlite;
  let server: ServerPGlite;
  beforeAll(async () => {
    plain = new PGlite();
    server = new ServerPGlite();
    await Promise.all([plain.waitReady, server.waitReady]);
  });
  afterAll(async () => {
    await Promise.all([plain.close(), server.close()]);
  });

  it('plain PGlite runs a queue of transactions as one task: the event loop turns only after all', async () => {
    expect(await turnAmongTransactions(plain)).toBe(20);
  });

  it('lets the event loop turn before the first queued transaction has run', async () => {
    expect(await turnAmongTransactions(server)).toBe(0);
  });

  it('still runs each transaction whole: a failing one rolls back, the next commits', async () => {
    await server.exec('create table t (n int)');
    await expect(
      server.transaction(async (tx) => {
        await tx.query('insert into t values (1)');
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    await server.transaction(async (tx) => {
      await tx.query('insert into t values (2)');
    });
    expect((await server.query<{ n: number }>('select n from t')).rows).toEqual([{ n: 2 }]);
  });

  it('runs a parameterised statement of a transaction as one named statement, values of every type intact', async () => {
    const db = server;
    await db.exec(`create table kinds (id uuid primary key, n int, label text, at timestamptz, tags text[],
      doc jsonb, flag boolean)`);
    const text = 'insert into kinds values ($1, $2, $3, $4, $5, $6, $7)';
    const rows = [
      [
        '6f1c4c0e-3a57-4a4e-9d38-0b8c3f0f2a01',
        7,
        '髙橋 𠮷田',
        new Date('2026-11-28T01:02:03.004Z'),
        ['a', 'b "c"'],
        { k: [1] },
        true,
      ],
      ['6f1c4c0e-3a57-4a4e-9d38-0b8c3f0f2a02', null, null, null, null, null, false],
    ];
    await db.transaction(async (tx) => {
      for (const row of rows) await tx.query(text, row);
    });
    const read = await db.transaction((tx) =>
      tx.query<Record<string, unknown>>('select * from kinds where id = any($1::uuid[]) order by id', [
        rows.map((r) => r[0]),
      ]),
    );
    expect(read.rows).toEqual([
      {
        id: rows[0]![0],
        n: 7,
        label: '髙橋 𠮷田',
        at: rows[0]![3],
        tags: ['a', 'b "c"'],
        doc: { k: [1] },
        flag: true,
      },
      { id: rows[1]![0], n: null, label: null, at: null, tags: null, doc: null, flag: false },
    ]);
    const named = await db.query<{ name: string }>('select name from pg_prepared_statements order by name');
    expect(named.rows.map((r) => r.name)).toContain(statementName(text));
    expect(named.rows.filter((r) => r.name === statementName(text))).toHaveLength(1);
  });

  it('names a parameterised statement outside a transaction too', async () => {
    const text = 'select count(*)::int as n from kinds where flag = $1';
    expect((await server.query<{ n: number }>(text, [true])).rows).toEqual([{ n: 1 }]);
    expect((await server.query<{ n: number }>(text, [false])).rows).toEqual([{ n: 1 }]);
    const named = await server.query<{ name: string }>('select name from pg_prepared_statements');
    expect(named.rows.map((r) => r.name)).toContain(statementName(text));
  });

  it('answers in the rows mode and with the parsers asked for (as drizzle asks)', async () => {
    const result = await server.transaction((tx) =>
      tx.query('select $1::int + 1 as n, now() as at', [41], {
        rowMode: 'array',
        parsers: { 1184: (v: string) => `raw ${v}` },
      }),
    );
    expect(result.rows[0]).toEqual([42, expect.stringMatching(/^raw \d{4}-/)]);
    expect(result.fields.map((f) => f.name)).toEqual(['n', 'at']);
  });

  it('reports a failing statement with its code, rolls back, and the same text runs again after', async () => {
    const db = server;
    await db.exec('create table uniq (n int primary key)');
    const insert = 'insert into uniq values ($1)';
    const failed = db.transaction(async (tx) => {
      await tx.query(insert, [1]);
      await tx.query(insert, [1]);
    });
    await expect(failed).rejects.toMatchObject({ code: '23505' });
    await db.transaction((tx) => tx.query(insert, [2]));
    expect((await db.query<{ n: number }>('select n from uniq')).rows).toEqual([{ n: 2 }]);
  });

  it('does not keep a statement that failed to parse, and the connection stays usable', async () => {
    const db = server;
    const bad = 'select nosuchcolumn from uniq where n = $1';
    await expect(db.transaction((tx) => tx.query(bad, [1]))).rejects.toMatchObject({ code: '42703' });
    const named = await db.query<{ name: string }>('select name from pg_prepared_statements');
    expect(named.rows.map((r) => r.name)).not.toContain(statementName(bad));
    const ok = await db.transaction((tx) => tx.query<{ n: number }>('select n from uniq where n = $1', [2]));
    expect(ok.rows).toEqual([{ n: 2 }]);
  });
});
