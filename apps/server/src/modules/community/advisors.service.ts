import type { Advisor, AdvisorInput, AdvisorList } from '@tsunagu/contracts/community';
import { advisors } from '../../db/schema';
import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { runAs } from '../../platform/db/scope';
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

/** 分野別アドバイザー by field, with the sessions each has held (as far as the reader sees them). */
export function listAdvisors(db: Db, actor: UserActor): Promise<AdvisorList> {
  return runAs(db, actor, async (tx) => ({
    items: (await repo.listAdvisors(tx)).map((r) => present(r.advisor, Number(r.dispatches))),
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
  return runAs(db, actor, async (tx) => {
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
    const listed = (await repo.listAdvisors(tx)).find((r) => r.advisor.id === target)!;
    return present(listed.advisor, Number(listed.dispatches));
  });
}
