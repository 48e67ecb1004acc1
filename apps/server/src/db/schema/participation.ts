import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { agencies } from './agencies';
import { cases } from './cases';
import { id, tenantId, timestamps } from './common';
import { households, persons } from './households';
import { users } from './users';

const codes = (name: string) => text(name).array().notNull().default(sql`'{}'::text[]`);
const note = (name: string) => text(name).notNull().default('');

/** An employment programme of the city (生涯活躍就労支援事業 …) and the division that owns it. */
export const employmentProgrammes = pgTable(
  'employment_programmes',
  {
    id: id(),
    tenantId: tenantId(),
    code: text('code').notNull(),
    nameJa: text('name_ja').notNull(),
    nameEn: text('name_en').notNull(),
    divisionCode: text('division_code').notNull(),
    /** Runs registration, matching and follow-ups here (others only count the persons they support). */
    matching: boolean('matching').notNull().default(false),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [uniqueIndex('employment_programmes_tenant_code').on(t.tenantId, t.code)],
);

/**
 * An agency that works a programme: which barrier levels it takes (振分け) and whether it is the
 * programme's desk (受付・登録・振分け).
 */
export const programmeAgencies = pgTable(
  'programme_agencies',
  {
    id: id(),
    tenantId: tenantId(),
    programmeCode: text('programme_code').notNull(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    barrierLevels: codes('barrier_levels'),
    desk: boolean('desk').notNull().default(false),
  },
  (t) => [
    uniqueIndex('programme_agencies_programme_agency').on(t.tenantId, t.programmeCode, t.agencyId),
    index('programme_agencies_agency').on(t.agencyId),
  ],
);

/**
 * 利用者（参加支援）: a person registered for help into work or a place to go, with the intake of
 * health, wishes, hours, abilities, limits and barriers. Personal data: seen through the household's
 * live links, or through the participation link the registering and the allocated agency hold for
 * this participant, which opens it and its person only, never the household (ADR 0013).
 */
export const participants = pgTable(
  'participants',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantId(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    programmeCode: text('programme_code').notNull(),
    /** work | place */
    aim: text('aim').notNull(),
    caseId: uuid('case_id').references(() => cases.id),
    registeredOn: date('registered_on', { mode: 'string' }).notNull(),
    registeredByAgencyId: uuid('registered_by_agency_id')
      .notNull()
      .references(() => agencies.id),
    registeredBy: uuid('registered_by').references(() => users.id),
    healthLevel: text('health_level').notNull(),
    healthNote: note('health_note'),
    wishesNote: note('wishes_note'),
    wishedIndustries: codes('wished_industries'),
    abilities: codes('abilities'),
    limits: codes('limits'),
    interests: codes('interests'),
    accessibilityNeeds: codes('accessibility_needs'),
    availableDays: codes('available_days'),
    maxHoursPerWeek: integer('max_hours_per_week'),
    travelRange: text('travel_range').notNull().default('welfare'),
    barrierLevel: text('barrier_level').notNull(),
    barriersNote: note('barriers_note'),
    allocatedAgencyId: uuid('allocated_agency_id').references(() => agencies.id),
    assignedUserId: uuid('assigned_user_id').references(() => users.id),
    allocationNote: note('allocation_note'),
    closedOn: date('closed_on', { mode: 'string' }),
    closeReason: note('close_reason'),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    index('participants_tenant_registered').on(t.tenantId, t.programmeCode, t.registeredOn),
    index('participants_household').on(t.householdId),
    index('participants_person').on(t.personId),
    // One open registration per person and programme, whoever registered it.
    uniqueIndex('participants_open_registration')
      .on(t.tenantId, t.personId, t.programmeCode)
      .where(sql`closed_on is null`),
    index('participants_case').on(t.caseId).where(sql`case_id is not null`),
  ],
);

/** 協力企業: an employer registered with a programme (registration date; withdrawn when it leaves). */
export const employers = pgTable(
  'employers',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantId(),
    programmeCode: text('programme_code').notNull(),
    name: text('name').notNull(),
    industryCode: text('industry_code').notNull(),
    address: note('address'),
    schoolDistrictCode: text('school_district_code'),
    contactName: note('contact_name'),
    contactPhone: note('contact_phone'),
    contactEmail: note('contact_email'),
    registeredOn: date('registered_on', { mode: 'string' }).notNull(),
    withdrawnOn: date('withdrawn_on', { mode: 'string' }),
    note: note('note'),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [index('employers_tenant_programme').on(t.tenantId, t.programmeCode, t.registeredOn)],
);

/** 求人: an opening of an employer, its tasks carved to fit (業務の切り分け), hours and place. */
export const jobOpenings = pgTable(
  'job_openings',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantId(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    title: text('title').notNull(),
    tasks: codes('tasks'),
    demands: codes('demands'),
    carvingNote: note('carving_note'),
    hoursPerWeek: integer('hours_per_week').notNull(),
    days: codes('days'),
    timeNote: note('time_note'),
    wageNote: note('wage_note'),
    conditionsNote: note('conditions_note'),
    address: note('address'),
    schoolDistrictCode: text('school_district_code'),
    positions: integer('positions').notNull().default(1),
    open: boolean('open').notNull().default(true),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    index('job_openings_employer').on(t.employerId),
    index('job_openings_tenant_open').on(t.tenantId).where(sql`open`),
  ],
);

/** 通いの場・サロン・居場所: a place to go, with its days, accessibility and interests. */
export const places = pgTable(
  'places',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantId(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    host: note('host'),
    address: note('address'),
    schoolDistrictCode: text('school_district_code'),
    days: codes('days'),
    timeNote: note('time_note'),
    accessibility: codes('accessibility'),
    interests: codes('interests'),
    capacity: integer('capacity'),
    feeNote: note('fee_note'),
    contact: note('contact'),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [index('places_tenant').on(t.tenantId, t.kind)],
);

/**
 * A match of a participant with an opening or a place: proposed (with the score as it stood) → trial
 * (体験) → placed (就労 / 参加開始) → ended; or declined before placement.
 */
export const matches = pgTable(
  'matches',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantId(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    openingId: uuid('opening_id').references(() => jobOpenings.id),
    placeId: uuid('place_id').references(() => places.id),
    state: text('state').notNull().default('proposed'),
    score: integer('score').notNull(),
    scoreItems: jsonb('score_items').notNull(),
    proposedOn: date('proposed_on', { mode: 'string' }).notNull(),
    proposedBy: uuid('proposed_by').references(() => users.id),
    trialFrom: date('trial_from', { mode: 'string' }),
    trialTo: date('trial_to', { mode: 'string' }),
    trialNote: note('trial_note'),
    placedOn: date('placed_on', { mode: 'string' }),
    endedOn: date('ended_on', { mode: 'string' }),
    endReason: note('end_reason'),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    index('matches_participant').on(t.participantId),
    index('matches_opening').on(t.openingId),
    index('matches_place').on(t.placeId),
    index('matches_tenant_placed').on(t.tenantId, t.placedOn).where(sql`placed_on is not null`),
    check('matches_one_target', sql`(opening_id is null) <> (place_id is null)`),
  ],
);

/** 定着支援: a follow-up 1, 3 or 6 months after a placement, with the person and the employer. */
export const retentionFollowUps = pgTable(
  'retention_follow_ups',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantId(),
    matchId: uuid('match_id')
      .notNull()
      .references(() => matches.id),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    month: smallint('month').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    doneOn: date('done_on', { mode: 'string' }),
    personContacted: boolean('person_contacted'),
    employerContacted: boolean('employer_contacted'),
    stillWorking: boolean('still_working'),
    note: note('note'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('retention_follow_ups_match_month').on(t.matchId, t.month),
    index('retention_follow_ups_due').on(t.tenantId, t.dueOn).where(sql`done_on is null`),
  ],
);

/** 就職面接会・フェア: a fair or interview session, with participants and hires as counted. */
export const jobFairs = pgTable(
  'job_fairs',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantId(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    venue: note('venue'),
    coHost: note('co_host'),
    programmeCode: text('programme_code'),
    employers: integer('employers'),
    participants: integer('participants').notNull(),
    hires: integer('hires'),
    note: note('note'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('job_fairs_tenant_held').on(t.tenantId, t.heldOn)],
);
