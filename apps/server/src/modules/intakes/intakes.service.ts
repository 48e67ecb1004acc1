import { randomUUID } from 'node:crypto';
import type { IntakeCreate } from '@tsunagu/contracts/households';
import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { runAs } from '../../platform/db/scope';
import { AppError, assertThat } from '../../platform/errors';
import { deleteDrafts } from '../drafts/drafts.repository';
import { insertHistory } from '../households/history.repository';
import * as households from '../households/households.repository';
import { personSearchColumns } from '../households/person-keys';
import { getCodeLists } from '../settings/settings.service';
import { canRecordIntake } from './intakes.policy';
import * as repo from './intakes.repository';

async function assertCodes(db: Db, actor: UserActor, input: IntakeCreate) {
  const lists = await getCodeLists(db, actor);
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
 * 相談受付: records a new household with its members, their problems and the main problem, and gives
 * the recording agency its live link (basis: intake) — all in one transaction with the audit record.
 */
export async function createIntake(db: Db, actor: UserActor, input: IntakeCreate) {
  assertThat(canRecordIntake(actor), 'forbidden');
  const agencyId = actor.agencyId!;
  await assertCodes(db, actor, input);
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
