import type {
  Entry,
  EntryAction,
  EntryCreate,
  EntryList,
  EntryListQuery,
  EntryUpdate,
} from '@tsunagu/contracts/plan';
import { recordAudit } from '../../platform/audit/audit';
import type { AuditEvent } from '../../platform/audit/events';
import type { UserActor } from '../../platform/auth/actor';
import type { Db, Tx } from '../../platform/db/database';
import { oneByOne, runAs } from '../../platform/db/scope';
import { AppError, assertThat, invalidField, stateConflict } from '../../platform/errors';
import * as repo from './entries.repository';
import { isPlanner, reportsFor, writesEntry } from './plan.policy';
import { divisionRef } from './plan.present';
import * as plans from './plan.repository';
import { defaultReportYear, requirePlan } from './plan.service';

const EDITABLE = ['draft', 'returned'] as const;

function summary(r: repo.ListedEntry, names: ReadonlyMap<string, string>) {
  const e = r.entry;
  return {
    id: e.id,
    version: e.version,
    itemId: e.itemId,
    policyNo: r.policyNo,
    itemNo: r.itemNo,
    itemTitle: r.itemTitle,
    fiscalYear: e.fiscalYear,
    division: divisionRef(names, e.divisionCode),
    divisions: e.divisionCodes.map((c) => divisionRef(names, c)),
    state: e.state as Entry['state'],
    updatedAt: e.updatedAt.toISOString(),
  };
}

async function readEntry(tx: Tx, actor: UserActor, id: string): Promise<Entry> {
  const r = await repo.findEntry(tx, id);
  assertThat(r, 'not_found');
  const [names, events] = await oneByOne(
    () => plans.divisionNames(tx),
    () => repo.listEvents(tx, id),
  );
  const state = r.entry.state;
  const writer = writesEntry(actor, r.entry.divisionCodes);
  return {
    ...summary(r, names),
    itemDetail: r.itemDetail,
    achievements: r.entry.achievements,
    nextSteps: r.entry.nextSteps,
    history: events.map((e) => ({
      id: e.id,
      event: e.event as Entry['history'][number]['event'],
      comment: e.comment,
      actor: e.actor,
      at: e.at.toISOString(),
    })),
    abilities: {
      edit: writer && EDITABLE.includes(state as never),
      submit: writer && EDITABLE.includes(state as never),
      approve: isPlanner(actor) && state === 'submitted',
      return: isPlanner(actor) && state === 'submitted',
      comment: writer,
    },
  };
}

/**
 * The entries of a 年度 (all staff read them), and for a division the items it reports on in that
 * 年度 that have no entry yet.
 */
export function listEntries(
  db: Db,
  actor: UserActor,
  q: EntryListQuery,
): Promise<EntryList & { fiscalYear: number }> {
  return runAs(db, actor, async (tx) => {
    const plan = await requirePlan(tx);
    const fiscalYear = q.fiscalYear ?? (await defaultReportYear(tx, plan));
    const [rows, names, items] = await oneByOne(
      () => repo.listEntries(tx, { fiscalYear, division: q.division, state: q.state }),
      () => plans.divisionNames(tx),
      () => plans.listItems(tx, plan.id),
    );
    const division =
      q.division ?? (reportsFor(actor, [actor.divisionCode ?? '']) ? actor.divisionCode : null);
    // The division's entries in every state (the list above may be filtered by state).
    const own = !division
      ? []
      : division === q.division && !q.state
        ? rows
        : await repo.listEntries(tx, { fiscalYear, division });
    const missing = division
      ? items
          .filter((i) => i.divisionCodes.includes(division) && covers(i, fiscalYear, plan.toFiscalYear))
          .filter((i) => !own.some((r) => r.entry.itemId === i.id))
          .map((i) => ({
            itemId: i.id,
            policyNo: i.policyNo,
            itemNo: i.no,
            title: i.title,
            division: divisionRef(names, division),
            canCreate: writesEntry(actor, [division]),
          }))
      : [];
    return { fiscalYear, items: rows.map((r) => summary(r, names)), missing };
  });
}

/** True when the item is scheduled in the 年度 (適宜実施 items run to the end of the plan). */
function covers(item: plans.ItemRow, fy: number, planTo: number): boolean {
  return fy >= item.fromFiscalYear && fy <= (item.toFiscalYear ?? planTo);
}

export function getEntry(db: Db, actor: UserActor, id: string): Promise<Entry> {
  return runAs(db, actor, (tx) => readEntry(tx, actor, id));
}

/** Starts a division's entry on an item for a 年度 (the reporter for their division, or the planner). */
export function createEntry(db: Db, actor: UserActor, input: EntryCreate): Promise<Entry> {
  assertThat(writesEntry(actor, [input.divisionCode]), 'forbidden');
  return runAs(db, actor, async (tx) => {
    const plan = await requirePlan(tx);
    const item = await plans.findItem(tx, input.itemId);
    if (!item) throw invalidField('itemId', '工程表の項目が見つかりません / no such roadmap item');
    if (!item.divisionCodes.includes(input.divisionCode))
      throw invalidField(
        'divisionCode',
        'この項目の担当課ではありません / the division is not responsible for this item',
      );
    if (!covers(item, input.fiscalYear, plan.toFiscalYear))
      throw invalidField(
        'fiscalYear',
        'この年度は項目の期間外です / the item is not scheduled in this fiscal year',
      );
    const existing = await repo.listEntries(tx, {
      fiscalYear: input.fiscalYear,
      division: input.divisionCode,
    });
    if (existing.some((r) => r.entry.itemId === item.id))
      throw stateConflict(
        'この年度の報告はすでにあります。',
        'This division already has an entry for the item and year.',
      );
    const id = await repo.insertEntry(tx, {
      tenantId: actor.tenantId,
      itemId: item.id,
      fiscalYear: input.fiscalYear,
      divisionCode: input.divisionCode,
      divisionCodes: [input.divisionCode],
      state: 'draft',
      createdBy: actor.userId,
    });
    await repo.addEvent(tx, {
      tenantId: actor.tenantId,
      entryId: id,
      event: 'created',
      actorId: actor.userId,
    });
    await audit(tx, actor, id, 'progress_entry.created', 'draft');
    return readEntry(tx, actor, id);
  });
}

