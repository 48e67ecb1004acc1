import { sql } from 'drizzle-orm';
import { rows } from './sql';
import type { TestApp } from './test-app';

/** The counts of one 年度 of the 事業実績 table (FIGURES.md §1), less the total (which is derived). */
export type FiscalYearCounts = {
  coordinated: number;
  adviceOnly: number;
  conferences: number;
  contacts: number;
  advisorMeetings: number;
};

/** What the bulk rows hang on: households and people made through the API, a user, an agency, a case. */
export type StatisticsRefs = {
  tenantId: string;
  households: { householdId: string; personId: string }[];
  userId: string;
  agencyId: string;
  /** The case the 個別調整 rows belong to (any case of the tenant). */
  contactCaseId: string;
};

/**
 * Bulk-inserts, as the database owner, the records one 年度 of the 事業実績 table counts: triaged
 * cases of both kinds, held or closed conferences of the three conference kinds, advisors' meetings
 * and 個別調整. Each series is spread evenly from April 1 to March 31, both boundary days included
 * (a series of one falls on April 1). Building thousands of rows through the API would be slow; what
 * the API itself must get right is covered by the API-built records of the statistics test.
 */
export async function insertFiscalYearRecords(
  t: TestApp,
  refs: StatisticsRefs,
  fiscalYear: number,
  counts: FiscalYearCounts,
) {
  const start = `${fiscalYear}-04-01`;
  const end = `${fiscalYear + 1}-03-31`;
  const households = JSON.stringify(refs.households);
  const k = refs.households.length;
  /** The i-th of n dates spread over the 年度, as SQL (i is the generate_series column). */
  const spread = (n: number) =>
    sql`(${start}::date + (i * (${end}::date - ${start}::date)) / ${Math.max(n - 1, 1)}::int)`;

  const insertCases = (kind: 'coordinated' | 'advice_only', n: number) =>
    n > 0 &&
    rows(
      t.db,
      sql`insert into cases (tenant_id, household_id, person_id, source, summary, received_on, kind, stage,
            advice, triaged_at, triaged_by, closed_on, created_by)
          select ${refs.tenantId}::uuid, (${households}::jsonb -> (i % ${k}::int) ->> 'householdId')::uuid,
            (${households}::jsonb -> (i % ${k}::int) ->> 'personId')::uuid, 'direct', '統計用のケース',
            ${spread(n)}, ${kind}::text, ${kind === 'advice_only' ? 'closed' : 'monitoring'}::text,
            ${kind === 'advice_only' ? '窓口を案内' : null}::text, now(), ${refs.userId}::uuid,
            ${kind === 'advice_only' ? spread(n) : sql`null::date`}, ${refs.userId}::uuid
          from generate_series(0, ${n - 1}::int) as i`,
    );
  await insertCases('coordinated', counts.coordinated);
  await insertCases('advice_only', counts.adviceOnly);

  // Conferences rotate through the three kinds counted and through both states that count.
  const insertMeetings = (kinds: string[], n: number) =>
    n > 0 &&
    rows(
      t.db,
      sql`insert into meetings (tenant_id, kind, state, held_on, purpose, minutes, created_by, closed_at)
          select ${refs.tenantId}::uuid, (${JSON.stringify(kinds)}::jsonb ->> (i % ${kinds.length}::int)),
            case when i % 2 = 0 then 'held' else 'closed' end, ${spread(n)}, '統計用の会議', '議事録',
            ${refs.userId}::uuid, case when i % 2 = 0 then null else now() end
          from generate_series(0, ${n - 1}::int) as i`,
    );
  await insertMeetings(['case_conference', 'multi_agency', 'support_council'], counts.conferences);
  await insertMeetings(['advisor'], counts.advisorMeetings);

  if (counts.contacts > 0)
    await rows(
      t.db,
      sql`insert into case_contacts (tenant_id, case_id, agency_id, contacted_on, method, content, recorded_by)
          select ${refs.tenantId}::uuid, ${refs.contactCaseId}::uuid, ${refs.agencyId}::uuid,
            ${spread(counts.contacts)}, (array['visit', 'phone', 'mail', 'meeting'])[1 + i % 4], '統計用の個別調整',
            ${refs.userId}::uuid
          from generate_series(0, ${counts.contacts - 1}::int) as i`,
    );
}
