import { randomUUID } from 'node:crypto';
import type { IntakeConsent, IntakeCreate } from '@tsunagu/contracts/households';
import type { CodeLists } from '@tsunagu/contracts/settings';
import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import type { Db, Tx } from '../../platform/db/database';
import { runAs } from '../../platform/db/scope';
import { AppError, assertThat } from '../../platform/errors';
import { insertConsent } from '../consents/consents.repository';
import { assertConsentScope } from '../consents/consents.service';
import { deleteDrafts } from '../drafts/drafts.repository';
import { insertHistory } from '../households/history.repository';
import * as households from '../households/households.repository';
import { personSearchColumns } from '../households/person-keys';
import { getCodeLists } from '../settings/settings.service';
import { canRecordIntake } from './intakes.policy';
import * as repo from './intakes.repository';

function assertCodes(input: IntakeCreate, lists: CodeLists) {
  const problems = new Set(lists.problem_category.map((i) => i.code));
  const schools = new Set(lists.school_district.map((i) => i.code));
  const issues: { path: string; message: string }[] = [];
  input.members.forEach((m, i) => {
    for (const code of m.problems) {
      if (!problems.has(code))
        issues.push({
          path: `body.members.${i}.problems`,
          message: `分類コード「${code}」がありません / unknown problem category`,
        });
    }
    const school = m.person.schoolDistrictCode;
    if (school && !schools.has(school))
      issues.push({
        path: `body.members.${i}.person.schoolDistrictCode`,
        message: `地区コード「${school}」がありません / unknown district`,
      });
  });
  if (issues.length) throw new AppError('validation_failed', undefined, issues);
}

/**
 * The consent obtained at the intake: one row per member who gave it, recorded by the actor's agency.
 * Runs in the intake's transaction after the live link and the members exist (row-level security
 * requires both), so an invalid scope leaves nothing written.
 */
async function recordIntakeConsent(
  tx: Tx,
  actor: UserActor,
  lists: CodeLists,
  householdId: string,
  consent: IntakeConsent,
  personIds: string[],
) {
  await assertConsentScope(tx, lists.agency_category, consent, 'body.consent');
  for (const member of new Set(consent.members)) {
    const id = randomUUID();
    const personId = personIds[member]!;
    await insertConsent(tx, {
      id,
      tenantId: actor.tenantId,
      personId,
      householdId,
      purpose: consent.purpose,
      scopeAgencyIds: [...new Set(consent.scopeAgencyIds)],
      scopeAgencyCategories: [...new Set(consent.scopeAgencyCategories)],
      method: consent.method,
      obtainedOn: consent.obtainedOn,
      recordedBy: actor.userId,
      recordedByAgencyId: actor.agencyId!,
      note: consent.note,
    });
    await recordAudit(tx, actor, {
      action: 'consent.recorded',
      entityType: 'consent',
      entityId: id,
      payload: { personId, purpose: consent.purpose },
    });
  }
}

/**
 * 相談受付: records a new household with its members, their problems and the main problem, gives
 * the recording agency its live link (basis: intake) and records the consent obtained at the intake, if
 * any — all in one transaction with the audit records.
 */
export async function createIntake(db: Db, actor: UserActor, input: IntakeCreate) {
  assertThat(canRecordIntake(actor), 'forbidden');
  const agencyId = actor.agencyId!;
  const lists = await getCodeLists(db, actor);
  assertCodes(input, lists);
  const intakeId = randomUUID();
  const householdId = randomUUID();
  const people = input.members.map((m) => ({ ...m, id: randomUUID() }));
  const self = people.find((m) => m.relationship === 'self')!;
  await runAs(db, actor, async (tx) => {
    await households.insertPersons(
      tx,
      people.map(({ id, person }) => ({
        id,
        tenantId: actor.tenantId,
        ...person,
        ...personSearchColumns(person),
        createdByAgencyId: agencyId,
      })),
    );
    await households.insertHousehold(tx, {
      id: householdId,
      tenantId: actor.tenantId,
      address: self.person.address,
      schoolDistrictCode: self.person.schoolDistrictCode,
      createdByAgencyId: agencyId,
    });
    await households.insertLiveLink(tx, {
      id: randomUUID(),
      tenantId: actor.tenantId,
      householdId,
      agencyId,
      basis: 'intake',
      sourceType: 'intake',
      sourceId: intakeId,
      createdBy: actor.userId,
    });
    await households.insertMembers(
      tx,
      people.map((m) => ({
        id: randomUUID(),
        tenantId: actor.tenantId,
        householdId,
        personId: m.id,
        relationship: m.relationship,
        livesTogether: m.livesTogether,
      })),
    );
    await repo.insertIntake(tx, {
      id: intakeId,
      tenantId: actor.tenantId,
      householdId,
      agencyId,
      receivedOn: input.receivedOn,
      channel: input.channel,
      visitor: input.visitor,
      summary: input.summary,
      urgency: input.urgency,
      accommodation: input.accommodation,
      createdBy: actor.userId,
    });
    await repo.insertProblems(
      tx,
      people.flatMap((m, index) =>
        [...new Set(m.problems)].map((code) => ({
          id: randomUUID(),
          tenantId: actor.tenantId,
          intakeId,
          householdId,
          personId: m.id,
          categoryCode: code,
          isMain: index === input.mainProblem.member && code === input.mainProblem.code,
        })),
      ),
    );
    if (input.consent) {
      await recordIntakeConsent(
        tx,
        actor,
        lists,
        householdId,
        input.consent,
        people.map((m) => m.id),
      );
    }
    await insertHistory(tx, actor, [
      { entityType: 'household', entityId: householdId, householdId, action: 'created' },
      ...people.map((m) => ({
        entityType: 'person',
        entityId: m.id,
        personId: m.id,
        householdId,
        action: 'created',
      })),
    ]);
    await recordAudit(tx, actor, {
      action: 'intake.created',
      entityType: 'intake',
      entityId: intakeId,
      payload: { householdId, members: people.length },
    });
    // The intake is recorded: the draft it was typed from has served its purpose.
    await deleteDrafts(tx, actor.userId);
  });
  return { intakeId, householdId };
}
