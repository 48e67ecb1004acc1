import type {
  MeetingCreate,
  MeetingDetail,
  MeetingKind,
  MeetingMinutes,
  MeetingState,
  MeetingSummary,
} from '@tsunagu/contracts/meetings';
import { toIsoDate } from '@tsunagu/japan';
import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { enterMeetingContext, runAs } from '../../platform/db/scope';
import { AppError, assertThat, invalidField, stateConflict } from '../../platform/errors';
import { addTeamMemberIn } from '../cases/case-work';
import { isCoordinator } from '../cases/cases.policy';
import { presentTask } from '../cases/cases.present';
import { insertTasks, listMeetingTasks } from '../cases/tasks.repository';
import { readAgendaCase } from './meeting-agenda';
import { agendaCases, attendingAgencies, checkLegalBasis } from './meeting-rules';
import * as repo from './meetings.repository';

function presentSummary(m: repo.MeetingRow, caseCount: number, attendeeCount: number): MeetingSummary {
  return {
    id: m.id,
    kind: m.kind as MeetingKind,
    state: m.state as MeetingState,
    heldOn: m.heldOn,
    place: m.place,
    purpose: m.purpose,
    caseCount: Number(caseCount),
    attendeeCount: Number(attendeeCount),
  };
}

/** Plans a meeting (the coordinator), checking the legal rule of its kind before anything is saved. */
export async function createMeeting(db: Db, actor: UserActor, input: MeetingCreate) {
  assertThat(isCoordinator(actor), 'forbidden');
  return runAs(db, actor, async (tx) => {
    const agencies = await attendingAgencies(tx, input.attendees);
    const agenda = await agendaCases(tx, input.kind, input.caseIds);
    await checkLegalBasis(tx, input.kind, agencies, agenda);
    const m = await repo.insertMeeting(tx, {
      tenantId: actor.tenantId,
      kind: input.kind,
      state: 'planned',
      heldOn: input.heldOn,
      place: input.place,
      purpose: input.purpose,
      createdBy: actor.userId,
    });
    await repo.insertAgenda(
      tx,
      agenda.map((c, position) => ({ tenantId: actor.tenantId, meetingId: m.id, caseId: c.id, position })),
    );
    await repo.insertAttendees(
      tx,
      input.attendees.map((a) => ({ tenantId: actor.tenantId, meetingId: m.id, ...a })),
    );
    await recordAudit(tx, actor, {
      action: 'meeting.created',
      entityType: 'meeting',
      entityId: m.id,
      payload: { kind: m.kind, cases: agenda.length },
    });
    return { id: m.id };
  });
}

/** Meetings the actor sees: all for coordinators, the ones their agency attends for others. */
export async function listMeetings(db: Db, actor: UserActor) {
  const rows = await runAs(db, actor, (tx) => repo.listMeetings(tx));
  return { items: rows.map((r) => presentSummary(r.meeting, r.caseCount, r.attendeeCount)) };
}

/**
 * The meeting page. An attending agency reads the agenda cases through the meeting context: only
 * those cases, only while the meeting is open, and at a 支援会議 only after its attendee acknowledged
 * the duty of secrecy. Every case shown is logged as viewed through the meeting.
 */
export async function getMeeting(db: Db, actor: UserActor, id: string): Promise<MeetingDetail> {
  const today = toIsoDate(new Date());
  return runAs(db, actor, async (tx) => {
    const m = await repo.findMeeting(tx, id);
    assertThat(m, 'not_found');
    const coordinator = isCoordinator(actor);
    const attendees = await repo.listAttendees(tx, id);
    const ownRows = attendees.filter((a) => a.attendee.agencyId === actor.agencyId);
    const caseIds = await repo.agendaCaseIds(tx, id);
    // Read before the meeting context opens the agenda: a task links to its case only where the
    // case page itself would open.
    const tasks = await listMeetingTasks(tx, id);
    if (!coordinator) await enterMeetingContext(tx, id);
    const agenda = [];
    for (const caseId of caseIds) {
      const c = await readAgendaCase(tx, caseId);
      if (!c) continue;
      agenda.push(c);
      await recordAudit(tx, actor, {
        action: 'case.viewed',
        entityType: 'case',
        entityId: caseId,
        payload: { via: 'meeting', meetingId: id },
      });
    }
    await recordAudit(tx, actor, {
      action: 'meeting.viewed',
      entityType: 'meeting',
      entityId: id,
      payload: { kind: m.kind, cases: agenda.length },
    });
    return {
      ...presentSummary(m, caseIds.length, attendees.length),
      version: m.version,
      attendees: attendees.map((a) => ({
        id: a.attendee.id,
        agency: { id: a.attendee.agencyId, name: a.agencyName },
        personName: a.attendee.personName,
        role: a.attendee.role,
        secrecyAcknowledgedAt: a.attendee.secrecyAcknowledgedAt?.toISOString() ?? null,
      })),
      agenda,
      minutes: m.minutes,
      decisions: m.decisions,
      tasks: tasks.map((t) => presentTask(t, today, actor)),
      abilities: {
        record: coordinator && m.state === 'planned',
        acknowledge:
          m.kind === 'support_council' && m.state !== 'closed'
            ? (coordinator ? attendees : ownRows)
                .filter((a) => !a.attendee.secrecyAcknowledgedAt)
                .map((a) => a.attendee.id)
            : [],
        close: coordinator && m.state === 'held',
      },
    };
  });
}

