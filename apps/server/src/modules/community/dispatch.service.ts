import { randomUUID } from 'node:crypto';
import type {
  DispatchFollowUpInput,
  DispatchRequest,
  DispatchRequestInput,
  SessionInput,
} from '@tsunagu/contracts/community';
import { toIsoDate } from '@tsunagu/japan';
import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import type { Db, Tx } from '../../platform/db/database';
import { runAs } from '../../platform/db/scope';
import { AppError, invalidField, stateConflict } from '../../platform/errors';
import { assertCodes } from '../settings/code-checks';
import { getCodeLists } from '../settings/settings.service';
import { assertWritesCommunity, dispatchRules } from './community-config';
import type { DispatchRules } from './community-document';
import { load } from './dispatch.present';
import * as repo from './dispatch.repository';
import { eligibility } from './dispatch-rules';

/** Receives a request; one that fails the eligibility check is kept, as 対象外, with the reasons. */
export async function receiveDispatch(
  db: Db,
  actor: UserActor,
  input: DispatchRequestInput,
): Promise<DispatchRequest> {
  assertCodes(await getCodeLists(db, actor), [
    ['advisor_field', [input.fieldCode], 'body.fieldCode'],
    ['school_district', [input.schoolDistrictCode], 'body.schoolDistrictCode'],
  ]);
  const id = randomUUID();
  return runAs(db, actor, async (tx) => {
    const rules = await dispatchRules(tx, actor.tenantId);
    await assertWritesCommunity(tx, rules.divisionCode);
    const checked = eligibility(input, rules.minActiveYears);
    await repo.insertRequest(tx, {
      ...input,
      id,
      tenantId: actor.tenantId,
      divisionCode: rules.divisionCode,
      status: checked.eligible ? 'received' : 'ineligible',
      eligibility: checked,
      createdBy: actor.userId,
    });
    await recordAudit(tx, actor, {
      action: 'dispatch.received',
      entityType: 'dispatch_request',
      entityId: id,
      payload: { eligible: checked.eligible, status: checked.eligible ? 'received' : 'ineligible' },
    });
    return load(tx, actor.tenantId, id);
  });
}

/** Runs a change of a request's course: writer check, the move, the audit record, the new state. */
async function change(
  db: Db,
  actor: UserActor,
  id: string,
  step: (
    tx: Tx,
    current: DispatchRequest,
    rules: DispatchRules,
  ) => Promise<{ status?: string; number?: number }>,
  action:
    | 'dispatch.scheduled'
    | 'dispatch.held'
    | 'dispatch.followed_up'
    | 'dispatch.closed'
    | 'dispatch.withdrawn',
): Promise<DispatchRequest> {
  return runAs(db, actor, async (tx) => {
    const rules = await dispatchRules(tx, actor.tenantId);
    await assertWritesCommunity(tx, rules.divisionCode);
    const current = await load(tx, actor.tenantId, id);
    const payload = await step(tx, current, rules);
    await recordAudit(tx, actor, { action, entityType: 'dispatch_request', entityId: id, payload });
    return load(tx, actor.tenantId, id);
  });
}

const notNow = () =>
  stateConflict('この派遣の状態ではその操作はできません', 'the request is not in a state that allows this');

export function scheduleDispatch(
  db: Db,
  actor: UserActor,
  id: string,
  input: { advisorId: string; sessionOn: string; version: number },
) {
  return change(
    db,
    actor,
    id,
    async (tx, current) => {
      const advisor = await repo.findAdvisor(tx, input.advisorId);
      if (!advisor?.active)
        throw invalidField('body.advisorId', 'アドバイザーが見つかりません / unknown advisor');
      if (input.sessionOn < current.receivedOn)
        throw invalidField('body.sessionOn', '受付日より前の日付です / before the request was received');
      const ok = await repo.moveRequest(
        tx,
        id,
        ['received', 'scheduled'],
        { status: 'scheduled', advisorId: advisor.id, sessionOn: input.sessionOn },
        input.version,
      );
      if (!ok) throw current.version !== input.version ? versionConflict() : notNow();
      return { status: 'scheduled' };
    },
    'dispatch.scheduled',
  );
}

const versionConflict = () => new AppError('version_conflict');

/** Records the session (about two hours of advice); the follow-up period starts from its day. */
export function recordSession(db: Db, actor: UserActor, id: string, input: SessionInput) {
  return change(
    db,
    actor,
    id,
    async (tx, current) => {
      if (input.sessionOn < current.receivedOn)
        throw invalidField('body.sessionOn', '受付日より前の日付です / before the request was received');
      if (input.sessionOn > toIsoDate(new Date()))
        throw invalidField(
          'body.sessionOn',
          '実施した日を入力してください（未来の日付です） / a future date',
        );
      const { version, ...session } = input;
      const ok = await repo.moveRequest(tx, id, ['scheduled'], { ...session, status: 'held' }, version);
      if (!ok) throw current.version !== version ? versionConflict() : notNow();
      return { status: 'held' };
    },
    'dispatch.held',
  );
}

/** Adds a follow-up within the window; the last one allowed closes the request. */
export function addFollowUp(db: Db, actor: UserActor, id: string, input: DispatchFollowUpInput) {
  return change(
    db,
    actor,
    id,
    async (tx, current, rules) => {
      if (current.status !== 'held' || current.followUpsLeft === 0) throw notNow();
      const until = current.followUpUntil!;
      if (input.heldOn < current.sessionOn! || input.heldOn > until)
        throw invalidField(
          'body.heldOn',
          `フォローアップは派遣日から${rules.followUpMonths}か月以内（${current.sessionOn}〜${until}）です / outside the follow-up period`,
        );
      if (input.heldOn > toIsoDate(new Date()))
        throw invalidField('body.heldOn', '行った日を入力してください（未来の日付です） / a future date');
      const number = current.followUps.length + 1;
      const added = await repo.insertFollowUp(tx, {
        ...input,
        tenantId: actor.tenantId,
        divisionCode: rules.divisionCode,
        requestId: id,
        number,
        createdBy: actor.userId,
      });
      if (!added) throw versionConflict();
      const last = number >= rules.maxFollowUps;
      await repo.moveRequest(tx, id, ['held'], last ? { status: 'closed' } : {});
      return { number, status: last ? 'closed' : 'held' };
    },
    'dispatch.followed_up',
  );
}

export function closeDispatch(db: Db, actor: UserActor, id: string, version: number) {
  return change(
    db,
    actor,
    id,
    async (tx, current) => {
      if (!(await repo.moveRequest(tx, id, ['held'], { status: 'closed' }, version)))
        throw current.version !== version ? versionConflict() : notNow();
      return { status: 'closed' };
    },
    'dispatch.closed',
  );
}

export function withdrawDispatch(db: Db, actor: UserActor, id: string, version: number) {
  return change(
    db,
    actor,
    id,
    async (tx, current) => {
      if (!(await repo.moveRequest(tx, id, ['received', 'scheduled'], { status: 'withdrawn' }, version)))
        throw current.version !== version ? versionConflict() : notNow();
      return { status: 'withdrawn' };
    },
    'dispatch.withdrawn',
  );
}
