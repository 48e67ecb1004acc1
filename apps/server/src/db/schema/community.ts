import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, tenantId, timestamps } from './common';
import { users } from './users';

const codes = (name: string) => text(name).array().notNull().default(sql`'{}'::text[]`);
const note = (name: string) => text(name).notNull().default('');
const version = () => integer('version').notNull().default(1);
/** The division that owns the row (from the tenant's configuration); writes are checked against it. */
const division = () => text('division_code').notNull();

/**
 * A city's community programmes as configured (apps/server/demo/okayama/community.json): owner
 * division, plan policy, event kinds with their count fields, and the tags that feed metrics.
 */
export const communityProgrammes = pgTable(
  'community_programmes',
  {
    id: id(),
    tenantId: tenantId(),
    code: text('code').notNull(),
    nameJa: text('name_ja').notNull(),
    nameEn: text('name_en').notNull(),
    divisionCode: division(),
    policyNo: smallint('policy_no'),
    usesThemes: boolean('uses_themes').notNull().default(false),
    usesProfessions: boolean('uses_professions').notNull().default(false),
    recordsOrganisations: boolean('records_organisations').notNull().default(false),
    /** [{ code, nameJa, nameEn, followsKind, fields: [{ code, nameJa, nameEn, metric? }] }] */
    kinds: jsonb('kinds').notNull(),
    /** The metric fed by the organisations taking part in its events (indicator No 10), if any. */
    organisationMetric: text('organisation_metric'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [uniqueIndex('community_programmes_tenant_code').on(t.tenantId, t.code)],
);

/**
 * The tenant's other community settings, one row per section (councils, dispatch, physicians, board,
 * figures): the owner division and the section's rules, as configured.
 */
export const communitySettings = pgTable(
  'community_settings',
  {
    tenantId: tenantId(),
    section: text('section').notNull(),
    divisionCode: text('division_code'),
    settings: jsonb('settings').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.section] })],
);

/** 支え合い推進会議 of one school district in one 年度. */
export const supportCouncils = pgTable(
  'support_councils',
  {
    id: id(),
    tenantId: tenantId(),
    divisionCode: division(),
    schoolDistrictCode: text('school_district_code').notNull(),
    fiscalYear: smallint('fiscal_year').notNull(),
    established: boolean('established').notNull(),
    establishedOn: date('established_on', { mode: 'string' }),
    active: boolean('active').notNull(),
    activities: codes('activities'),
    promoterName: note('promoter_name'),
    meetings: integer('meetings'),
    note: note('note'),
    version: version(),
    updatedBy: uuid('updated_by').references(() => users.id),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('support_councils_district_year').on(t.tenantId, t.schoolDistrictCode, t.fiscalYear),
    index('support_councils_year').on(t.tenantId, t.fiscalYear),
    check('support_councils_active_established', sql`${t.established} OR NOT ${t.active}`),
  ],
);

/** 法人・企業・団体 taking part in community building. */
export const communityOrganisations = pgTable(
  'community_organisations',
  {
    id: id(),
    tenantId: tenantId(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    schoolDistrictCode: text('school_district_code'),
    contact: note('contact'),
    note: note('note'),
    active: boolean('active').notNull().default(true),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('community_organisations_tenant_name').on(t.tenantId, t.name)],
);

/** An event of a community programme: a course, training, lecture, meeting or forum, with its counts. */
export const programmeEvents = pgTable(
  'programme_events',
  {
    id: id(),
    tenantId: tenantId(),
    programmeCode: text('programme_code').notNull(),
    divisionCode: division(),
    kindCode: text('kind_code').notNull(),
    title: text('title').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    venue: note('venue'),
    schoolDistrictCode: text('school_district_code'),
    welfareDistrictCode: text('welfare_district_code'),
    themeCode: text('theme_code'),
    professions: codes('professions'),
    sessions: integer('sessions').notNull().default(1),
    /** { fieldCode: count } for the kind's configured fields. */
    counts: jsonb('counts').notNull().default(sql`'{}'::jsonb`),
    followsEventId: uuid('follows_event_id'),
    note: note('note'),
    version: version(),
    createdBy: uuid('created_by').references(() => users.id),
    ...timestamps(),
  },
  (t) => [
    index('programme_events_programme_held').on(t.tenantId, t.programmeCode, t.heldOn),
    check('programme_events_sessions', sql`${t.sessions} >= 1`),
  ],
);

/** An organisation that took part in an event. */
export const eventOrganisations = pgTable(
  'event_organisations',
  {
    tenantId: tenantId(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => programmeEvents.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => communityOrganisations.id),
    divisionCode: division(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.organisationId] }),
    index('event_organisations_organisation').on(t.organisationId),
  ],
);