type EntryAuditAction = Extract<AuditEvent, { entityType: 'progress_entry' }>['action'];

function audit(tx: Tx, actor: UserActor, id: string, action: EntryAuditAction, state: string) {
  return recordAudit(tx, actor, { action, entityType: 'progress_entry', entityId: id, payload: { state } });
}

type Move = {
  from: readonly string[];
  to: string;
  event: 'edited' | 'submitted' | 'approved' | 'returned';
  allowed: (actor: UserActor, divisions: readonly string[]) => boolean;
};

const MOVES = {
  edit: { from: EDITABLE, to: 'same', event: 'edited', allowed: writesEntry },
  submit: { from: EDITABLE, to: 'submitted', event: 'submitted', allowed: writesEntry },
  approve: { from: ['submitted'], to: 'approved', event: 'approved', allowed: (a) => isPlanner(a) },
  return: { from: ['submitted'], to: 'returned', event: 'returned', allowed: (a) => isPlanner(a) },
} satisfies Record<string, Move>;

const REFUSED: Record<keyof typeof MOVES, [string, string]> = {
  edit: ['提出済み・承認済みの報告は編集できません。', 'Only a draft or returned entry can be edited.'],
  submit: ['この報告はすでに提出されています。', 'This entry has already been submitted.'],
  approve: ['承認できるのは提出済みの報告だけです。', 'Only a submitted entry can be approved.'],
  return: ['差し戻せるのは提出済みの報告だけです。', 'Only a submitted entry can be returned.'],
};

async function move(
  db: Db,
  actor: UserActor,
  id: string,
  kind: keyof typeof MOVES,
  version: number,
  comment: string | null,
  text?: { achievements: string; nextSteps: string },
): Promise<Entry> {
  const rule: Move = MOVES[kind];
  return runAs(db, actor, async (tx) => {
    const before = await repo.findEntry(tx, id);
    assertThat(before, 'not_found');
    assertThat(rule.allowed(actor, before.entry.divisionCodes), 'forbidden');
    if (kind === 'submit' && before.entry.achievements.trim() === '')
      throw invalidField(
        'achievements',
        '取組実績を書いてから提出してください / write the achievements before submitting',
      );
    if (kind === 'return' && !comment?.trim())
      throw invalidField('comment', '差し戻しの理由を書いてください / say what to change');
    const state = rule.to === 'same' ? before.entry.state : rule.to;
    const set = {
      ...(text ?? {}),
      state,
      ...(kind === 'submit' ? { submittedAt: new Date() } : {}),
      ...(kind === 'approve' ? { approvedAt: new Date(), approvedBy: actor.userId } : {}),
    };
    if (!(await repo.updateEntry(tx, id, rule.from, version, set)))
      throw before.entry.version !== version
        ? new AppError('version_conflict')
        : stateConflict(...REFUSED[kind]);
    await repo.addEvent(tx, {
      tenantId: actor.tenantId,
      entryId: id,
      event: rule.event,
      comment: comment?.trim() || null,
      actorId: actor.userId,
    });
    await audit(tx, actor, id, `progress_entry.${rule.event}`, state);
    return readEntry(tx, actor, id);
  });
}

export const updateEntry = (db: Db, actor: UserActor, id: string, input: EntryUpdate) =>
  move(db, actor, id, 'edit', input.version, null, {
    achievements: input.achievements,
    nextSteps: input.nextSteps,
  });
export const submitEntry = (db: Db, actor: UserActor, id: string, input: EntryAction) =>
  move(db, actor, id, 'submit', input.version, input.comment);
export const approveEntry = (db: Db, actor: UserActor, id: string, input: EntryAction) =>
  move(db, actor, id, 'approve', input.version, input.comment);
export const returnEntry = (db: Db, actor: UserActor, id: string, input: EntryAction) =>
  move(db, actor, id, 'return', input.version, input.comment);

/** A comment in the entry's history (the division's reporter or the planner), in any state. */
export function commentEntry(db: Db, actor: UserActor, id: string, comment: string): Promise<Entry> {
  return runAs(db, actor, async (tx) => {
    const before = await repo.findEntry(tx, id);
    assertThat(before, 'not_found');
    assertThat(writesEntry(actor, before.entry.divisionCodes), 'forbidden');
    await repo.addEvent(tx, {
      tenantId: actor.tenantId,
      entryId: id,
      event: 'commented',
      comment: comment.trim(),
      actorId: actor.userId,
    });
    await audit(tx, actor, id, 'progress_entry.commented', before.entry.state);
    return readEntry(tx, actor, id);
  });
}
