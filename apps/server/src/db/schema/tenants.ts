import { sql } from 'drizzle-orm';
import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Tenant-wide settings kept as one JSON document, validated by the contracts' schema. */
export type TenantSettingsColumn = Record<string, unknown>;

/** One municipality's installation. Its own id is the tenant_id of every other row. */
export const tenants = pgTable('tenants', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  /** tenant_id of the tenants table is the row's own id, so the rule "every table carries tenant_id" holds. */
  tenantId: uuid('tenant_id').notNull().generatedAlwaysAs(sql`id`),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  settings: jsonb('settings').$type<TenantSettingsColumn>().notNull().default({}),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
