import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, tenantId, timestamps } from './common';

/** A service an agency offers, as shown in the directory and exported to HSDS. */
export type AgencyServiceColumn = { name: string; description: string };
/** Contact details of an agency (public body: not personal data). */
export type AgencyContactColumn = {
  phone: string | null;
  email: string | null;
  address: string | null;
  url: string | null;
};

/** 相談機関: the agency directory. */
export const agencies = pgTable(
  'agencies',
  {
    id: id(),
    tenantId: tenantId(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    nameKana: text('name_kana').notNull(),
    /** Folded (kana- and width-insensitive) text for search; the stored name is never altered. */
    searchKey: text('search_key').notNull(),
    categoryCode: text('category_code').notNull(),
    fields: text('fields').array().notNull().default(sql`'{}'::text[]`),
    services: jsonb('services').$type<AgencyServiceColumn[]>().notNull().default([]),
    districts: text('districts').array().notNull().default(sql`'{}'::text[]`),
    contact: jsonb('contact').$type<AgencyContactColumn>().notNull(),
    hours: text('hours'),
    supportCouncilMember: boolean('support_council_member').notNull().default(false),
    capacityNote: text('capacity_note'),
    isPublic: boolean('is_public').notNull().default(true),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('agencies_tenant_code').on(t.tenantId, t.code),
    index('agencies_tenant_kana').on(t.tenantId, t.nameKana),
  ],
);

/** A change to an agency's entry proposed by its own manager, reviewed by a planner. */
export const agencyChangeRequests = pgTable(
  'agency_change_requests',
  {
    id: id(),
    tenantId: tenantId(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** The entry as proposed (same shape as the agency input contract). */
    proposed: jsonb('proposed').$type<Record<string, unknown>>().notNull(),
    baseVersion: integer('base_version').notNull(),
    status: text('status').notNull().default('pending'),
    note: text('note'),
    proposedBy: uuid('proposed_by').notNull(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionComment: text('decision_comment'),
    ...timestamps(),
  },
  (t) => [index('agency_change_requests_tenant_status').on(t.tenantId, t.status)],
);
