import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies';
import { tenantId } from './common';

/**
 * 緊急時のアクセス: a staff member opened a person's records outside their agency's links, with a
 * written reason, to protect life or safety. Granted at once for a limited time, flagged for admins.
 */
export const emergencyAccesses = pgTable(
  'emergency_accesses',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantId(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    userId: uuid('user_id').notNull(),
    reason: text('reason').notNull(),
    householdIds: uuid('household_ids').array().notNull().default(sql`'{}'::uuid[]`),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('emergency_accesses_tenant_time').on(t.tenantId, t.createdAt)],
);