/** 支援会議: an attendee's acknowledgement of the duty of secrecy, by their agency or the coordinator. */
export async function acknowledgeSecrecy(db: Db, actor: UserActor, id: string, attendeeId: string) {
  await runAs(db, actor, async (tx) => {
    const m = await repo.findMeeting(tx, id);
    assertThat(m, 'not_found');
    if (m.kind !== 'support_council')
      throw stateConflict(
        '守秘義務の確認は支援会議のみです。',
        'Only a support council records secrecy acknowledgements.',
      );
    if (m.state === 'closed')
      throw stateConflict('この会議は記録が確定しています。', 'The meeting is closed.');
    const attendee = (await repo.listAttendees(tx, id)).find((a) => a.attendee.id === attendeeId);
    assertThat(attendee, 'not_found');
    assertThat(isCoordinator(actor) || attendee.attendee.agencyId === actor.agencyId, 'forbidden');
    if (!(await repo.acknowledge(tx, id, attendeeId, actor.userId)))
      throw stateConflict('この出席者はすでに確認済みです。', 'Already acknowledged.');
    await recordAudit(tx, actor, {
      action: 'meeting.acknowledged',
      entityType: 'meeting',
      entityId: id,
      payload: { kind: m.kind, attendeeId },
    });
  });
}

/**
 * The record of the held meeting (once, by the coordinator): minutes, decisions, roles assigned to
 * agencies on agenda cases (they join the team), and action items into the owners' task lists.
 * A 支援会議 is recorded only when every attendee has acknowledged the duty of secrecy.
 */
export async function recordMinutes(db: Db, actor: UserActor, id: string, input: MeetingMinutes) {
  assertThat(isCoordinator(actor), 'forbidden');
  await runAs(db, actor, async (tx) => {
    const m = await repo.findMeeting(tx, id);
    assertThat(m, 'not_found');
    if (m.state !== 'planned')
      throw stateConflict('この会議の記録はすでにあります。', 'This meeting was already recorded.');
    if (m.heldOn > toIsoDate(new Date()))
      throw stateConflict('開催日より前には記録できません。', 'The meeting has not taken place yet.');
    const attendees = await repo.listAttendees(tx, id);
    const pending = attendees.filter((a) => !a.attendee.secrecyAcknowledgedAt);
    if (m.kind === 'support_council' && pending.length)
      throw new AppError('unprocessable', { attendees: pending.map((a) => a.attendee.id) }, undefined, {
        ja: `守秘義務の確認がない出席者がいます：${pending.map((a) => `${a.agencyName} ${a.attendee.personName}`).join('、')}。`,
        en: `Some attendees have not acknowledged the duty of secrecy: ${pending.map((a) => a.attendee.personName).join(', ')}.`,
      });
    const agenda = new Set(await repo.agendaCaseIds(tx, id));
    input.decisions.forEach((d, i) => {
      if (d.caseId && !agenda.has(d.caseId))
        throw invalidField(`decisions.${i}.caseId`, '議題にないケースです / not on the agenda');
    });
    input.actionItems.forEach((a, i) => {
      if (a.caseId && !agenda.has(a.caseId))
        throw invalidField(`actionItems.${i}.caseId`, '議題にないケースです / not on the agenda');
    });
    for (const [i, r] of input.roles.entries()) {
      if (!agenda.has(r.caseId))
        throw invalidField(`roles.${i}.caseId`, '議題にないケースです / not on the agenda');
      await addTeamMemberIn(
        tx,
        actor,
        r.caseId,
        { agencyId: r.agencyId, role: r.role, contactName: null },
        id,
      );
    }
    const moved = await repo.updateMeeting(tx, id, ['planned'], input.version, {
      state: 'held',
      minutes: input.minutes,
      decisions: input.decisions,
    });
    assertThat(moved, 'version_conflict');
    await insertTasks(
      tx,
      input.actionItems.map((a) => ({
        tenantId: actor.tenantId,
        meetingId: id,
        createdBy: actor.userId,
        ...a,
      })),
    );
    await recordAudit(tx, actor, {
      action: 'meeting.recorded',
      entityType: 'meeting',
      entityId: id,
      payload: { kind: m.kind, cases: agenda.size },
    });
  });
}

/** Makes the record final; attendees' access to the agenda cases through this meeting ends. */
export async function closeMeeting(db: Db, actor: UserActor, id: string, version: number) {
  assertThat(isCoordinator(actor), 'forbidden');
  await runAs(db, actor, async (tx) => {
    const m = await repo.findMeeting(tx, id);
    assertThat(m, 'not_found');
    const moved = await repo.updateMeeting(tx, id, ['held'], version, {
      state: 'closed',
      closedAt: new Date(),
    });
    if (!moved)
      throw stateConflict(
        '記録済みの会議だけを確定できます（または他の人が先に更新しました）。',
        'Only a recorded meeting can be closed (or it changed meanwhile).',
      );
    await recordAudit(tx, actor, {
      action: 'meeting.closed',
      entityType: 'meeting',
      entityId: id,
      payload: { kind: m.kind },
    });
  });
}
