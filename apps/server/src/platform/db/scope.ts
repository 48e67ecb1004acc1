import { sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import type { Db, Tx } from './database';

/**
 * Runs fn in a transaction as the actor: the one place where row-level security is keyed.
 * The role switch makes policies apply even when the connection is a superuser (PGlite always is),
 * and the settings are transaction-local, so a pooled connection never carries them to the next request.
 */
export function runAs<T>(db: Db, actor: Actor, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const userId = actor.kind === 'user' ? actor.userId : '';
  const agencyId = actor.kind === 'user' ? (actor.agencyId ?? '') : '';
  const roles = actor.kind === 'user' ? actor.roles.join(',') : '';
  const divisionCode = actor.kind === 'user' ? (actor.divisionCode ?? '') : '';
  return db.transaction(async (tx) => {
    // One round trip: the settings and the role switch (set_config('role') is SET LOCAL ROLE).
    await tx.execute(sql`select set_config('app.tenant_id', ${actor.tenantId}, true),
      set_config('app.user_id', ${userId}, true),
      set_config('app.agency_id', ${agencyId}, true),
      set_config('app.roles', ${roles}, true),
      set_config('app.division_code', ${divisionCode}, true),
      set_config('role', 'tsunagu_app', true)`);
    return fn(tx);
  });
}

/**
 * Runs fn in a transaction as the schema owner, outside row-level security. Only for work that has
 * no actor yet or acts for the system: resolving a session, sign-in, migrations' data, demo seeding,
 * sealing the audit chain, scheduled jobs.
 */
export function runAsSystem<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(fn);
}

/**
 * Opens the meeting context for the rest of the transaction: row-level security then lets an agency
 * attending the meeting read its agenda cases (and their households), and nothing else more. Only the
 * meeting page's read sets it.
 */
export async function enterMeetingContext(tx: Tx, meetingId: string): Promise<void> {
  await tx.execute(sql`select set_config('app.meeting_id', ${meetingId}, true)`);
}

/**
 * Runs the steps of one transaction one after another and gives their results in order, as
 * Promise.all would: a transaction is one connection, which runs one statement at a time (pg warns on
 * a query sent while another runs, and 9.0 refuses it).
 */
export async function oneByOne<T extends unknown[]>(
  ...steps: { [K in keyof T]: () => PromiseLike<T[K]> }
): Promise<T> {
  const results: unknown[] = [];
  for (const step of steps) results.push(await step());
  return results as T;
}
