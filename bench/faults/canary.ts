/**
 * The check of the check: on a fault run's throwaway database, half-writes are made on purpose — an
 * intake without its problems, a handed-on referral without its next hop, a referral whose state is
 * not its history, a coordinated case without its 全体調整 row, an approved plan without its
 * monitoring, an acknowledged intake removed — and verify() must report each one. A verify() that
 * passed them would pass anything.
 */
import type { Ack } from './chain';
import { type CheckRow, row } from './report';
import { type DbLocation, verify, withOwner } from './verify';

/** Each damage names the invariant that must catch it. */
const DAMAGE: { invariant: string; sql: string }[] = [
  {
    invariant: 'intake_complete',
    sql: `delete from intake_problems where intake_id = (select i.id from intakes i
      where exists (select 1 from intake_problems p where p.intake_id = i.id) order by i.created_at limit 1)
      returning 1`,
  },
  {
    invariant: 'referral_state_is_history',
    sql: `update referrals set state = 'in_progress'
      where id = (select id from referrals where state = 'accepted' order by sent_at limit 1)
      returning 1`,
  },
  {
    // A referral marked handed on without its next hop being opened (any referral: a run may hand none on).
    invariant: 'handed_on_has_next_hop',
    sql: `update referrals set state = 'handed_on'
      where id = (select id from referrals where state <> 'handed_on' order by sent_at limit 1)
      returning 1`,
  },
  {
    invariant: 'case_triaged_whole',
    sql: `delete from case_team where id = (select t.id from case_team t join cases c on c.id = t.case_id
      where c.kind = 'coordinated' and t.role = 'overall_coordination' order by c.created_at limit 1)
      returning 1`,
  },
  {
    // A referral marked as having its case with no case opened from it: were it an escalation, it would
    // drop out of the coordinator's queue with nobody owning it.
    invariant: 'escalation_case_marked',
    sql: `update referrals set case_opened_at = now()
      where id = (select r.id from referrals r
        where not exists (select 1 from cases c where c.referral_id = r.id) order by r.sent_at limit 1)
      returning 1`,
  },
  {
    invariant: 'approved_plan_scheduled',
    sql: `delete from monitorings where plan_id = (select p.id from support_plans p where p.state = 'approved'
      and exists (select 1 from monitorings m where m.plan_id = p.id) order by p.created_at limit 1)
      returning 1`,
  },
];

type IntakeRow = { id: string; household_id: string; members: number; problems: number };

/** Damages the database on purpose and checks verify() reports every damage. */
export async function runCanary(where: DbLocation, label: string): Promise<CheckRow> {
  // The newest intake stands for an acknowledged write, then disappears with its problems.
  const ack = await withOwner(where, async (query) => {
    const [i] = await query<IntakeRow>(`select i.id, i.household_id,
        (select count(*)::int from household_members m where m.household_id = i.household_id) as members,
        (select count(*)::int from intake_problems p where p.intake_id = i.id) as problems
      from intakes i order by i.created_at desc limit 1`);
    if (!i) throw new Error('no intake to stand for an acknowledged write');
    const a: Ack = {
      kind: 'intake',
      intakeId: i.id,
      householdId: i.household_id,
      members: i.members,
      problems: i.problems,
    };
    return a;
  });
  const before = await verify(where, [ack]);
  // A damage that found no record to break (the run made none of its kind) proves nothing.
  const untouched: string[] = [];
  await withOwner(where, async (query) => {
    for (const d of DAMAGE) if ((await query(d.sql)).length === 0) untouched.push(d.invariant);
    const id = `'${ack.kind === 'intake' ? ack.intakeId : ''}'`;
    await query(`delete from intake_problems where intake_id = ${id}`);
    await query(`delete from intakes where id = ${id}`);
  });
  const after = await verify(where, [ack]);
  const missed = DAMAGE.filter(
    (d) => !after.invariants.some((i) => i.name === d.invariant && i.violations > 0),
  );
  const problems = [
    ...(before.ok ? [] : ['the database was not clean before the damage']),
    ...untouched.map((name) => `no record to damage for ${name}`),
    ...missed
      .filter((d) => !untouched.includes(d.invariant))
      .map((d) => `${d.invariant} did not catch: ${d.sql.replace(/\s+/g, ' ')}`),
    ...(after.lost.length === 1
      ? []
      : [`the removed intake was reported lost ${after.lost.length} times, not once`]),
  ];
  return row(
    'verify() catches half-written records (deliberate damage)',
    label,
    problems.length === 0,
    `${DAMAGE.length - missed.length} of ${DAMAGE.length} damages caught, removed ack reported ${after.lost.length === 1 ? 'lost' : 'NOT lost'}`,
    problems,
  );
}
