import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies';
import { tenantId } from './common';
import { households, persons } from './households';

/** One changed field: its value before and after. Values are the stored ones (strings, arrays, booleans). */
export type FieldChange = { from: unknown; to: unknown };

/**
 * 変更履歴: every change to a person, a household or a membership — who, when, what (field by field).
 * Append-only, and seen through the same live links as the record it describes.
 */
export const recordHistory = pgTable(
  'record_history',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantId(),
    /** person | household | household_member */
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    personId: uuid('person_id').references(() => persons.id),
    householdId: uuid('household_id').references(() => households.id),
    /** created | updated | merged_from | merged_into | member_added | member_removed */
    action: text('action').notNull(),
    changes: jsonb('changes').$type<Record<string, FieldChange>>().notNull().default({}),
    changedBy: uuid('changed_by').notNull(),
    changedByAgencyId: uuid('changed_by_agency_id').references(() => agencies.id),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('record_history_person').on(t.tenantId, t.personId, t.changedAt),
    index('record_history_household').on(t.tenantId, t.householdId, t.changedAt),
  ],
);

/**
 * 要配慮個人情報 (個人情報保護法 第2条第3項): diagnoses, disability, offending history, victimhood.
 * Kept apart from the person so that it is never read by accident: each view is a separate, audited
 * request; exports leave it out unless the user holds the permission. Append-only: a correction is a
 * new entry that supersedes the old one.
 */
export const sensitiveNotes = pgTable(
  'sensitive_notes',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantId(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    /** diagnosis | disability | offending | victimhood */
    category: text('category').notNull(),
    content: text('content').notNull(),
    supersedes: uuid('supersedes'),
    recordedBy: uuid('recorded_by').notNull(),
    recordedByAgencyId: uuid('recorded_by_agency_id')
      .notNull()
      .references(() => agencies.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sensitive_notes_person').on(t.tenantId, t.personId)],
);

/**
 * A likely duplicate pair a coordinator or admin decided are two different people: the pair leaves
 * the review list. Append-only, with who decided and why.
 */
export const duplicateDismissals = pgTable(
  'duplicate_dismissals',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantId(),
    /** The pair, the smaller id first. */
    personA: uuid('person_a')
      .notNull()
      .references(() => persons.id),
    personB: uuid('person_b')
      .notNull()
      .references(() => persons.id),
    note: text('note'),
    dismissedBy: uuid('dismissed_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('duplicate_dismissals_pair').on(t.tenantId, t.personA, t.personB)],
);
