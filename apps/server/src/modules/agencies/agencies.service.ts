import type { AgencyInput, AgencySearchQuery, ChangeRequest } from '@tsunagu/contracts/agencies';
import { agencyInputSchema } from '@tsunagu/contracts/agencies';
import { foldForSearch } from '@tsunagu/japan';
import { recordAudit } from '../../platform/audit/audit';
import type { Actor, UserActor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { runAs } from '../../platform/db/scope';
import { AppError, assertThat } from '../../platform/errors';
import { getCodeLists } from '../settings/settings.service';
import { canEditDirectory, canProposeFor } from './agencies.policy';
import { changedFields, presentAgency, toInput, toValues } from './agencies.present';
import * as repo from './agencies.repository';
import { codeIssues, districtAndParent } from './agencies.validation';

async function assertCodes(db: Db, actor: Actor, input: AgencyInput) {
  const issues = codeIssues(input, await getCodeLists(db, actor));
  if (issues.length)
    throw new AppError(
      'validation_failed',
      undefined,
      issues.map((i) => ({ ...i, path: `body.${i.path}` })),
    );
}

/** Directory search: by free text (kana- and width-insensitive), problem field, district and category. */
export async function searchAgencies(db: Db, actor: Actor, q: AgencySearchQuery) {
  const lists = q.district ? await getCodeLists(db, actor) : undefined;
  const filter = {
    key: q.q ? foldForSearch(q.q) : undefined,
    field: q.field,
    category: q.category,
    ...(q.district && lists ? { districtsOf: districtAndParent(q.district, lists) } : {}),
  };
  const page = await runAs(db, actor, (tx) => repo.searchAgencies(tx, filter, q.limit, q.offset));
  return { items: page.items.map((r) => presentAgency(r, actor)), total: page.total };
}

/** One agency; unpublished entries are not found for the public. */
export async function getAgency(db: Db, actor: Actor, id: string) {
  const row = await runAs(db, actor, (tx) => repo.findAgency(tx, id));
  assertThat(row, 'not_found');
  return presentAgency(row, actor);
}

/** Adds an agency to the directory (planners, admins). */
export async function createAgency(db: Db, actor: UserActor, input: AgencyInput) {
  assertThat(canEditDirectory(actor), 'forbidden');
  await assertCodes(db, actor, input);
  return runAs(db, actor, async (tx) => {
    const row = await repo.insertAgency(tx, actor.tenantId, toValues(input));
    await recordAudit(tx, actor, {
      action: 'agency.created',
      entityType: 'agency',
      entityId: row.id,
      payload: { via: 'form' },
    });
    return presentAgency(row, actor);
  });
}

/** Edits an agency (planners, admins) if nobody changed it since `version`. */
export async function updateAgency(
  db: Db,
  actor: UserActor,
  id: string,
  input: AgencyInput & { version: number },
) {
  assertThat(canEditDirectory(actor), 'forbidden');
  await assertCodes(db, actor, input);
  const { version, ...values } = input;
  return runAs(db, actor, async (tx) => {
    const before = await repo.findAgency(tx, id);
    assertThat(before, 'not_found');
    const row = await repo.updateAgency(tx, id, version, toValues(values));
    assertThat(row, 'version_conflict', { currentVersion: before.version });
    await recordAudit(tx, actor, {
      action: 'agency.updated',
      entityType: 'agency',
      entityId: id,
      payload: { fields: changedFields(toInput(before), values), via: 'form' },
    });
    return presentAgency(row, actor);
  });
}

function presentRequest(
  r: Awaited<ReturnType<typeof repo.findChangeRequest>> & {},
  current?: AgencyInput,
): ChangeRequest {
  const proposed = agencyInputSchema.parse(r.request.proposed);
  return {
    id: r.request.id,
    agencyId: r.request.agencyId,
    agencyName: r.agency.name,
    proposed,
    baseVersion: r.request.baseVersion,
    status: r.request.status as ChangeRequest['status'],
    note: r.request.note,
    proposedBy: r.proposedByName,
    decidedBy: r.decidedByName,
    decidedAt: r.request.decidedAt?.toISOString() ?? null,
    decisionComment: r.request.decisionComment,
    createdAt: r.request.createdAt.toISOString(),
    changedFields: current ? changedFields(current, proposed) : [],
  };
}

/** An agency manager proposes a change to their own agency's entry; a planner reviews it. */
export async function proposeChange(
  db: Db,
  actor: UserActor,
  agencyId: string,
  body: { proposed: AgencyInput; baseVersion: number; note: string | null },
) {
  const visible = await runAs(db, actor, (tx) => repo.findAgency(tx, agencyId));
  assertThat(visible, 'not_found');
  assertThat(canProposeFor(actor, agencyId), 'forbidden');
  assertThat(body.proposed.code === visible.code, 'validation_failed', {
    code: 'the code cannot be changed',
  });
  await assertCodes(db, actor, body.proposed);
  return runAs(db, actor, async (tx) => {
    const id = await repo.insertChangeRequest(tx, {
      tenantId: actor.tenantId,
      agencyId,
      proposed: body.proposed,
      baseVersion: body.baseVersion,
      note: body.note,
      proposedBy: actor.userId,
    });
    await recordAudit(tx, actor, {
      action: 'agency_change.proposed',
      entityType: 'agency_change_request',
      entityId: id,
      payload: { agencyId },
    });
    const created = await repo.findChangeRequest(tx, id);
    return presentRequest(created!, toInput(visible));
  });
}

/** Change requests the actor may see (planners: all; a manager: their agency's). */
export async function listChangeRequests(db: Db, actor: UserActor, status?: string) {
  assertThat(canEditDirectory(actor) || actor.roles.includes('agency_manager'), 'forbidden');
  return runAs(db, actor, async (tx) => {
    // Each row carries its agency's current entry (joined), to compare the proposal against.
    const rows = await repo.listChangeRequests(tx, status);
    return rows.map((r) => presentRequest(r, toInput(r.agency)));
  });
}

/**
 * A planner approves (the entry takes the proposed values, version-checked against the version the
 * manager started from) or rejects a pending request.
 */
export async function decideChange(
  db: Db,
  actor: UserActor,
  requestId: string,
  decision: { decision: 'approve' | 'reject'; comment: string | null },
) {
  assertThat(canEditDirectory(actor), 'forbidden');
  return runAs(db, actor, async (tx) => {
    const request = await repo.findChangeRequest(tx, requestId);
    assertThat(request, 'not_found');
    assertThat(request.request.status === 'pending', 'conflict', { status: request.request.status });
    const agency = await repo.findAgency(tx, request.request.agencyId);
    assertThat(agency, 'not_found');
    if (decision.decision === 'approve') {
      const proposed = agencyInputSchema.parse(request.request.proposed);
      const updated = await repo.updateAgency(tx, agency.id, request.request.baseVersion, toValues(proposed));
      assertThat(updated, 'version_conflict', { currentVersion: agency.version });
      await recordAudit(tx, actor, {
        action: 'agency.updated',
        entityType: 'agency',
        entityId: agency.id,
        payload: { fields: changedFields(toInput(agency), proposed), via: 'change_request' },
      });
    }
    const decided = await repo.decideChangeRequest(tx, requestId, {
      status: decision.decision === 'approve' ? 'approved' : 'rejected',
      decidedBy: actor.userId,
      decisionComment: decision.comment,
    });
    assertThat(decided, 'conflict');
    await recordAudit(tx, actor, {
      action: 'agency_change.decided',
      entityType: 'agency_change_request',
      entityId: requestId,
      payload: { agencyId: agency.id, decision: decision.decision },
    });
    return presentRequest((await repo.findChangeRequest(tx, requestId))!);
  });
}
