import {
  CODE_LISTS,
  type CodeListItem,
  type CodeListItemInput,
  type CodeListName,
  type CodeLists,
  type TenantSettings,
  tenantSettingsSchema,
} from '@tsunagu/contracts/settings';
import type { codeListItems } from '../../db/schema';
import { recordAudit } from '../../platform/audit/audit';
import { type Actor, hasRole } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { runAs, runAsSystem } from '../../platform/db/scope';
import { AppError, assertThat } from '../../platform/errors';
import { findAgency } from '../agencies/agencies.repository';
import * as repo from './settings.repository';

function present(row: typeof codeListItems.$inferSelect): CodeListItem {
  return {
    id: row.id,
    list: row.list as CodeListName,
    code: row.code,
    labelJa: row.labelJa,
    labelEn: row.labelEn,
    parentCode: row.parentCode,
    sample: row.sample,
    active: row.active,
    sortOrder: row.sortOrder,
    version: row.version,
  };
}

/** Every code list of the tenant, grouped by list. Public: the directory's filters need them. */
export async function getCodeLists(db: Db, actor: Actor): Promise<CodeLists> {
  const rows = await runAs(db, actor, (tx) => repo.listCodeListItems(tx));
  const lists = Object.fromEntries(CODE_LISTS.map((l) => [l, [] as CodeListItem[]])) as CodeLists;
  for (const row of rows) {
    if ((CODE_LISTS as readonly string[]).includes(row.list))
      lists[row.list as CodeListName].push(present(row));
  }
  return lists;
}

async function assertParent(db: Db, actor: Actor, list: CodeListName, parentCode: string | null) {
  if (list !== 'school_district') {
    assertThat(parentCode === null, 'validation_failed', {
      parentCode: 'only school districts have a parent',
    });
    return;
  }
  const lists = await getCodeLists(db, actor);
  if (!lists.welfare_district.some((w) => w.code === parentCode)) {
    throw new AppError('validation_failed', undefined, [
      { path: 'body.parentCode', message: '福祉区を選んでください / choose a welfare district' },
    ]);
  }
}

/** Adds an item to a code list (admins only). */
export async function createCodeListItem(db: Db, actor: Actor, list: CodeListName, input: CodeListItemInput) {
  assertThat(hasRole(actor, 'admin'), 'forbidden');
  await assertParent(db, actor, list, input.parentCode);
  return runAs(db, actor, async (tx) => {
    const row = await repo.insertCodeListItem(tx, { ...input, list, tenantId: actor.tenantId });
    await recordAudit(tx, actor, {
      action: 'code_list.created',
      entityType: 'code_list_item',
      entityId: row.id,
      payload: { list, code: row.code },
    });
    return present(row);
  });
}

/** Edits an item (admins only), with a version check. */
export async function updateCodeListItem(
  db: Db,
  actor: Actor,
  id: string,
  input: Omit<CodeListItemInput, 'code'> & { version: number },
) {
  assertThat(hasRole(actor, 'admin'), 'forbidden');
  const existing = await runAs(db, actor, (tx) => repo.findCodeListItem(tx, id));
  assertThat(existing, 'not_found');
  await assertParent(db, actor, existing.list as CodeListName, input.parentCode);
  return runAs(db, actor, async (tx) => {
    const { version, ...values } = input;
    const row = await repo.updateCodeListItem(tx, id, version, values);
    assertThat(row, 'version_conflict');
    await recordAudit(tx, actor, {
      action: 'code_list.updated',
      entityType: 'code_list_item',
      entityId: id,
      payload: { list: row.list, code: row.code },
    });
    return present(row);
  });
}

/** The tenant's name, public: the signed-out pages show which city runs them. */
export async function getTenantProfile(db: Db, actor: Actor) {
  const tenant = await runAs(db, actor, (tx) => repo.findTenant(tx, actor.tenantId));
  assertThat(tenant, 'not_found');
  return { slug: tenant.slug, name: tenant.name, nameEn: tenant.nameEn };
}

/** The tenant's settings with defaults filled in. */
export async function getTenantSettings(db: Db, actor: Actor) {
  assertThat(actor.kind === 'user', 'unauthenticated');
  const tenant = await runAs(db, actor, (tx) => repo.findTenant(tx, actor.tenantId));
  assertThat(tenant, 'not_found');
  return {
    slug: tenant.slug,
    name: tenant.name,
    nameEn: tenant.nameEn,
    settings: tenantSettingsSchema.parse(tenant.settings),
  };
}

/** Replaces the tenant's settings (admins only). Tenants are written by the system role only. */
export async function updateTenantSettings(db: Db, actor: Actor, settings: TenantSettings) {
  assertThat(hasRole(actor, 'admin'), 'forbidden');
  const before = await getTenantSettings(db, actor);
  if (settings.coordinatorAgencyId) {
    const desk = await runAs(db, actor, (tx) => findAgency(tx, settings.coordinatorAgencyId!));
    if (!desk)
      throw new AppError('validation_failed', undefined, [
        { path: 'coordinatorAgencyId', message: '機関が見つかりません / no such agency' },
      ]);
  }
  const changed = Object.keys(settings).filter(
    (k) => settings[k as keyof TenantSettings] !== before.settings[k as keyof TenantSettings],
  );
  await runAsSystem(db, async (tx) => {
    await repo.updateTenantSettings(tx, actor.tenantId, settings);
    await recordAudit(tx, actor, {
      action: 'settings.updated',
      entityType: 'tenant',
      entityId: actor.tenantId,
      payload: { fields: changed },
    });
  });
  return getTenantSettings(db, actor);
}
