import { toIsoDate } from '@tsunagu/japan';
import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { runAs } from '../../platform/db/scope';
import { assertThat, stateConflict } from '../../platform/errors';
import { isCoordinator } from './cases.policy';
import { presentTask } from './cases.present';
import * as repo from './tasks.repository';

/** The actor's agency's task list (action items of meetings and plans), overdue marked. */
export async function agencyTasks(db: Db, actor: UserActor, show: 'open' | 'all') {
  assertThat(actor.agencyId, 'forbidden');
  const today = toIsoDate(new Date());
  const rows = await runAs(db, actor, (tx) => repo.listAgencyTasks(tx, actor.agencyId!, show === 'open'));
  return { items: rows.map((r) => presentTask(r, today, actor)) };
}

/** Every overdue action item of the city (the coordinator's dashboard). */
export async function overdueTasks(db: Db, actor: UserActor) {
  assertThat(isCoordinator(actor), 'forbidden');
  const today = toIsoDate(new Date());
  const rows = await runAs(db, actor, (tx) => repo.listOverdueTasks(tx, today));
  return { items: rows.map((r) => presentTask(r, today, actor)) };
}

/** The owner agency (or the coordinator) marks an item done. */
export async function completeTask(db: Db, actor: UserActor, id: string) {
  const today = toIsoDate(new Date());
  return runAs(db, actor, async (tx) => {
    const found = await repo.findTask(tx, id);
    assertThat(found, 'not_found');
    assertThat(found.task.ownerAgencyId === actor.agencyId || isCoordinator(actor), 'forbidden');
    const done = await repo.markDone(tx, id, actor.userId);
    if (!done)
      throw stateConflict(
        'このタスクはすでに完了しているか取り消されています。',
        'This task is already done or cancelled.',
      );
    await recordAudit(tx, actor, {
      action: 'task.done',
      entityType: 'action_item',
      entityId: id,
      payload: { caseId: done.caseId },
    });
    return presentTask((await repo.findTask(tx, id))!, today, actor);
  });
}
