import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { agencies } from './agencies';
import { id, tenantId, timestamps } from './common';
import { users } from './users';

const codes = (name: string) => text(name).array().notNull().default(sql`'{}'::text[]`);

/** 地域共生社会推進計画: the city plan the roadmap and indicators belong to. */
export const plans = pgTable(
  'plans',
  {
    id: id(),
    tenantId: tenantId(),
    code: text('code').notNull(),
    nameJa: text('name_ja').notNull(),
    nameEn: text('name_en').notNull(),
    fromFiscalYear: integer('from_fiscal_year').notNull(),
    toFiscalYear: integer('to_fiscal_year').notNull(),
    vision: text('vision').notNull(),
    history: text('history').notNull().default(''),
    positioning: text('positioning').notNull().default(''),
    /** Where the loaded text came from (a published document). */
    source: text('source').notNull().default(''),
    ...timestamps(),
  },
  (t) => [uniqueIndex('plans_tenant_code').on(t.tenantId, t.code)],
);

/** 施策: 取組方針 (approach), 取組内容 (actions), 現状と課題 (findings). */
export const planPolicies = pgTable(
  'plan_policies',
  {
    id: id(),
    tenantId: tenantId(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    no: integer('no').notNull(),
    nameJa: text('name_ja').notNull(),
    nameEn: text('name_en').notNull(),
    field: text('field').notNull(),
    approach: text('approach').notNull(),
    actions: text('actions').notNull(),
    findings: text('findings').notNull(),
  },
  (t) => [uniqueIndex('plan_policies_plan_no').on(t.planId, t.no)],
);

/** 工程表記載事項: what a policy schedules, from which 年度 to which, by which divisions. */
export const roadmapItems = pgTable(
  'roadmap_items',
  {
    id: id(),
    tenantId: tenantId(),
    policyId: uuid('policy_id')
      .notNull()
      .references(() => planPolicies.id),
    no: integer('no').notNull(),
    title: text('title').notNull(),
    detail: text('detail').notNull(),
    fromFiscalYear: integer('from_fiscal_year').notNull(),
    /** Null for items carried out as needed (適宜実施). */
    toFiscalYear: integer('to_fiscal_year'),
    periodNote: text('period_note'),
    /** 【再掲】: the same item listed again under another policy. */
    restated: boolean('restated').notNull().default(false),
    divisionCodes: codes('division_codes'),
  },
  (t) => [uniqueIndex('roadmap_items_policy_no').on(t.policyId, t.no)],
);

/**
 * 取組状況: one division's (or a joint group's, lead first) 取組実績 and 今後の方針 on a roadmap item for
 * a 年度. draft → submitted → approved, or returned to the division with a comment.
 */
export const progressEntries = pgTable(
  'progress_entries',
  {
    id: id(),
    tenantId: tenantId(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => roadmapItems.id),
    fiscalYear: integer('fiscal_year').notNull(),
    /** The lead division (the first of division_codes). */
    divisionCode: text('division_code').notNull(),
    divisionCodes: codes('division_codes'),
    achievements: text('achievements').notNull().default(''),
    nextSteps: text('next_steps').notNull().default(''),
    /** draft | submitted | approved | returned */
    state: text('state').notNull(),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedBy: uuid('approved_by').references(() => users.id),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('progress_entries_item_year_division').on(t.itemId, t.fiscalYear, t.divisionCode),
    index('progress_entries_tenant_year').on(t.tenantId, t.fiscalYear),
  ],
);

/** The history of an entry: edits, submissions, approvals, returns and comments. Append-only. */
export const progressEntryEvents = pgTable(
  'progress_entry_events',
  {
    id: id(),
    tenantId: tenantId(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => progressEntries.id),
    event: text('event').notNull(),
    comment: text('comment'),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('progress_entry_events_entry').on(t.entryId, t.at)],
);

/** 成果指標: an outcome indicator with its owner division, how it adds up, target and source. */
export const indicators = pgTable(
  'indicators',
  {
    id: id(),
    tenantId: tenantId(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    policyId: uuid('policy_id')
      .notNull()
      .references(() => planPolicies.id),
    no: integer('no').notNull(),
    /** 2 for a second row under the same number (another division's count). */
    seq: integer('seq').notNull().default(1),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    divisionCode: text('division_code').notNull(),
    /** cumulative | yearly | stock */
    accumulation: text('accumulation').notNull(),
    cumulativeFromFiscalYear: integer('cumulative_from_fiscal_year'),
    openingBalance: doublePrecision('opening_balance').notNull().default(0),
    target: doublePrecision('target'),
    targetFiscalYear: integer('target_fiscal_year'),
    /** A key of the metric catalogue when the value is computed from the records; null = manual. */
    metricKey: text('metric_key'),
    achievements: text('achievements').notNull().default(''),
    note: text('note'),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [uniqueIndex('indicators_plan_no_seq').on(t.planId, t.no, t.seq)],
);

/** A figure recorded for an indicator and 年度 (by hand, or taken over from a published report). */
export const indicatorValues = pgTable(
  'indicator_values',
  {
    id: id(),
    tenantId: tenantId(),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id),
    fiscalYear: integer('fiscal_year').notNull(),
    value: doublePrecision('value').notNull(),
    /** The 年度 the figure describes when a statistic lags behind the column. */
    dataFiscalYear: integer('data_fiscal_year'),
    note: text('note'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('indicator_values_indicator_year').on(t.indicatorId, t.fiscalYear)],
);

/** The yearly 「関係機関との密な連携がとれている」 survey of the directory's agencies. */
export const agencySurveys = pgTable(
  'agency_surveys',
  {
    id: id(),
    tenantId: tenantId(),
    fiscalYear: integer('fiscal_year').notNull(),
    question: text('question').notNull(),
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    /** open | closed */
    state: text('state').notNull().default('open'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('agency_surveys_tenant_year').on(t.tenantId, t.fiscalYear)],
);

/** One agency asked in a survey, and its manager's answer (yes | no). */
export const surveyRecipients = pgTable(
  'survey_recipients',
  {
    id: id(),
    tenantId: tenantId(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => agencySurveys.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    answer: text('answer'),
    comment: text('comment'),
    answeredBy: uuid('answered_by').references(() => users.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('survey_recipients_survey_agency').on(t.surveyId, t.agencyId),
    index('survey_recipients_agency').on(t.agencyId),
  ],
);
