import type { CodeListName } from '@tsunagu/contracts/settings';
import { eq, sql } from 'drizzle-orm';
import { addressDistricts, agencies, codeListItems, tenants, users } from '../../db/schema';
import { hashPassword } from '../../platform/auth/passwords';
import { analyzeReferenceTables, type Db, queryRows } from '../../platform/db/database';
import { runAsSystem } from '../../platform/db/scope';
import { toValues } from '../agencies/agencies.present';
import { importCommunity } from '../community/community-document';
import { importProgrammes } from '../participation/programme-document';
import { importPlanDocument } from '../plan/plan-document';
import { DEMO_USERS, loadDemoCity } from './demo.data';
import { seedDemoCases } from './demo-cases';
import { seedDemoCommunity } from './demo-community';
import { seedDemoParticipation } from './demo-participation';
import { seedDemoSurvey } from './demo-survey';

/** True when the database holds no tenant yet (a fresh install). */
export async function isEmpty(db: Db): Promise<boolean> {
  const rows = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from tenants`);
  return Number(rows[0]?.n ?? 0) === 0;
}

/**
 * Loads the demo city — districts, divisions, code lists, agencies, one user per role and the city's
 * plan (policies, roadmap, indicators) — in one
 * transaction; with `cases`, also a few invented households and coordinator cases and the 年度's agency
 * survey with a few answers, to show the app with (the test template leaves them out). Refuses to
 * run on a database that already has data.
 */
export async function seedDemo(
  db: Db,
  password: string,
  options: { cases?: boolean } = {},
): Promise<{ tenantId: string; users: typeof DEMO_USERS }> {
  if (!(await isEmpty(db)))
    throw new Error('the database already has data; demo data is only loaded into an empty one');
  const city = loadDemoCity();
  const passwordHash = await hashPassword(password);
  const tenantId = await runAsSystem(db, async (tx) => {
    const [tenant] = await tx.insert(tenants).values(city.tenant).returning({ id: tenants.id });
    const tenantId = tenant!.id;
    const items: (typeof codeListItems.$inferInsert)[] = [];
    const add = (
      list: CodeListName,
      rows: { code: string; nameJa: string; nameEn?: string | undefined }[],
      extra?: (i: number) => object,
    ) => {
      for (const [i, r] of rows.entries()) {
        items.push({
          tenantId,
          list,
          code: r.code,
          labelJa: r.nameJa,
          labelEn: r.nameEn ?? r.nameJa,
          sortOrder: i + 1,
          ...extra?.(i),
        });
      }
    };
    add('welfare_district', city.welfareDistricts);
    add('school_district', city.schoolDistricts, (i) => ({
      parentCode: city.schoolDistricts[i]!.welfareDistrictCode,
      sample: city.schoolDistricts[i]!.sample,
    }));
    add('division', city.divisions);
    add('problem_category', city.problemCategories);
    add('agency_category', city.agencyCategories);
    for (const [list, rows] of Object.entries(city.participation.codeLists)) add(list as CodeListName, rows);
    for (const [list, rows] of Object.entries(city.community.codeLists)) add(list as CodeListName, rows);
    await tx.insert(codeListItems).values(items);
    await tx.insert(addressDistricts).values(city.addressDistricts.map((a) => ({ ...a, tenantId })));
    const inserted = await tx
      .insert(agencies)
      .values(city.agencies.map((a) => ({ ...toValues(a), tenantId })))
      .returning({ id: agencies.id, code: agencies.code });
    const agencyId = new Map(inserted.map((a) => [a.code, a.id]));
    await tx
      .update(tenants)
      .set({ settings: { coordinatorAgencyId: agencyId.get(city.coordinatorAgencyCode) ?? null } })
      .where(eq(tenants.id, tenantId));
    await tx.insert(users).values(
      DEMO_USERS.map((u) => ({
        tenantId,
        email: u.email,
        displayName: u.displayName,
        passwordHash,
        roles: u.roles,
        agencyId: u.agencyCode ? (agencyId.get(u.agencyCode) ?? null) : null,
        divisionCode: u.divisionCode ?? null,
      })),
    );
    await importPlanDocument(tx, tenantId, city.plan);
    await importProgrammes(tx, tenantId, city.participation, agencyId);
    await importCommunity(tx, tenantId, city.community);
    return tenantId;
  });
  await analyzeReferenceTables(db);
  if (options.cases) {
    await seedDemoCases(db, tenantId);
    await seedDemoSurvey(db, tenantId);
    await seedDemoParticipation(db, tenantId);
    await seedDemoCommunity(db, tenantId);
  }
  return { tenantId, users: DEMO_USERS };
}
