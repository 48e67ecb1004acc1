import { randomUUID } from 'node:crypto';
import type { Consent, ConsentCreate } from '@tsunagu/contracts/consents';
import type { CodeLists } from '@tsunagu/contracts/settings';
import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import type { Db, Tx } from '../../platform/db/database';
import { runAs } from '../../platform/db/scope';
import { AppError, assertThat } from '../../platform/errors';
import { visibleHouseholdOf } from '../households/edits.repository';
import { linkBases } from '../households/households.repository';
import { canRecordIntake } from '../intakes/intakes.policy';
import { getCodeLists } from '../settings/settings.service';
import * as repo from './consents.repository';

type Row = NonNullable<Awaited<ReturnType<typeof repo.findConsent>>>;

async function present(tx: Tx, r: Row): Promise<Consent> {
  const names = await repo.agencyNames(tx, r.consent.scopeAgencyIds);
  return {
    id: r.consent.id,
    personId: r.consent.personId,
    purpose: r.consent.purpose as Consent['purpose'],
    scopeAgencies: names.map((n) => ({ id: n.id, name: n.name })),
    scopeAgencyCategories: r.consent.scopeAgencyCategories,
    method: r.consent.method as Consent['method'],
    obtainedOn: r.consent.obtainedOn,
    recordedByAgencyName: r.recordedByAgencyName,
    note: r.consent.note,
    withdrawnAt: r.consent.withdrawnAt?.toISOString() ?? null,
    withdrawalNote: r.consent.withdrawalNote,
    createdAt: r.consent.createdAt.toISOString(),
    active: r.consent.withdrawnAt === null,
  };
}

/** What a consent may be shared with: named agencies and whole agency categories. */
type ConsentScope = Pick<ConsentCreate, 'scopeAgencyIds' | 'scopeAgencyCategories'>;

/**
 * Checks a consent's scope against the tenant: every category must be in the agency_category code list
 * and every named agency must exist. Throws validation_failed with the field at fault under `at`
 * ('body' for the consent page, 'body.consent' for an intake). Call it inside the transaction that
 * writes the consent.
 */
export async function assertConsentScope(
  tx: Tx,
  agencyCategories: CodeLists['agency_category'],
  scope: ConsentScope,
  at = 'body',
) {
  const unknownCategory = scope.scopeAgencyCategories.find(
    (c) => !agencyCategories.some((i) => i.code === c),
  );
  if (unknownCategory) {
    throw new AppError('validation_failed', undefined, [
      {
        path: `${at}.scopeAgencyCategories`,
        message: `種別コード「${unknownCategory}」がありません / unknown category`,
      },
    ]);
  }
  const known = await repo.agencyNames(tx, scope.scopeAgencyIds);
  if (known.length !== new Set(scope.scopeAgencyIds).size) {
    throw new AppError('validation_failed', undefined, [
      { path: `${at}.scopeAgencyIds`, message: '共有先の機関が見つかりません / unknown agency' },
    ]);
  }
}

/** Records a person's consent: purpose, scope (named agencies or categories), how and when obtained. */
export async function recordConsent(db: Db, actor: UserActor, personId: string, input: ConsentCreate) {
  assertThat(canRecordIntake(actor), 'forbidden');
  const lists = await getCodeLists(db, actor);
  return runAs(db, actor, async (tx) => {
    const householdId = await visibleHouseholdOf(tx, personId);
    assertThat(householdId, 'not_found');
    await assertConsentScope(tx, lists.agency_category, input);
    const id = randomUUID();
    await repo.insertConsent(tx, {
      id,
      tenantId: actor.tenantId,
      personId,
      householdId,
      purpose: input.purpose,
      scopeAgencyIds: [...new Set(input.scopeAgencyIds)],
      scopeAgencyCategories: [...new Set(input.scopeAgencyCategories)],
      method: input.method,
      obtainedOn: input.obtainedOn,
      recordedBy: actor.userId,
      recordedByAgencyId: actor.agencyId!,
      note: input.note,
    });
    await recordAudit(tx, actor, {
      action: 'consent.recorded',
      entityType: 'consent',
      entityId: id,
      payload: { personId, purpose: input.purpose },
    });
    return present(tx, (await repo.findConsent(tx, id))!);
  });
}

/** A person's consents, newest first, withdrawn ones included (they are evidence). */
export async function listConsents(db: Db, actor: UserActor, personId: string) {
  return runAs(db, actor, async (tx) => {
    const householdId = await visibleHouseholdOf(tx, personId);
    assertThat(householdId, 'not_found');
    const rows = await repo.listConsents(tx, personId);
    await recordAudit(tx, actor, {
      action: 'consent.viewed',
      entityType: 'person',
      entityId: personId,
      payload: { basis: await linkBases(tx, householdId) },
    });
    const presented = [];
    for (const r of rows) presented.push(await present(tx, r));
    return presented;
  });
}

/** Withdraws a consent with immediate effect; a second withdrawal is a conflict. */
export async function withdrawConsent(db: Db, actor: UserActor, consentId: string, note: string | null) {
  assertThat(canRecordIntake(actor), 'forbidden');
  return runAs(db, actor, async (tx) => {
    const found = await repo.findConsent(tx, consentId);
    assertThat(found, 'not_found');
    assertThat(await repo.withdrawConsent(tx, consentId, actor.userId, note), 'conflict', {
      reason: 'already withdrawn',
    });
    await recordAudit(tx, actor, {
      action: 'consent.withdrawn',
      entityType: 'consent',
      entityId: consentId,
      payload: { personId: found.consent.personId },
    });
    return present(tx, (await repo.findConsent(tx, consentId))!);
  });
}
