import { sql } from 'drizzle-orm';
import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies';
import { tenantId } from './common';
import { households, persons } from './households';

/**
 * 同意: a person's consent to sharing their information, for a purpose, with named agencies or
 * agency categories. Withdrawal takes effect at once: the row stays, with withdrawn_at set.
 */
export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantId(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    /** support_sharing (関係機関との情報共有) | multi_agency_meeting (重層的支援会議) */
    purpose: text('purpose').notNull(),
    scopeAgencyIds: uuid('scope_agency_ids').array().notNull().default(sql`'{}'::uuid[]`),
    scopeAgencyCategories: text('scope_agency_categories').array().notNull().default(sql`'{}'::text[]`),
    /** written (書面) | verbal (口頭) */
    method: text('method').notNull(),
    obtainedOn: date('obtained_on', { mode: 'string' }).notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    recordedByAgencyId: uuid('recorded_by_agency_id')
      .notNull()
      .references(() => agencies.id),
    note: text('note'),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: uuid('withdrawn_by'),
    withdrawalNote: text('withdrawal_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('consents_tenant_person').on(t.tenantId, t.personId)],
);
