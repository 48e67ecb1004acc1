import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { agencies } from './agencies';
import { tenantId } from './common';
import { consents } from './consents';
import { households, persons } from './households';
import { users } from './users';

/**
 * つなぐ: a household handed from one agency to another. A hand-on closes this referral and opens the
 * next one in the same chain (`chain_id` = the first referral's id, `hop` = hand-ons before it).
 */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantId(),
    chainId: uuid('chain_id').notNull(),
    parentId: uuid('parent_id'),
    hop: integer('hop').notNull().default(0),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    personId: uuid('person_id').references(() => persons.id),
    fromAgencyId: uuid('from_agency_id')
      .notNull()
      .references(() => agencies.id),
    toAgencyId: uuid('to_agency_id')
      .notNull()
      .references(() => agencies.id),
    reason: text('reason').notNull(),
    /** consent | emergency: the legal basis of the disclosure to the receiving agency. */
    basis: text('basis').notNull(),
    consentId: uuid('consent_id').references(() => consents.id),
    emergencyReason: text('emergency_reason'),
    /** sent | received | accepted | in_progress | completed | handed_on | escalated */
    state: text('state').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    /** When the chain's first referral was sent: the start of the time without an owner. */
    chainStartedAt: timestamp('chain_started_at', { withTimezone: true }).notNull(),
    /** The last business day (Asia/Tokyo) on which accepting is in time. */
    acceptDueOn: date('accept_due_on', { mode: 'string' }).notNull(),
    /** After this business day the referral escalates by itself if nobody owns it. */
    escalateDueOn: date('escalate_due_on', { mode: 'string' }).notNull(),
    /** Set once the sender and the coordinator were told the accept deadline passed. */
    overdueNotifiedAt: timestamp('overdue_notified_at', { withTimezone: true }),
    receivedAt: timestamp('received_at', { withTimezone: true }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    startedAt: timestamp('started_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    outcome: text('outcome'),
    outcomeNote: text('outcome_note'),
    escalationReason: text('escalation_reason'),
    escalationNote: text('escalation_note'),
    escalatedAutomatically: boolean('escalated_automatically').notNull().default(false),
    /** When a coordinator first opened the escalated referral: until then it counts as new in the queue. */
    coordinatorSeenAt: timestamp('coordinator_seen_at', { withTimezone: true }),
    /**
     * When a case was opened from the escalated referral (the coordinator's triage). Set by the
     * database as the case is inserted (migration 0043); until then the escalation waits in the queue.
     */
    caseOpenedAt: timestamp('case_opened_at', { withTimezone: true }),
    nextReferralId: uuid('next_referral_id'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('referrals_to_state').on(t.tenantId, t.toAgencyId, t.state, t.sentAt),
    index('referrals_from_state').on(t.tenantId, t.fromAgencyId, t.state, t.sentAt),
    // An agency's inbox and outbox in time order, whatever the state: the newest page without reading
    // the agency's whole history.
    index('referrals_to_sent').on(t.tenantId, t.toAgencyId, t.sentAt),
    index('referrals_from_sent').on(t.tenantId, t.fromAgencyId, t.sentAt),
    index('referrals_chain').on(t.chainId),
    index('referrals_state_due').on(t.tenantId, t.state, t.escalateDueOn),
    index('referrals_household').on(t.householdId),
    index('referrals_consent').on(t.consentId),
    // The coordinator's queue: the escalations still waiting, however many were triaged before.
    index('referrals_untriaged').on(t.tenantId).where(sql`state = 'escalated' and case_opened_at is null`),
  ],
);

/** The history of a referral, append-only: who moved it from which state to which, and when. */
export const referralEvents = pgTable(
  'referral_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tenantId: tenantId(),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referrals.id),
    chainId: uuid('chain_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** send | receive | accept | start | complete | hand_on | escalate | auto_escalate */
    action: text('action').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    /** Null when the system acted. */
    actorUserId: uuid('actor_user_id').references(() => users.id),
    agencyId: uuid('agency_id').references(() => agencies.id),
    note: text('note'),
  },
  (t) => [index('referral_events_referral').on(t.referralId, t.id)],
);

/** In-app notifications, one per user; they carry no personal data, only what happened to which referral. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    referralId: uuid('referral_id').references(() => referrals.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notifications_user').on(t.tenantId, t.userId, t.createdAt)],
);
