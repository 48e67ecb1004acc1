import { sql } from 'drizzle-orm';
import type { UserActor } from '../../platform/auth/actor';
import { queryRows, type Tx } from '../../platform/db/database';
import { canEnterPerson } from '../households/households.policy';

/** Front-line staff of an agency register people for participation support (as they record intakes). */
export function canRegisterParticipant(actor: UserActor): boolean {
  return canEnterPerson(actor);
}

/**
 * Whether the actor works in an employment programme (its agency is one of a programme's, or the actor
 * is programme staff): they keep employers, openings, places and fairs. The database decides, with the
 * same function its policies use.
 */
export async function worksInParticipation(tx: Tx): Promise<boolean> {
  const rows = await queryRows<{ ok: boolean }>(tx, sql`select app_works_in_participation() as ok`);
  return Boolean(rows[0]?.ok);
}

export { assertCodes } from '../settings/code-checks';
