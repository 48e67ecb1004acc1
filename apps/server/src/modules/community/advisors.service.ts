import type { Advisor, AdvisorInput, AdvisorList } from '@tsunagu/contracts/community';
import { advisors } from '../../db/schema';
import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { runAs, runAsSystem } from '../../platform/db/scope';
import { updateAtVersion } from '../../platform/db/versioned';
import { assertThat } from '../../platform/errors';
import { assertCodes } from '../settings/code-checks';
import { getCodeLists } from '../settings/settings.service';
import { assertWritesCommunity, dispatchRules, writesCommunity } from './community-config';
import * as repo from './dispatch.repository';

function present(a: repo.AdvisorRow, dispatches: number): Advisor {
  return {
    id: a.id,
    version: a.version,
    name: a.name,
    fieldCode: a.fieldCode,
    contact: a.contact,
    sinceFiscalYear: a.sinceFiscalYear,
    active: a.active,
    note: a.note,
    dispatches,
  };
}

/**
 * The sessions each advisor has held: a count without the requests behind it, so it is read as the
 * system for every reader (the requests themselves are the dispatch division's).
 */
function sessionsHeld(db: Db, actor: UserActor) {
  return runAsSystem(db, (tx) => repo.sessionsByAdvisor(tx, actor.tenantId));
}

/** 分野別アドバイザー by field, with the sessions each has held. */
export async function listAdvisors(db: Db, actor: UserActor): Promise<AdvisorList> {
  const held = await sessionsHeld(db, actor);
  return runAs(db, actor, async (tx) => ({
    items: (await repo.listAdvisors(tx)).map((a) => present(a, held.get(a.id) ?? 0)),
    abilities: { edit: await writesCommunity(tx, (await dispatchRules(tx, actor.tenantId)).divisionCode) },
  }));
}

export async function saveAdvisor(
  db: Db,
  actor: UserActor,
  id: string | null,
  input: AdvisorInput & { version?: number },
): Promise<Advisor> {
  assertCodes(await getCodeLists(db, actor), [['advisor_field', [input.fieldCode], 'body.fieldCode']]);
  const { version, ...fields } = input;
  const saved = await runAs(db, actor, async (tx) => {
    const { divisionCode } = await dispatchRules(tx, actor.tenantId);
    await assertWritesCommunity(tx, divisionCode);
    let target = id;
    if (target === null) {
      const [row] = await tx
        .insert(advisors)
        .values({ ...fields, tenantId: actor.tenantId, divisionCode })
        .returning({ id: advisors.id });
      target = row!.id;
    } else {
      assertThat(await repo.findAdvisor(tx, target), 'not_found');
      assertThat(await updateAtVersion(tx, advisors, target, version ?? 0, fields), 'version_conflict');
    }
    await recordAudit(tx, actor, {
      action: id === null ? 'advisor.created' : 'advisor.updated',
      entityType: 'advisor',
      entityId: target,
      payload: id === null ? {} : { fields: Object.keys(fields) },
    });
    return (await repo.findAdvisor(tx, target))!;
  });
  return present(saved, (await sessionsHeld(db, actor)).get(saved.id) ?? 0);
}
