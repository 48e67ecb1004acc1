/**
 * What must hold of the whole database by design, whatever was killed when: each invariant a named
 * query returning the rows that break it (none, if it holds). They are about the records written as
 * one transaction — a referral and its history, a hop chain, an intake and its household, a case and
 * its team, a plan and its tasks — so a half-written one shows up here.
 */

/** A named invariant: the query returns one row per violation (first column: the offending id). */
export type Invariant = { name: string; holds: string; sql: string };

const lastEvent = `(select e.to_state from referral_events e where e.referral_id = r.id order by e.id desc limit 1)`;

export const INVARIANTS: Invariant[] = [
  {
    name: 'referral_opened_once',
    holds: 'every referral has exactly one send event, and it is the first',
    sql: `select r.id from referrals r
      where (select count(*) from referral_events e where e.referral_id = r.id and e.action = 'send') <> 1
         or (select e.action from referral_events e where e.referral_id = r.id order by e.id limit 1)
            is distinct from 'send'`,
  },
  {
    name: 'referral_state_is_history',
    holds: "a referral's state is its last event's, and its version counts its events",
    sql: `select r.id, r.state, ${lastEvent} as last_event from referrals r
      where r.state is distinct from ${lastEvent}
         or r.version <> (select count(*) from referral_events e where e.referral_id = r.id)`,
  },
  {
    name: 'handed_on_has_next_hop',
    holds: 'a handed-on referral names its next hop, which exists and continues it',
    sql: `select r.id from referrals r left join referrals n on n.id = r.next_referral_id
      where (r.state = 'handed_on') <> (r.next_referral_id is not null)
         or (r.state = 'handed_on' and (n.id is null or n.parent_id is distinct from r.id
             or n.chain_id <> r.chain_id or n.hop <> r.hop + 1 or n.household_id <> r.household_id
             or n.from_agency_id <> r.to_agency_id))`,
  },
  {
    name: 'hop_chain_continuous',
    holds: 'a first hop starts its chain; every later hop follows its handed-on parent',
    sql: `select r.id from referrals r left join referrals p on p.id = r.parent_id
      where (r.parent_id is null and (r.hop <> 0 or r.chain_id <> r.id))
         or (r.parent_id is not null and (p.id is null or p.state <> 'handed_on'
             or p.next_referral_id is distinct from r.id or p.chain_id <> r.chain_id or r.hop <> p.hop + 1
             or r.chain_started_at <> p.chain_started_at))`,
  },
  {
    name: 'referral_receiver_linked',
    holds: 'the receiving agency of every referral got its live link to the household',
    sql: `select r.id from referrals r where not exists (select 1 from live_links l
      where l.source_type = 'referral' and l.source_id = r.id and l.agency_id = r.to_agency_id
        and l.household_id = r.household_id)`,
  },
  {
    name: 'escalated_exactly_once',
    holds: 'an escalated referral has one escalation event; no other referral has any',
    sql: `select r.id, count(e.id) as escalations from referrals r
      left join referral_events e on e.referral_id = r.id and e.action in ('escalate', 'auto_escalate')
      group by r.id, r.state having (r.state = 'escalated') <> (count(e.id) = 1)`,
  },
  {
    name: 'notified_once',
    holds: 'nobody is told twice that the same referral escalated or went overdue',
    sql: `select referral_id, user_id, kind, count(*) as n from notifications
      where kind in ('referral_escalated', 'referral_overdue')
      group by referral_id, user_id, kind having count(*) > 1`,
  },
  {
    name: 'intake_complete',
    holds: 'an intake has its household members, one main problem, problems of members, its live link',
    sql: `select i.id from intakes i
      where not exists (select 1 from household_members m where m.household_id = i.household_id)
         or (select count(*) from intake_problems p where p.intake_id = i.id and p.is_main) <> 1
         or exists (select 1 from intake_problems p where p.intake_id = i.id and (p.household_id <> i.household_id
             or not exists (select 1 from household_members m
               where m.household_id = p.household_id and m.person_id = p.person_id)))
         or not exists (select 1 from live_links l where l.source_type = 'intake' and l.source_id = i.id
             and l.agency_id = i.agency_id and l.household_id = i.household_id)`,
  },
  {
    name: 'household_has_members',
    holds: 'no household without members',
    sql: `select h.id from households h
      where not exists (select 1 from household_members m where m.household_id = h.id)`,
  },
  {
    name: 'case_triaged_whole',
    holds: 'a triaged case has its kind; a coordinated one its 全体調整 team row; an escalation its referral',
    sql: `select c.id from cases c
      where (c.stage = 'triage') <> (c.kind is null)
         or (c.kind is not null and c.triaged_at is null)
         or (c.source = 'escalation' and not exists (select 1 from referrals r
             where r.id = c.referral_id and r.state = 'escalated'))
         or (c.kind = 'coordinated' and not exists (select 1 from case_team t
             where t.case_id = c.id and t.role = 'overall_coordination'))`,
  },
  {
    name: 'escalation_case_marked',
    holds: 'an escalation is marked as having its case exactly when a case was opened from it',
    sql: `select r.id from referrals r
      where (r.case_opened_at is not null) <> exists (select 1 from cases c where c.referral_id = r.id)`,
  },
  {
    name: 'case_team_linked',
    holds: "every team row gave its agency a live link to the case's household",
    sql: `select t.id from case_team t join cases c on c.id = t.case_id
      where not exists (select 1 from live_links l where l.source_type = 'case_team' and l.source_id = t.id
        and l.agency_id = t.agency_id and l.household_id = c.household_id)`,
  },
  {
    name: 'plan_versions_continuous',
    holds: "a case's plan versions are 1..n, at most one approved",
    sql: `select case_id from support_plans group by case_id
      having min(version) <> 1 or max(version) <> count(*) or count(*) filter (where state = 'approved') > 1`,
  },
  {
    name: 'approved_plan_scheduled',
    holds: 'an approved plan has one task per action and one monitoring per date, of its own case',
    sql: `select p.id from support_plans p where p.state = 'approved' and (
        (select count(*) from action_items a where a.plan_id = p.id) <> jsonb_array_length(p.actions)
        or (select count(*) from monitorings m where m.plan_id = p.id) <> cardinality(p.monitoring_dates)
        or exists (select 1 from action_items a where a.plan_id = p.id and a.case_id is distinct from p.case_id)
        or exists (select 1 from monitorings m where m.plan_id = p.id and m.case_id <> p.case_id))`,
  },
  {
    name: 'case_stage_follows_plan',
    holds: 'a case with a plan is past assessment; a case in monitoring has an approved plan',
    sql: `select c.id, c.stage from cases c
      where (c.stage = 'assessment' and exists (select 1 from support_plans p where p.case_id = c.id))
         or (c.stage = 'monitoring' and not exists (select 1 from support_plans p
             where p.case_id = c.id and p.state = 'approved'))`,
  },
  {
    name: 'person_link_keys_current',
    holds: "each person's search keys are the agencies of their households' unrevoked links",
    sql: `select p.id from persons p
      where p.link_keys is distinct from coalesce((select array_agg(distinct '@' || l.agency_id::text)
        from household_members m join live_links l on l.household_id = m.household_id
        where m.person_id = p.id and l.revoked_at is null), '{}')`,
  },
  {
    name: 'audit_sealed_once',
    holds: 'no audit event is sealed into the chain twice (one sealer at a time)',
    sql: `select event_id, count(*) as n from audit_chain group by event_id having count(*) > 1`,
  },
];
