/**
 * The scheduled referral sweep with two server processes sweeping every second: referrals are aged
 * in the database so that they are bouncing (chain older than 14 days), overdue (past the escalation
 * date) or late (past the accept date only); after several rounds of both sweepers each must have
 * been escalated, or its lateness told, exactly once — one event, one notification per recipient.
 */
import type { Ack, Call, ChainAgencies, ChainSessions } from './chain';
import { referNewHousehold } from './chain';
import type { CheckRow } from './report';
import { row } from './report';
import type { DbLocation } from './verify';
import { withOwner } from './verify';

type Aged = 'bouncing' | 'overdue' | 'late';

const AGEING: Record<Aged, string> = {
  bouncing: `chain_started_at = now() - interval '30 days'`,
  overdue: `accept_due_on = date '2000-01-04', escalate_due_on = date '2000-01-05'`,
  late: `accept_due_on = date '2000-01-04'`,
};

type SweptFacts = {
  id: string;
  state: string;
  escalation_reason: string | null;
  escalations: number;
  escalated_notes: number;
  escalated_users: number;
  overdue_notes: number;
  overdue_users: number;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What is wrong with one swept referral, or null when it was swept exactly as its ageing asks. */
function problemOf(aged: Aged, r: SweptFacts): string | null {
  if (aged === 'late') {
    if (r.state !== 'sent' || r.escalations !== 0)
      return `late only, but ${r.state} with ${r.escalations} escalations`;
    if (r.overdue_users === 0) return 'lateness never told';
    return r.overdue_notes === r.overdue_users
      ? null
      : `${r.overdue_notes} overdue notices to ${r.overdue_users} users`;
  }
  if (r.state !== 'escalated' || r.escalation_reason !== aged) return `${r.state} (${r.escalation_reason})`;
  if (r.escalations !== 1) return `${r.escalations} escalation events`;
  if (r.escalated_users === 0) return 'nobody told of the escalation';
  return r.escalated_notes === r.escalated_users
    ? null
    : `${r.escalated_notes} notices to ${r.escalated_users} users`;
}

/**
 * Makes `perKind` referrals of each ageing through `call` (both servers), ages them in the database,
 * waits `waitMs` (several sweep rounds), and checks each was swept once.
 */
export async function checkSweepOnce(
  call: Call,
  sessions: ChainSessions,
  agencies: ChainAgencies,
  location: DbLocation,
  opts: { perKind: number; waitMs: number; ack: (a: Ack) => void },
): Promise<CheckRow> {
  const aged: { id: string; kind: Aged }[] = [];
  for (const kind of Object.keys(AGEING) as Aged[]) {
    for (let i = 0; i < opts.perKind; i++) {
      const { referralId } = await referNewHousehold(call, sessions, agencies, opts.ack);
      aged.push({ id: referralId, kind });
    }
  }
  const facts = await withOwner(location, async (query) => {
    for (const kind of Object.keys(AGEING) as Aged[]) {
      const ids = aged.filter((a) => a.kind === kind).map((a) => `'${a.id}'`);
      await query(`update referrals set ${AGEING[kind]} where id in (${ids.join(', ')})`);
    }
    await sleep(opts.waitMs);
    return query<SweptFacts>(`select r.id, r.state, r.escalation_reason,
        (select count(*)::int from referral_events e where e.referral_id = r.id and e.action = 'auto_escalate') as escalations,
        (select count(*)::int from notifications n where n.referral_id = r.id and n.kind = 'referral_escalated') as escalated_notes,
        (select count(distinct n.user_id)::int from notifications n where n.referral_id = r.id and n.kind = 'referral_escalated') as escalated_users,
        (select count(*)::int from notifications n where n.referral_id = r.id and n.kind = 'referral_overdue') as overdue_notes,
        (select count(distinct n.user_id)::int from notifications n where n.referral_id = r.id and n.kind = 'referral_overdue') as overdue_users
      from referrals r where r.id in (${aged.map((a) => `'${a.id}'`).join(', ')})`);
  });
  const byId = new Map(facts.map((f) => [f.id, f]));
  const problems = aged.flatMap((a) => {
    const f = byId.get(a.id);
    const p = f ? problemOf(a.kind, f) : 'referral missing';
    return p ? [`${a.kind} ${a.id}: ${p}`] : [];
  });
  const escalated = facts.filter((f) => f.state === 'escalated').length;
  const notices = facts.reduce((n, f) => n + f.escalated_notes + f.overdue_notes, 0);
  return row(
    'scheduled sweep on two servers runs once per referral',
    'PostgreSQL',
    problems.length === 0,
    `${aged.length} aged referrals (${opts.perKind} bouncing, ${opts.perKind} overdue, ${opts.perKind} late), ${escalated} escalated, ${notices} notifications, after ${opts.waitMs / 1000} s of 1 s sweeps on each server`,
    problems,
  );
}
