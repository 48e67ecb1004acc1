/**
 * Every acknowledged write must be in the database with its parts: the intake with its household,
 * members and problems; the referral with its history and live link; the hand-on with its next hop;
 * the case with its team rows; the plan with its tasks and monitoring dates. One query per kind of
 * record reads what is there; each ack is compared with it.
 */
import type { Ack } from './chain';

/** Runs a query as the database owner and returns its rows. */
export type Query = <T>(sql: string) => Promise<T[]>;

/** An acknowledged write that is missing, or present without all its parts. */
export type Lost = { ack: Ack; problem: string };

type IntakeFacts = { id: string; household_id: string; members: number; problems: number; audited: boolean };
type ReferralFacts = {
  id: string;
  household_id: string;
  to_agency_id: string;
  state: string;
  next_referral_id: string | null;
  actions: string[];
  linked: boolean;
};
type CaseFacts = { id: string; household_id: string; kind: string | null; team: string[] };
type PlanFacts = {
  id: string;
  case_id: string;
  version: number;
  state: string;
  tasks: number;
  monitorings: number;
};

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

/** Reads the facts of every intake, referral, case and plan (the owner bypasses row-level security). */
async function readFacts(query: Query) {
  const [intakes, referrals, cases, plans] = await Promise.all([
    query<IntakeFacts>(`select i.id, i.household_id,
        (select count(*)::int from household_members m where m.household_id = i.household_id) as members,
        (select count(*)::int from intake_problems p where p.intake_id = i.id) as problems,
        exists (select 1 from audit_events a where a.entity_type = 'intake' and a.entity_id = i.id::text
          and a.action = 'intake.created') as audited
      from intakes i`),
    query<ReferralFacts>(`select r.id, r.household_id, r.to_agency_id, r.state, r.next_referral_id,
        array(select e.action from referral_events e where e.referral_id = r.id order by e.id) as actions,
        exists (select 1 from live_links l where l.source_type = 'referral' and l.source_id = r.id
          and l.agency_id = r.to_agency_id) as linked
      from referrals r`),
    query<CaseFacts>(`select c.id, c.household_id, c.kind,
        array(select t.role || ':' || t.agency_id from case_team t
          join live_links l on l.source_type = 'case_team' and l.source_id = t.id
          where t.case_id = c.id) as team
      from cases c`),
    query<PlanFacts>(`select p.id, p.case_id, p.version, p.state,
        (select count(*)::int from action_items a where a.plan_id = p.id) as tasks,
        (select count(*)::int from monitorings m where m.plan_id = p.id) as monitorings
      from support_plans p`),
  ]);
  return { intakes: byId(intakes), referrals: byId(referrals), cases: byId(cases), plans: byId(plans) };
}

type Facts = Awaited<ReturnType<typeof readFacts>>;

/** What is wrong with one ack against the facts, or null when it is all there. */
function problemOf(a: Ack, f: Facts): string | null {
  switch (a.kind) {
    case 'intake': {
      const i = f.intakes.get(a.intakeId);
      if (!i) return 'intake missing';
      if (i.household_id !== a.householdId) return 'intake of another household';
      if (i.members !== a.members) return `${i.members} of ${a.members} members`;
      if (i.problems !== a.problems) return `${i.problems} of ${a.problems} problems`;
      return i.audited ? null : 'no audit record';
    }
    case 'referral': {
      const r = f.referrals.get(a.id);
      if (!r) return 'referral missing';
      if (r.household_id !== a.householdId || r.to_agency_id !== a.toAgencyId) return 'referral altered';
      if (r.actions[0] !== 'send') return 'no send event';
      return r.linked ? null : "receiver's live link missing";
    }
    case 'accept': {
      const r = f.referrals.get(a.id);
      if (!r) return 'referral missing';
      return r.state === 'accepted' && r.actions.includes('accept')
        ? null
        : `state ${r.state}, no accept event`;
    }
    case 'hand_on': {
      const r = f.referrals.get(a.id);
      if (!r) return 'referral missing';
      if (r.state !== 'handed_on' || r.next_referral_id !== a.nextId)
        return `state ${r.state}, next ${r.next_referral_id}`;
      if (!r.actions.includes('hand_on')) return 'no hand_on event';
      const next = f.referrals.get(a.nextId);
      return next?.actions[0] === 'send' ? null : 'next hop missing or without its send event';
    }
    case 'case': {
      const c = f.cases.get(a.id);
      if (!c) return 'case missing';
      return c.household_id === a.householdId ? null : 'case of another household';
    }
    case 'triage': {
      const c = f.cases.get(a.caseId);
      if (!c) return 'case missing';
      if (c.kind !== 'coordinated') return `kind ${c.kind}`;
      return c.team.some((t) => t.startsWith('overall_coordination:')) ? null : 'no 全体調整 team row';
    }
    case 'team': {
      const c = f.cases.get(a.caseId);
      if (!c) return 'case missing';
      return c.team.includes(`person_support:${a.agencyId}`) ? null : 'team row or its live link missing';
    }
    case 'plan': {
      const p = f.plans.get(a.planId);
      if (!p) return 'plan missing';
      return p.case_id === a.caseId && p.version === a.version ? null : 'plan of another case or version';
    }
    case 'approve': {
      const p = f.plans.get(a.planId);
      if (!p) return 'plan missing';
      if (p.state !== 'approved') return `plan ${p.state}`;
      if (p.tasks !== a.actions || p.monitorings !== a.monitorings)
        return `${p.tasks}/${a.actions} tasks, ${p.monitorings}/${a.monitorings} monitorings`;
      return null;
    }
  }
}

/** Every ack that is not in the database with all its parts. */
export async function findLost(query: Query, acks: Ack[]): Promise<Lost[]> {
  const facts = await readFacts(query);
  const lost: Lost[] = [];
  for (const ack of acks) {
    const problem = problemOf(ack, facts);
    if (problem) lost.push({ ack, problem });
  }
  return lost;
}
