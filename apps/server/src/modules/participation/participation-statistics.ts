import type { ParticipationStatisticsRow } from '@tsunagu/contracts/participation';
import { sql } from 'drizzle-orm';
import { textArray } from '../../platform/db/array-params';
import { queryRows, type Tx } from '../../platform/db/database';
import { fiscalYearSql as fiscalYear } from '../../platform/db/fiscal-year-sql';
import { oneByOne } from '../../platform/db/scope';
import { percent } from '../plan/survey-metrics';

/** Which programmes to count: the given codes, those owned by a division, or all. */
export type ProgrammeScope = { codes: readonly string[] } | { divisionCode: string } | { all: true };

function programmes(tenantId: string, scope: ProgrammeScope) {
  if ('codes' in scope) return sql`select unnest(${textArray(scope.codes)})`;
  return 'divisionCode' in scope
    ? sql`select code from employment_programmes where tenant_id = ${tenantId} and division_code = ${scope.divisionCode}`
    : sql`select code from employment_programmes where tenant_id = ${tenantId}`;
}

type Counted = { fy: number | string; n: number | string };
type Retention = { fy: number | string; base: number | string; kept: number | string };

/**
 * The programme figures per 年度 (FIGURES.md §3), from the records, as the system (aggregates only):
 * - registrations: participants registered in the 年度;
 * - placements: job placements that started in the 年度;
 * - 定着率: of the job placements whose 6-month point fell in the 年度 and whose outcome is known
 *   (the 6-month follow-up recorded, or the job ended before it), the share still in work at the
 *   6-month follow-up — one decimal, half up; placements still awaiting the follow-up are left out;
 * - employers (cumulative): employers registered up to the end of the 年度, withdrawn ones included.
 */
export async function computeParticipationStatistics(
  tx: Tx,
  tenantId: string,
  scope: ProgrammeScope,
  from: number,
  to: number,
): Promise<ParticipationStatisticsRow[]> {
  const inScope = programmes(tenantId, scope);
  const [registrations, placements, retention, employersBefore, employersPer] = await oneByOne(
    () =>
      queryRows<Counted>(
        tx,
        sql`select ${fiscalYear('registered_on')} as fy, count(*) as n from participants
        where tenant_id = ${tenantId} and programme_code in (${inScope}) group by 1`,
      ),
    () =>
      queryRows<Counted>(
        tx,
        sql`select ${fiscalYear('m.placed_on')} as fy, count(*) as n from matches m
        join participants p on p.id = m.participant_id
        where m.tenant_id = ${tenantId} and m.opening_id is not null and m.placed_on is not null
          and p.programme_code in (${inScope}) group by 1`,
      ),
    () =>
      queryRows<Retention>(
        tx,
        sql`select ${fiscalYear('f.due_on')} as fy,
          count(*) filter (where f.done_on is not null or m.ended_on < f.due_on) as base,
          count(*) filter (where f.done_on is not null and f.still_working
            and (m.ended_on is null or m.ended_on >= f.due_on)) as kept
        from retention_follow_ups f
        join matches m on m.id = f.match_id
        join participants p on p.id = f.participant_id
        where f.tenant_id = ${tenantId} and f.month = 6 and p.programme_code in (${inScope}) group by 1`,
      ),
    () =>
      queryRows<{ n: number | string }>(
        tx,
        sql`select count(*) as n from employers where tenant_id = ${tenantId}
        and programme_code in (${inScope}) and registered_on < ${`${from}-04-01`}`,
      ),
    () =>
      queryRows<Counted>(
        tx,
        sql`select ${fiscalYear('registered_on')} as fy, count(*) as n from employers
        where tenant_id = ${tenantId} and programme_code in (${inScope})
          and registered_on >= ${`${from}-04-01`} group by 1`,
      ),
  );
  const of = (list: Counted[], fy: number) => Number(list.find((r) => Number(r.fy) === fy)?.n ?? 0);
  let employers = Number(employersBefore[0]?.n ?? 0);
  const rows: ParticipationStatisticsRow[] = [];
  for (let fy = from; fy <= to; fy++) {
    const r = retention.find((x) => Number(x.fy) === fy);
    const base = Number(r?.base ?? 0);
    const kept = Number(r?.kept ?? 0);
    employers += of(employersPer, fy);
    rows.push({
      fiscalYear: fy,
      registrations: of(registrations, fy),
      placements: of(placements, fy),
      retentionRate: percent(kept, base),
      retentionBase: base,
      retained: kept,
      employersCumulative: employers,
    });
  }
  return rows;
}

/**
 * Persons supported by each programme in a 年度 (FIGURES.md §5): participants whose registration was
 * open at some time in the 年度 (registered before its end, not closed before its start).
 */
export async function supportedPerProgramme(tx: Tx, tenantId: string, fy: number) {
  const rows = await queryRows<{ code: string; n: number | string }>(
    tx,
    sql`select programme_code as code, count(distinct person_id) as n from participants
      where tenant_id = ${tenantId} and registered_on <= ${`${fy + 1}-03-31`}
        and (closed_on is null or closed_on >= ${`${fy}-04-01`})
      group by 1`,
  );
  return new Map(rows.map((r) => [r.code, Number(r.n)]));
}

/** Employers registered with the scope's programmes and not withdrawn at the end of each 年度. */
export async function employersActive(
  tx: Tx,
  tenantId: string,
  scope: ProgrammeScope,
  from: number,
  to: number,
) {
  const out = new Map<number, number>();
  for (let fy = from; fy <= to; fy++) {
    const end = `${fy + 1}-03-31`;
    const rows = await queryRows<{ n: number | string }>(
      tx,
      sql`select count(*) as n from employers where tenant_id = ${tenantId}
        and programme_code in (${programmes(tenantId, scope)})
        and registered_on <= ${end} and (withdrawn_on is null or withdrawn_on > ${end})`,
    );
    out.set(fy, Number(rows[0]?.n ?? 0));
  }
  return out;
}
