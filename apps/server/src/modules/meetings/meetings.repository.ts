import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { agencies, meetingAttendees, meetingCases, meetings } from '../../db/schema';
import type { Tx } from '../../platform/db/database';

export type MeetingRow = typeof meetings.$inferSelect;

export async function insertMeeting(tx: Tx, values: typeof meetings.$inferInsert) {
  const [row] = await tx.insert(meetings).values(values).returning();
  return row!;
}

export async function insertAgenda(tx: Tx, rows: (typeof meetingCases.$inferInsert)[]) {
  if (rows.length) await tx.insert(meetingCases).values(rows);
}

export async function insertAttendees(tx: Tx, rows: (typeof meetingAttendees.$inferInsert)[]) {
  if (rows.length) await tx.insert(meetingAttendees).values(rows);
}

/** One meeting the actor may see (coordinator, or an attending agency), or undefined. */
export async function findMeeting(tx: Tx, id: string) {
  const rows = await tx.select().from(meetings).where(eq(meetings.id, id)).limit(1);
  return rows[0];
}

const counts = {
  caseCount: sql<number>`(select count(*)::int from ${meetingCases} c where c.meeting_id = "meetings"."id")`,
  attendeeCount: sql<number>`(select count(*)::int from ${meetingAttendees} a where a.meeting_id = "meetings"."id")`,
};

/** Meetings the actor sees, the latest first. */
export function listMeetings(tx: Tx, limit = 200) {
  return tx
    .select({ meeting: meetings, ...counts })
    .from(meetings)
    .orderBy(desc(meetings.heldOn))
    .limit(limit);
}

export function listAttendees(tx: Tx, meetingId: string) {
  return tx
    .select({ attendee: meetingAttendees, agencyName: agencies.name, categoryCode: agencies.categoryCode })
    .from(meetingAttendees)
    .innerJoin(agencies, eq(agencies.id, meetingAttendees.agencyId))
    .where(eq(meetingAttendees.meetingId, meetingId))
    .orderBy(asc(agencies.nameKana), asc(meetingAttendees.personName));
}

export async function agendaCaseIds(tx: Tx, meetingId: string): Promise<string[]> {
  const rows = await tx
    .select({ caseId: meetingCases.caseId })
    .from(meetingCases)
    .where(eq(meetingCases.meetingId, meetingId))
    .orderBy(asc(meetingCases.position));
  return rows.map((r) => r.caseId);
}

/** Records an attendee's acknowledgement of the duty of secrecy (once). */
export async function acknowledge(tx: Tx, meetingId: string, attendeeId: string, userId: string) {
  const rows = await tx
    .update(meetingAttendees)
    .set({ secrecyAcknowledgedAt: new Date(), acknowledgementRecordedBy: userId })
    .where(
      and(
        eq(meetingAttendees.id, attendeeId),
        eq(meetingAttendees.meetingId, meetingId),
        sql`${meetingAttendees.secrecyAcknowledgedAt} is null`,
      ),
    )
    .returning();
  return rows[0];
}

/** Moves the meeting on if it is in `from` and at `version`. */
export async function updateMeeting(
  tx: Tx,
  id: string,
  from: string[],
  version: number,
  set: Partial<typeof meetings.$inferInsert>,
) {
  const rows = await tx
    .update(meetings)
    .set({ ...set, version: sql`${meetings.version} + 1` })
    .where(and(eq(meetings.id, id), inArray(meetings.state, from), eq(meetings.version, version)))
    .returning();
  return rows[0];
}
