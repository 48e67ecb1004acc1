import { boolean, date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies';
import { id, tenantId, timestamps } from './common';
import { households, persons } from './households';

/** 相談受付: a consultation recorded by any agency, for a household. */
export const intakes = pgTable(
  'intakes',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantId(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    channel: text('channel').notNull(),
    visitor: text('visitor').notNull(),
    summary: text('summary').notNull(),
    urgency: text('urgency').notNull(),
    /** 配慮希望: how the person wants to be approached (筆談, 郵送不可, 女性職員 …), in their words. */
    accommodation: text('accommodation'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('intakes_tenant_household').on(t.tenantId, t.householdId)],
);

/** お困りごと: a problem category of one member, recorded at an intake; one per intake is the main one. */
export const intakeProblems = pgTable(
  'intake_problems',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantId(),
    intakeId: uuid('intake_id')
      .notNull()
      .references(() => intakes.id),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    categoryCode: text('category_code').notNull(),
    isMain: boolean('is_main').notNull().default(false),
  },
  (t) => [index('intake_problems_intake').on(t.intakeId)],
);

/**
 * 下書き: the intake form as last typed, saved while the clerk works so that nothing is lost when the
 * session drops. Seen only by the user who typed it; removed when the intake is recorded.
 */
export const intakeDrafts = pgTable(
  'intake_drafts',
  {
    id: id(),
    tenantId: tenantId(),
    userId: uuid('user_id').notNull(),
    agencyId: uuid('agency_id').references(() => agencies.id),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    ...timestamps(),
  },
  (t) => [index('intake_drafts_user').on(t.tenantId, t.userId)],
);
