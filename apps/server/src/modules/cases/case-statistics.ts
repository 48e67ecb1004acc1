import type { CaseStatistics, CaseStatisticsRow } from '@tsunagu/contracts/cases';
import { CONFERENCE_KINDS } from '@tsunagu/contracts/meetings';
import { fiscalYearOf } from '@tsunagu/japan';
import { sql } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import { type Db, queryRows, type Tx } from '../../platform/db/database';
import { fiscalYearSql } from '../../platform/db/fiscal-year-sql';
import { runAsSystem } from '../../platform/db/scope';

const fiscalYear = fiscalYearSql;

type Counted = { fy: number; n: number | string };

/**
 * The 事業実績 table (FIGURES.md §1), computed from the records:
 * - coordinated / advice-only: triaged cases by the 年度 of their 受付日;
 * - conferences: 複合課題ケース検討会, 重層的支援会議 and 支援会議 held, by the 年度 they were held;
 * - advisors' meetings: アドバイザー会議 held;
 * - contacts: 個別調整 by their date;
 * - unresolved reviews: 検証 of cases closed unresolved, by the review's date.
 * Planned meetings (not yet held) do not count. Aggregates only: no case is read by a person, so this
 * runs as the system for the tenant and any signed-in user may see the table.
 */
export async function computeCaseStatistics(
  tx: Tx,
  tenantId: string,
  from: number,
  to: number,
): Promise<CaseStatistics> {
  const per = (query: ReturnType<typeof sql>) => queryRows<Counted & { k?: string }>(tx, query);
  const cases = await per(sql`select ${fiscalYear('received_on')} as fy, kind as k, count(*) as n from cases
    where tenant_id = ${tenantId} and kind is not null group by 1, 2`);
  const meetings = await per(sql`select ${fiscalYear('held_on')} as fy, kind as k, count(*) as n from meetings
    where tenant_id = ${tenantId} and state in ('held', 'closed') group by 1, 2`);
  const contacts = await per(sql`select ${fiscalYear('contacted_on')} as fy, count(*) as n from case_contacts
    where tenant_id = ${tenantId} group by 1`);
  const reviews = await per(sql`select ${fiscalYear('r.reviewed_on')} as fy, count(*) as n from case_reviews r
    join cases c on c.id = r.case_id where r.tenant_id = ${tenantId} and c.outcome = 'unresolved'
    group by 1`);
  const rows: CaseStatisticsRow[] = [];
  for (let fy = from; fy <= to; fy++) {
    const sum = (list: (Counted & { k?: string })[], keep: (k?: string) => boolean) =>
      list.filter((r) => Number(r.fy) === fy && keep(r.k)).reduce((s, r) => s + Number(r.n), 0);
    const coordinated = sum(cases, (k) => k === 'coordinated');
    const adviceOnly = sum(cases, (k) => k === 'advice_only');
    rows.push({
      fiscalYear: fy,
      coordinated,
      adviceOnly,
      total: coordinated + adviceOnly,
      conferences: sum(meetings, (k) => CONFERENCE_KINDS.includes(k as never)),
      contacts: sum(contacts, () => true),
      advisorMeetings: sum(meetings, (k) => k === 'advisor'),
      unresolvedReviews: sum(reviews, () => true),
    });
  }
  const total = (key: keyof Omit<CaseStatisticsRow, 'fiscalYear'>) => rows.reduce((s, r) => s + r[key], 0);
  return {
    rows,
    totals: {
      coordinated: total('coordinated'),
      adviceOnly: total('adviceOnly'),
      total: total('total'),
      conferences: total('conferences'),
      contacts: total('contacts'),
      advisorMeetings: total('advisorMeetings'),
      unresolvedReviews: total('unresolvedReviews'),
    },
  };
}

/** The first 年度 with any case record, or the current one. */
async function firstFiscalYear(tx: Tx, tenantId: string): Promise<number | null> {
  const [row] = await queryRows<{ d: string | null }>(
    tx,
    sql`select least((select min(received_on) from cases where tenant_id = ${tenantId}),
      (select min(held_on) from meetings where tenant_id = ${tenantId}))::text as d`,
  );
  return row?.d ? fiscalYearOf(row.d) : null;
}

/** The table for the signed-in user's tenant, from the first 年度 on record (or `from`) to `to`. */
export function caseStatistics(
  db: Db,
  actor: Pick<Actor, 'tenantId'>,
  range: { from?: number | undefined; to?: number | undefined },
) {
  return runAsSystem(db, async (tx) => {
    const current = fiscalYearOf(new Date());
    const to = range.to ?? current;
    const from = range.from ?? (await firstFiscalYear(tx, actor.tenantId)) ?? to;
    return computeCaseStatistics(tx, actor.tenantId, Math.min(from, to), to);
  });
}
