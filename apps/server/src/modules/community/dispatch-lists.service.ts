import type { DispatchDueList, DispatchList, DispatchRequest } from '@tsunagu/contracts/community';
import { toIsoDate } from '@tsunagu/japan';
import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { runAs } from '../../platform/db/scope';
import { dispatchRules, writesCommunity } from './community-config';
import { load, present } from './dispatch.present';
import * as repo from './dispatch.repository';
import { daysUntil, eligibility, followUpUntil } from './dispatch-rules';

/** Requests of a 年度 or status; the dispatch division, planners and auditors read them. */
export function listDispatches(
  db: Db,
  actor: UserActor,
  q: { fiscalYear?: number | undefined; status?: string | undefined },
): Promise<DispatchList> {
  return runAs(db, actor, async (tx) => {
    const rules = await dispatchRules(tx, actor.tenantId);
    const rows = await repo.listRequests(tx, q);
    const followUps = await repo.followUpsOf(
      tx,
      rows.map((r) => r.request.id),
    );
    await recordAudit(tx, actor, {
      action: 'dispatch.listed',
      entityType: 'dispatch_request',
      entityId: null,
      payload: { list: 'requests', results: rows.length },
    });
    return {
      items: rows.map((r) => present(r, followUps.get(r.request.id) ?? [], rules)),
      abilities: { create: await writesCommunity(tx, rules.divisionCode) },
      rules: {
        maxFollowUps: rules.maxFollowUps,
        followUpMonths: rules.followUpMonths,
        minActiveYears: rules.minActiveYears,
      },
    };
  });
}

export function getDispatch(db: Db, actor: UserActor, id: string): Promise<DispatchRequest> {
  return runAs(db, actor, async (tx) => {
    const found = await load(tx, actor.tenantId, id);
    await recordAudit(tx, actor, {
      action: 'dispatch.viewed',
      entityType: 'dispatch_request',
      entityId: id,
      payload: {},
    });
    return found;
  });
}

/** The eligibility a request would have, for the form to show as it is filled in. */
export function checkEligibility(db: Db, actor: UserActor, group: Parameters<typeof eligibility>[0]) {
  return runAs(db, actor, async (tx) =>
    eligibility(group, (await dispatchRules(tx, actor.tenantId)).minActiveYears),
  );
}

/** Held requests still owed follow-ups, soonest window end first; a passed window is flagged to close. */
export function followUpsDue(
  db: Db,
  actor: UserActor,
  today = toIsoDate(new Date()),
): Promise<DispatchDueList> {
  return runAs(db, actor, async (tx) => {
    const rules = await dispatchRules(tx, actor.tenantId);
    const rows = await repo.heldRequests(tx);
    const followUps = await repo.followUpsOf(
      tx,
      rows.map((r) => r.request.id),
    );
    const items = rows
      .map((r) => {
        const done = followUps.get(r.request.id)?.length ?? 0;
        const until = followUpUntil(r.request.sessionOn!, rules.followUpMonths);
        const daysLeft = daysUntil(today, until);
        return {
          id: r.request.id,
          groupName: r.request.groupName,
          advisorName: r.advisorName,
          sessionOn: r.request.sessionOn!,
          followUpUntil: until,
          followUpsDone: done,
          followUpsLeft: Math.max(0, rules.maxFollowUps - done),
          daysLeft,
          expired: daysLeft < 0,
        };
      })
      .sort((a, b) => a.followUpUntil.localeCompare(b.followUpUntil));
    await recordAudit(tx, actor, {
      action: 'dispatch.listed',
      entityType: 'dispatch_request',
      entityId: null,
      payload: { list: 'follow_ups_due', results: items.length },
    });
    return {
      items,
      open: items.filter((i) => !i.expired).length,
      expired: items.filter((i) => i.expired).length,
    };
  });
}
