import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TurnTakingPGlite } from '../../src/platform/db/turn-taking-pglite';

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

describe('PGlite taking turns with the event loop', () => {
  let plain: PGlite;
  let turnTaking: TurnTakingPGlite;
  beforeAll(async () => {
    plain = new PGlite();
    turnTaking = new TurnTakingPGlite();
    await Promise.all([plain.waitReady, turnTaking.waitReady]);
  });
  afterAll(async () => {
    await Promise.all([plain.close(), turnTaking.close()]);
  });

  it('plain PGlite runs a queue of transactions as one task: the event loop turns only after all', async () => {
    expect(await turnAmongTransactions(plain)).toBe(20);
  });

  it('lets the event loop turn before the first queued transaction has run', async () => {
    expect(await turnAmongTransactions(turnTaking)).toBe(0);
  });

  it('still runs each transaction whole: a failing one rolls back, the next commits', async () => {
    await turnTaking.exec('create table t (n int)');
    await expect(
      turnTaking.transaction(async (tx) => {
        await tx.query('insert into t values (1)');
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    await turnTaking.transaction(async (tx) => {
      await tx.query('insert into t values (2)');
    });
    expect((await turnTaking.query<{ n: number }>('select n from t')).rows).toEqual([{ n: 2 }]);
  });
});
