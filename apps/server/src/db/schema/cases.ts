import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { agencies } from './agencies';
import { id, tenantId } from './common';
import { households, persons } from './households';
import { referrals } from './referrals';
import { users } from './users';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/**
 * A case of the city coordinator (SPEC M4): an escalated referral or a direct request, triaged into
 * advice only (closed at once) or a coordinated case that goes through planning and monitoring.
 * Until triage (`kind` null) it waits in the coordinator's queue.
 */
export const cases = pgTable(
  'cases',
  {
    id: id(),
    tenantId: tenantId(),
    /** The number staff say aloud ("ケース 123"); unique within the installation. */
    number: bigserial('number', { mode: 'number' }).notNull(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    personId: uuid('person_id').references(() => persons.id),
    /** escalation | direct */
    source: text('source').notNull(),
    referralId: uuid('referral_id').references(() => referrals.id),
    requestAgencyId: uuid('request_agency_id').references(() => agencies.id),
    summary: text('summary').notNull(),
    /** 受付日: the case counts in this day's 年度. */
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    /** advice_only | coordinated; null until triage. */
    kind: text('kind'),
    /** triage | assessment | planning | monitoring | closed */
    stage: text('stage').notNull(),
    advice: text('advice'),
    triagedAt: timestamp('triaged_at', { withTimezone: true }),
    triagedBy: uuid('triaged_by').references(() => users.id),
    closedOn: date('closed_on', { mode: 'string' }),
    outcome: text('outcome'),
    closureNote: text('closure_note'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('cases_tenant_stage').on(t.tenantId, t.stage, t.receivedOn),
    /** The case list's order, newest first: a page is read from the index instead of sorting the city's cases. */
    index('cases_tenant_received').on(
      t.tenantId,
      t.receivedOn.desc().nullsFirst(),
      t.number.desc().nullsFirst(),
    ),
    index('cases_household').on(t.householdId),
    uniqueIndex('cases_referral').on(t.referralId),
  ],
);

/** An agency of a case's team and its role; membership opens the household to it (live link). */
export const caseTeam = pgTable(
  'case_team',
  {
    id: id(),
    tenantId: tenantId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** person_support | partner_support | overall_coordination | advisor | facilitator */
    role: text('role').notNull(),
    contactName: text('contact_name'),
    /** The meeting whose decision assigned the role, if any. */
    meetingId: uuid('meeting_id'),
    addedBy: uuid('added_by').references(() => users.id),
    addedAt: createdAt(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    index('case_team_case').on(t.caseId),
    index('case_team_agency').on(t.tenantId, t.agencyId, t.caseId),
  ],
);

/** 個別調整: the coordinator in touch with an agency about a case (counted in the 事業実績). */
export const caseContacts = pgTable(
  'case_contacts',
  {
    id: id(),
    tenantId: tenantId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    contactedOn: date('contacted_on', { mode: 'string' }).notNull(),
    /** visit | phone | mail | meeting */
    method: text('method').notNull(),
    content: text('content').notNull(),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: createdAt(),
  },
  (t) => [
    index('case_contacts_case').on(t.caseId, t.contactedOn),
    index('case_contacts_tenant_date').on(t.tenantId, t.contactedOn),
  ],
);

/** アウトリーチ: a visit to reach the person, also before consent; kept minimal. */
export const caseOutreach = pgTable(
  'case_outreach',
  {
    id: id(),
    tenantId: tenantId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    visitedOn: date('visited_on', { mode: 'string' }).notNull(),
    beforeConsent: boolean('before_consent').notNull(),
    place: text('place'),
    summary: text('summary').notNull(),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: createdAt(),
  },
  (t) => [index('case_outreach_case').on(t.caseId, t.visitedOn)],
);

/** 支援経過記録, append-only: a correction is a new entry that names the one it corrects. */
export const caseRecords = pgTable(
  'case_records',
  {
    id: id(),
    tenantId: tenantId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    body: text('body').notNull(),
    correctsId: uuid('corrects_id'),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    agencyId: uuid('agency_id').references(() => agencies.id),
    recordedAt: createdAt(),
  },
  (t) => [
    // The case page reads a case's record newest first, a page at a time.
    index('case_records_case').on(t.caseId, t.occurredOn, t.recordedAt, t.id),
    // Whether an entry has been corrected, and by which later entry.
    index('case_records_corrects').on(t.correctsId).where(sql`corrects_id is not null`),
  ],
);

/** 検証: the review of a case closed without being resolved. */
export const caseReviews = pgTable(
  'case_reviews',
  {
    id: id(),
    tenantId: tenantId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    reviewedOn: date('reviewed_on', { mode: 'string' }).notNull(),
    findings: text('findings').notNull(),
    lessons: text('lessons'),
    reviewerId: uuid('reviewer_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('case_reviews_case').on(t.caseId),
    index('case_reviews_tenant_date').on(t.tenantId, t.reviewedOn),
  ],
);

export type PlanGoalColumn = { text: string };
export type PlanActionColumn = { goalIndex: number; text: string; ownerAgencyId: string; dueOn: string };

/** 支援計画, one row per version; a version is never edited once approved. */
export const supportPlans = pgTable(
  'support_plans',
  {
    id: id(),
    tenantId: tenantId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    version: integer('version').notNull(),
    /** draft | approved | superseded */
    state: text('state').notNull(),
    personWords: text('person_words').notNull(),
    goals: jsonb('goals').$type<PlanGoalColumn[]>().notNull(),
    actions: jsonb('actions').$type<PlanActionColumn[]>().notNull(),
    participationSupport: boolean('participation_support').notNull(),
    outreach: boolean('outreach').notNull(),
    monitoringDates: date('monitoring_dates', { mode: 'string' }).array().notNull(),
    nextReviewOn: date('next_review_on', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('support_plans_case_version').on(t.caseId, t.version)],
);

export type EvaluationColumn = { goalIndex: number; result: string; comment: string | null };

/** A monitoring date of an approved plan; done when its evaluations are recorded. */
export const monitorings = pgTable(
  'monitorings',
  {
    id: id(),
    tenantId: tenantId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => supportPlans.id),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    doneOn: date('done_on', { mode: 'string' }),
    evaluations: jsonb('evaluations').$type<EvaluationColumn[]>(),
    /** continue | review */
    decision: text('decision'),
    note: text('note'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    /** Set when a newer plan replaced the plan before this date came. */
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (t) => [
    index('monitorings_open_due')
      .on(t.tenantId, t.dueOn)
      .where(sql`done_on IS NULL AND cancelled_at IS NULL`),
    index('monitorings_case').on(t.caseId),
  ],
);

/** An action item (from a meeting or a plan), in its owner agency's task list. */
export const actionItems = pgTable(
  'action_items',
  {
    id: id(),
    tenantId: tenantId(),
    caseId: uuid('case_id').references(() => cases.id),
    meetingId: uuid('meeting_id'),
    planId: uuid('plan_id').references(() => supportPlans.id),
    ownerAgencyId: uuid('owner_agency_id')
      .notNull()
      .references(() => agencies.id),
    title: text('title').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneBy: uuid('done_by').references(() => users.id),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('action_items_owner').on(t.tenantId, t.ownerAgencyId, t.dueOn),
    index('action_items_case').on(t.caseId),
    index('action_items_meeting').on(t.meetingId),
  ],
);

/** 事例集: an anonymised story made from a closed case. */
export const caseStories = pgTable(
  'case_stories',
  {
    id: id(),
    tenantId: tenantId(),
    caseId: uuid('case_id').references(() => cases.id),
    /** draft | in_review | published */
    state: text('state').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    welfareDistrict: text('welfare_district'),
    problemFields: text('problem_fields').array().notNull(),
    agencyKinds: text('agency_kinds').array().notNull(),
    outcome: text('outcome'),
    /** Words of the case (names, places) that the scan replaces and later warns about. */
    scanWords: text('scan_words').array().notNull(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    reviewerId: uuid('reviewer_id').references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [index('case_stories_tenant_state').on(t.tenantId, t.state)],
);
