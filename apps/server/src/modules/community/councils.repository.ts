import { and, eq, sql } from 'drizzle-orm';
import { supportCouncils } from '../../db/schema';
import { queryRows, type Tx } from '../../platform/db/database';

export type CouncilRow = typeof supportCouncils.$inferSelect;

export function councilsOfYear(tx: Tx, fiscalYear: number): Promise<CouncilRow[]> {
  return tx.select().from(supportCouncils).where(eq(supportCouncils.fiscalYear, fiscalYear));
}

export async function findCouncil(tx: Tx, schoolDistrictCode: string, fiscalYear: number) {
  const [row] = await tx
    .select()
    .from(supportCouncils)
    .where(
      and(
        eq(supportCouncils.schoolDistrictCode, schoolDistrictCode),
        eq(supportCouncils.fiscalYear, fiscalYear),
      ),
    )
    .limit(1);
  return row;
}

/** Inserts the 年度's first record of the district; false when one was recorded meanwhile. */
export async function insertCouncil(tx: Tx, values: typeof supportCouncils.$inferInsert): Promise<boolean> {
  const rows = await tx
    .insert(supportCouncils)
    .values(values)
    .onConflictDoNothing({
      target: [supportCouncils.tenantId, supportCouncils.schoolDistrictCode, supportCouncils.fiscalYear],
    })
    .returning({ id: supportCouncils.id });
  return rows.length > 0;
}

/** Councils set up and active per 年度, over every recorded 年度 (or one tenant's, for metrics). */
export async function countsByYear(tx: Tx, tenantId?: string) {
  const rows = await queryRows<{
    fiscal_year: number;
    districts: number;
    established: number;
    active: number;
  }>(
    tx,
    sql`select fiscal_year, count(*)::int as districts,
          count(*) filter (where established)::int as established,
          count(*) filter (where active)::int as active
        from support_councils
        ${tenantId ? sql`where tenant_id = ${tenantId}` : sql``}
        group by fiscal_year order by fiscal_year`,
  );
  return rows.map((r) => ({
    fiscalYear: Number(r.fiscal_year),
    districts: Number(r.districts),
    established: Number(r.established),
    active: Number(r.active),
  }));
}

/** Copies the previous 年度's councils to the 年度 for the districts not yet recorded in it. */
export async function carryForward(
  tx: Tx,
  tenantId: string,
  fiscalYear: number,
  userId: string,
): Promise<number> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`insert into support_councils (tenant_id, division_code, school_district_code, fiscal_year, established,
          established_on, active, activities, promoter_name, updated_by)
        select p.tenant_id, p.division_code, p.school_district_code, ${fiscalYear}, p.established, p.established_on,
          p.active, p.activities, p.promoter_name, ${userId}
        from support_councils p
        where p.tenant_id = ${tenantId} and p.fiscal_year = ${fiscalYear - 1}
        on conflict (tenant_id, school_district_code, fiscal_year) do nothing
        returning id`,
  );
  return rows.length;
}
