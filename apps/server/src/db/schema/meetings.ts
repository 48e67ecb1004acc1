import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies';
import { cases } from './cases';
import { id, tenantId } from './common';
import { users } from './users';

export type DecisionColumn = { caseId: string | null; text: string };

/** A meeting about cases: 複合課題ケース検討会, 重層的支援会議, 支援会議 or アドバイザー会議. */
export const meetings = pgTable(
  'meetings',
  {
    id: id(),
    tenantId: tenantId(),
    /** case_conference | multi_agency | support_council | advisor */
    kind: text('kind').notNull(),
    /** planned | held | closed */
    state: text('state').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    place: text('place'),
    purpose: text('purpose').notNull(),
    /** Non-public minutes. */
    minutes: text('minutes'),
    decisions: jsonb('decisions').$type<DecisionColumn[]>().notNull().default([]),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('meetings_tenant_held').on(t.tenantId, t.heldOn)],
);

/** The agenda: the cases a meeting discusses. */
export const meetingCases = pgTable(
  'meeting_cases',
  {
    tenantId: tenantId(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.caseId] }), index('meeting_cases_case').on(t.caseId)],
);

/** Who attends, for which agency; for a 支援会議, each one's acknowledgement of the duty of secrecy. */
export const meetingAttendees = pgTable(
  'meeting_attendees',
  {
    id: id(),
    tenantId: tenantId(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    personName: text('person_name').notNull(),
    role: text('role'),
    secrecyAcknowledgedAt: timestamp('secrecy_acknowledged_at', { withTimezone: true }),
    acknowledgementRecordedBy: uuid('acknowledgement_recorded_by').references(() => users.id),
  },
  (t) => [
    index('meeting_attendees_meeting').on(t.meetingId),
    index('meeting_attendees_agency').on(t.tenantId, t.agencyId, t.meetingId),
  ],
);
