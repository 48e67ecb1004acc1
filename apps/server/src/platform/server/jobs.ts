import { sweepReferrals } from '../../modules/referrals/referral-sweep';
import { sealAuditChain } from '../audit/chain';
import type { Db } from '../db/database';
import type { MailSender } from '../mail/mail';

const SEAL_INTERVAL_MS = 2000;

/** Where a failed round is reported: by the error's name only (no message, which could carry data). */
export type JobLog = { warn: (fields: { errName: string }, message: string) => void };

/**
 * The scheduled work of a server: sealing the audit chain and the referral sweep. Both are safe on
 * several servers against one PostgreSQL (the sealer takes an advisory lock; the sweep's changes are
 * conditional updates). Returns the stop function.
 */
export function startJobs(db: Db, mail: MailSender, log: JobLog, sweepIntervalMs: number): () => void {
  const sealer = setInterval(() => {
    sealAuditChain(db).catch((e: Error) => log.warn({ errName: e.name }, 'audit sealing failed; will retry'));
  }, SEAL_INTERVAL_MS);
  // Overdue and bouncing referrals escalate by themselves.
  const sweep = () =>
    sweepReferrals(db, mail).catch((e: Error) =>
      log.warn({ errName: e.name }, 'referral sweep failed; will retry'),
    );
  void sweep();
  const sweeper = setInterval(sweep, sweepIntervalMs);
  return () => {
    clearInterval(sealer);
    clearInterval(sweeper);
  };
}
