/**
 * What the benchmark reads back from the seeded database: the tenant's code lists and agencies (the
 * generator's references), the agency ids by code (for the loader) and the demo staff user as an actor.
 */
import { randomUUID } from 'node:crypto';
import { type Role, roleSchema } from '@tsunagu/contracts';
import { type TenantSettings, tenantSettingsSchema } from '@tsunagu/contracts/settings';
import { and, asc, eq, sql } from 'drizzle-orm';
import { agencies, codeListItems, tenants, users } from '../apps/server/src/db/schema';
import type { UserActor } from '../apps/server/src/platform/auth/actor';
import type { Db, Tx } from '../apps/server/src/platform/db/database';
import { runAsSystem } from '../apps/server/src/platform/db/scope';
import type { CityRefs } from './generator';

/** The demo user whose searches are measured (北区中央地域包括支援センター, role agency_staff). */
export const STAFF_EMAIL = 'staff@demo.example';

export type Tenant = {
  tenantId: string;
  refs: CityRefs;
  agencyIdByCode: Map<string, string>;
  actor: UserActor;
  /** The code of the actor's agency (hokatsu-kita-chuo in the demo). */
  actorAgencyCode: string;
  /** The tenant's coordinator desk (setting coordinatorAgencyId), to which escalations are opened. */
  coordinatorAgencyCode: string | null;
  /** The tenant's settings with defaults: the referral deadlines (business days) come from them. */
  settings: TenantSettings;
};

/** A tenant's active code list in its order, as the table owner reads it (the generators' references). */
export function readCodeList(tx: Tx, tenantId: string, name: string) {
  return tx
    .select()
    .from(codeListItems)
    .where(
      and(eq(codeListItems.tenantId, tenantId), eq(codeListItems.list, name), eq(codeListItems.active, true)),
    )
    .orderBy(asc(codeListItems.sortOrder), asc(codeListItems.code));
}

/** Reads the tenant, its references and the staff actor, as the table owner (no row-level security). */
export function readTenant(db: Db): Promise<Tenant> {
  return runAsSystem(db, async (tx) => {
    const [user] = await tx
      .select()
      .from(users)
      .where(eq(sql`lower(${users.email})`, STAFF_EMAIL))
      .limit(1);
    if (!user?.agencyId) throw new Error(`${STAFF_EMAIL} with an agency was not found: is the demo seeded?`);
    const tenantId = user.tenantId;
    const list = (name: string) => readCodeList(tx, tenantId, name);
    const welfare = await list('welfare_district');
    const schools = await list('school_district');
    const problems = await list('problem_category');
    const agencyRows = await tx
      .select({
        id: agencies.id,
        code: agencies.code,
        categoryCode: agencies.categoryCode,
        districts: agencies.districts,
        fields: agencies.fields,
      })
      .from(agencies)
      .where(eq(agencies.tenantId, tenantId))
      .orderBy(asc(agencies.code));
    const actorAgencyCode = agencyRows.find((a) => a.id === user.agencyId)?.code;
    if (!actorAgencyCode) throw new Error(`the agency of ${STAFF_EMAIL} is missing`);
    const [tenant] = await tx.select().from(tenants).where(eq(tenants.id, tenantId)).limit(1);
    const settings = tenantSettingsSchema.parse(tenant?.settings ?? {});
    const deskId = settings.coordinatorAgencyId;
    const roles: Role[] = user.roles.map((r) => roleSchema.parse(r));
    return {
      tenantId,
      refs: {
        welfareDistricts: welfare.map((w) => ({ code: w.code, labelJa: w.labelJa })),
        schoolDistricts: schools.map((s) => ({
          code: s.code,
          labelJa: s.labelJa,
          welfareDistrictCode: s.parentCode ?? '',
        })),
        problemCategories: problems.map((p) => ({ code: p.code, labelJa: p.labelJa })),
        agencies: agencyRows.map(({ id: _id, ...a }) => a),
      },
      agencyIdByCode: new Map(agencyRows.map((a) => [a.code, a.id])),
      actor: {
        kind: 'user',
        tenantId,
        userId: user.id,
        sessionId: randomUUID(),
        agencyId: user.agencyId,
        divisionCode: user.divisionCode,
        roles,
      },
      actorAgencyCode,
      coordinatorAgencyCode: agencyRows.find((a) => a.id === deskId)?.code ?? null,
      settings,
    };
  });
}
