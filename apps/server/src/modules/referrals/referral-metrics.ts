import type { ReferralMetrics, ReferralMetricsRow } from '@tsunagu/contracts/referrals';
import { fiscalYearRange } from '@tsunagu/japan';
import { sql } from 'drizzle-orm';
import type { UserActor } from '../../platform/auth/actor';
import { type Db, queryRows, type Tx } from '../../platform/db/database';
import { runAs, runAsSystem } from '../../platform/db/scope';
import { assertThat } from '../../platform/errors';
import { canSeeAllReferralMetrics } from './referrals.policy';

type Raw = {
  agency_id: string | null;
  sent: number;
  received: number;
  median_hours: number | null;
  in_time: number;
  ownerless_days: number | null;
  escalations: number;
  households: number;
  hops: number;
};

/**
 * The figures of contracts' referralMetricsRowSchema for the referrals sent in the 年度 (dates in
 * Japan), per agency (`byAgency`) or for the whole city. Aggregates only: no personal data.
 */
async function measure(tx: Tx, tenantId: string, fiscalYear: number, now: Date, byAgency: boolean) {
  const { start, end } = fiscalYearRange(fiscalYear);
  const key = (column: string) => (byAgency ? sql.raw(column) : sql`null::uuid`);
  return queryRows<Raw>(
    tx,
    sql`with r as (
      select *, (sent_at at time zone 'Asia/Tokyo')::date as sent_on from referrals
      where tenant_id = ${tenantId}
    ), fy as (select * from r where sent_on between ${start} and ${end}),
    sent as (select ${key('from_agency_id')} as a, count(*)::int as n from fy group by 1),
    recv as (
      select ${key('to_agency_id')} as a,
        count(*)::int as received,
        percentile_cont(0.5) within group (order by extract(epoch from accepted_at - sent_at) / 3600)
          filter (where accepted_at is not null) as median_hours,
        count(*) filter (where accepted_at is not null
          and (accepted_at at time zone 'Asia/Tokyo')::date <= accept_due_on)::int as in_time,
        avg(extract(epoch from coalesce(accepted_at,
          case when state in ('handed_on', 'escalated') then closed_at end, ${now.toISOString()}::timestamptz)
          - sent_at) / 86400) as ownerless_days,
        count(*) filter (where state = 'escalated')::int as escalations
      from fy group by 1
    ),
    chains as (
      select ${key('first.from_agency_id')} as a, count(distinct first.household_id)::int as households,
        coalesce(sum((select max(c.hop) from r c where c.chain_id = first.id)), 0)::int as hops
      from fy first where first.hop = 0 group by 1
    ),
    keys as (select a from sent union select a from recv union select a from chains)
    select k.a as agency_id, coalesce(s.n, 0) as sent, coalesce(v.received, 0) as received,
      v.median_hours, coalesce(v.in_time, 0) as in_time, v.ownerless_days,
      coalesce(v.escalations, 0) as escalations, coalesce(c.households, 0) as households, coalesce(c.hops, 0) as hops
    from keys k
    left join sent s on s.a is not distinct from k.a
    left join recv v on v.a is not distinct from k.a
    left join chains c on c.a is not distinct from k.a`,
  );
}

const round = (n: number | null, digits: number) =>
  n === null || n === undefined ? null : Math.round(Number(n) * 10 ** digits) / 10 ** digits;

function present(raw: Raw | undefined, agencyId: string | null, agencyName: string): ReferralMetricsRow {
  const received = Number(raw?.received ?? 0);
  const households = Number(raw?.households ?? 0);
  return {
    agencyId,
    agencyName,
    sent: Number(raw?.sent ?? 0),
    received,
    medianHoursToAccept: round(raw?.median_hours ?? null, 1),
    acceptedInTimeRate: received ? round(Number(raw?.in_time ?? 0) / received, 3) : null,
    hopsPerHousehold: households ? round(Number(raw?.hops ?? 0) / households, 2) : null,
    ownerlessDays: round(raw?.ownerless_days ?? null, 1),
    escalations: Number(raw?.escalations ?? 0),
  };
}

/**
 * Referral figures per agency for a 年度 and the city total. Coordinators, planners and admins see
 * every agency; other agency users their own agency and the total.
 */
export async function referralMetrics(
  db: Db,
  actor: UserActor,
  fiscalYear: number,
): Promise<ReferralMetrics> {
  const all = canSeeAllReferralMetrics(actor);
  assertThat(all || actor.agencyId !== null, 'forbidden');
  const names = await runAs(db, actor, (tx) =>
    queryRows<{ id: string; name: string }>(tx, sql`select id, name from agencies order by name_kana`),
  );
  const now = new Date();
  const [perAgency, [total]] = await runAsSystem(db, async (tx) => [
    await measure(tx, actor.tenantId, fiscalYear, now, true),
    await measure(tx, actor.tenantId, fiscalYear, now, false),
  ]);
  const byId = new Map(perAgency.map((r) => [r.agency_id, r]));
  const rows = names
    .filter((a) => byId.has(a.id) && (all || a.id === actor.agencyId))
    .map((a) => present(byId.get(a.id), a.id, a.name));
  return { fiscalYear, rows, total: present(total, null, '合計') };
}
