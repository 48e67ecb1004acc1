import { setImmediate as nextTurn } from 'node:timers/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';

/**
 * PGlite that lets the event loop turn once at the start of every transaction. PGlite runs each
 * statement synchronously and hands its lock from one waiting transaction to the next in promise
 * callbacks, so under load the whole queue of transactions ran as one uninterrupted task: no request
 * read, no answer sent, no timer run for a second and more (the read load at 50 connections, where
 * some requests waited past 10 s). With a turn per transaction, requests are read while others wait
 * for the lock and are answered in about the order they came.
 */
export class TurnTakingPGlite extends PGlite {
  override transaction<T>(callback: (tx: Transaction) => Promise<T>): Promise<T> {
    return super.transaction(async (tx) => {
      await nextTurn();
      return callback(tx);
    });
  }
}
