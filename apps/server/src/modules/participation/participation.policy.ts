import type { CodeListName, CodeLists } from '@tsunagu/contracts/settings';
import { sql } from 'drizzle-orm';
import type { UserActor } from '../../platform/auth/actor';
import { queryRows, type Tx } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
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

/** Throws a 400 naming each code that is not in its tenant code list. */
export function assertCodes(
  lists: CodeLists,
  checks: readonly [list: CodeListName, codes: readonly (string | null)[], path: string][],
) {
  const issues: { path: string; message: string }[] = [];
  for (const [list, codes, path] of checks) {
    const known = new Set(lists[list].map((i) => i.code));
    for (const code of codes)
      if (code !== null && !known.has(code))
        issues.push({ path, message: `コード「${code}」がありません / unknown code` });
  }
  if (issues.length) throw new AppError('validation_failed', undefined, issues);
}