/** 分野別アドバイザー. */
export const advisors = pgTable('advisors', {
  id: id(),
  tenantId: tenantId(),
  divisionCode: division(),
  name: text('name').notNull(),
  fieldCode: text('field_code').notNull(),
  contact: note('contact'),
  sinceFiscalYear: smallint('since_fiscal_year'),
  active: boolean('active').notNull().default(true),
  note: note('note'),
  version: version(),
  ...timestamps(),
});

/** A community group's request for an advisor, its session and its course. */
export const dispatchRequests = pgTable(
  'dispatch_requests',
  {
    id: id(),
    tenantId: tenantId(),
    divisionCode: division(),
    groupName: text('group_name').notNull(),
    groupRegistration: text('group_registration').notNull(),
    groupRegistrationRef: note('group_registration_ref'),
    groupActiveSince: date('group_active_since', { mode: 'string' }).notNull(),
    contact: note('contact'),
    schoolDistrictCode: text('school_district_code'),
    fieldCode: text('field_code').notNull(),
    request: text('request').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    status: text('status').notNull(),
    /** The eligibility as checked when the request was received. */
    eligibility: jsonb('eligibility').notNull(),
    advisorId: uuid('advisor_id').references(() => advisors.id),
    sessionOn: date('session_on', { mode: 'string' }),
    sessionHours: numeric('session_hours', { precision: 3, scale: 1, mode: 'number' }),
    sessionFormat: text('session_format'),
    sessionParticipants: integer('session_participants'),
    sessionNote: note('session_note'),
    version: version(),
    createdBy: uuid('created_by').references(() => users.id),
    ...timestamps(),
  },
  (t) => [index('dispatch_requests_received').on(t.tenantId, t.receivedOn)],
);

/** A follow-up after a dispatch (at most the configured number, within the configured months). */
export const dispatchFollowUps = pgTable(
  'dispatch_follow_ups',
  {
    id: id(),
    tenantId: tenantId(),
    divisionCode: division(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => dispatchRequests.id),
    number: smallint('number').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    way: text('way').notNull(),
    note: note('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('dispatch_follow_ups_request_number').on(t.requestId, t.number)],
);

/** 医療的ケア児かかりつけ医. */
export const medicalCarePhysicians = pgTable('medical_care_physicians', {
  id: id(),
  tenantId: tenantId(),
  divisionCode: division(),
  physicianName: text('physician_name').notNull(),
  clinicName: text('clinic_name').notNull(),
  address: note('address'),
  schoolDistrictCode: text('school_district_code'),
  phone: note('phone'),
  careTypes: codes('care_types'),
  ages: note('ages'),
  homeVisits: boolean('home_visits').notNull().default(false),
  trainedOn: date('trained_on', { mode: 'string' }),
  registeredOn: date('registered_on', { mode: 'string' }).notNull(),
  withdrawnOn: date('withdrawn_on', { mode: 'string' }),
  note: note('note'),
  version: version(),
  ...timestamps(),
});

/** A post on the 社会福祉法人 ↔ community matching board. */
export const boardPosts = pgTable('board_posts', {
  id: id(),
  tenantId: tenantId(),
  divisionCode: division(),
  kind: text('kind').notNull(),
  title: text('title').notNull(),
  body: note('body'),
  fieldCode: text('field_code').notNull(),
  schoolDistrictCode: text('school_district_code'),
  organisationId: uuid('organisation_id').references(() => communityOrganisations.id),
  postedBy: note('posted_by'),
  postedOn: date('posted_on', { mode: 'string' }).notNull(),
  status: text('status').notNull().default('open'),
  version: version(),
  ...timestamps(),
});

/** A need met by an offer: the organisation took part in community building from `agreedOn`. */
export const boardMatches = pgTable(
  'board_matches',
  {
    id: id(),
    tenantId: tenantId(),
    divisionCode: division(),
    needPostId: uuid('need_post_id')
      .notNull()
      .references(() => boardPosts.id),
    offerPostId: uuid('offer_post_id')
      .notNull()
      .references(() => boardPosts.id),
    agreedOn: date('agreed_on', { mode: 'string' }).notNull(),
    note: note('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('board_matches_need').on(t.needPostId)],
);
