import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  PGlite,
  parse,
  protocol,
  type QueryOptions,
  type Results,
  type Transaction,
} from '@electric-sql/pglite';
import { MAX_PREPARED_PER_CONNECTION, statementName } from './prepared';

const { serialize } = protocol;
/** Each call into the database skips PGlite's file sync, as its own query() does between steps. */
const STEP = { syncToFs: false } as const;

type Prepared = { name: string; paramTypes: number[] };

/**
 * PGlite as the server runs it. Two things differ from PGlite's own behaviour:
 *
 * - **Turns.** PGlite runs each statement synchronously and hands its lock from one waiting
 *   transaction to the next in promise callbacks, so under load the whole queue of transactions ran
 *   as one uninterrupted task: no request read, no answer sent, no timer run for a second and more
 *   (the read load at 50 connections, where some requests waited past 10 s). The event loop now turns
 *   once at the start of every transaction, so requests are read while others wait for the lock and
 *   are answered in about the order they came.
 * - **Named statements.** PGlite's query() parses, rewrites (row-level security) and plans every
 *   statement anew, in six calls into the database. A parameterised statement is now parsed once as a
 *   named statement (as on PostgreSQL, prepared.ts: at most that many texts) and then run by one call
 *   (bind, describe, execute and sync together): the household page's database time fell by a third.
 */
export class ServerPGlite extends PGlite {
  readonly #prepared = new Map<string, Prepared>();

  override transaction<T>(callback: (tx: Transaction) => Promise<T>): Promise<T> {
    return super.transaction(async (tx) => {
      await nextTurn();
      const query = <R>(text: string, params?: unknown[], options?: QueryOptions) =>
        params?.length && !options?.blob && this.#mayName(text)
          ? this.#runNamed<R>(text, params, options)
          : tx.query<R>(text, params, options);
      return callback(Object.assign(Object.create(tx) as Transaction, { query }));
    });
  }

  /** A statement outside a transaction (a session's lookup, a search's index step): named the same way. */
  override async query<R>(text: string, params?: unknown[], options?: QueryOptions): Promise<Results<R>> {
    if (!params?.length || options?.blob || !this.#mayName(text))
      return super.query<R>(text, params, options);
    await this._checkReady();
    const result = await this._runExclusiveTransaction(() => this.#runNamed<R>(text, params, options));
    await this.syncToFs();
    return result;
  }

  /** A text already named, or room for one more (a text with a varying literal must not grow memory). */
  #mayName(text: string): boolean {
    return this.#prepared.has(text) || this.#prepared.size < MAX_PREPARED_PER_CONNECTION;
  }

  /**
   * Runs a parameterised statement as a named statement. The caller holds PGlite's transaction lock (it
   * is inside a transaction, or is a statement outside one); this takes the statement lock as query() does.
   */
  async #runNamed<R>(text: string, params: unknown[], options?: QueryOptions): Promise<Results<R>> {
    return this._runExclusiveQuery(async () => {
      const statement = this.#prepared.get(text) ?? (await this.#prepare(text, options));
      const values = params.map((value, i) => {
        if (value === null || value === undefined) return null;
        const type = statement.paramTypes[i]!;
        const serializer = options?.serializers?.[type] ?? this.serializers[type];
        return serializer ? serializer(value) : String(value);
      });
      const messages = await this.execProtocolStream(
        Buffer.concat([
          serialize.bind({ statement: statement.name, values }),
          serialize.describe({ type: 'P' }),
          serialize.execute({}),
          serialize.sync(),
        ]),
        STEP,
      );
      return parse.parseResults(messages, this.parsers, options)[0] as Results<R>;
    });
  }

  /** Parses the text as a named statement and learns its parameter types. */
  async #prepare(text: string, options?: QueryOptions): Promise<Prepared> {
    const name = statementName(text);
    const messages = await this.execProtocolStream(
      Buffer.concat([
        serialize.parse({ name, text, types: options?.paramTypes }),
        serialize.describe({ type: 'S', name }),
        serialize.sync(),
      ]),
      STEP,
    );
    const prepared = { name, paramTypes: parse.parseDescribeStatementResults(messages) };
    this.#prepared.set(text, prepared);
    return prepared;
  }
}
