import { getTableColumns, sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { agencies } from './agencies';
import { tenantId, timestamps } from './common';

// Ids of personal-data rows are made by the application (crypto.randomUUID()): a row only becomes
// visible through a live link created in the same transaction, so INSERT … RETURNING cannot be used.

/** 本人・世帯員: a person. Names are stored exactly as typed (異体字 kept); only name_key is folded. */
export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantId(),
    familyName: text('family_name').notNull(),
    givenName: text('given_name').notNull(),
    familyNameKana: text('family_name_kana').notNull(),
    givenNameKana: text('given_name_kana').notNull(),
    /** Folded ふりがな (kana- and width-insensitive), for search and duplicate detection. */
    nameKey: text('name_key').notNull(),
    birthDate: date('birth_date', { mode: 'string' }),
    /** female | male | other | unanswered */
    sex: text('sex').notNull().default('unanswered'),
    address: text('address'),
    schoolDistrictCode: text('school_district_code'),
    phones: text('phones').array().notNull().default(sql`'{}'::text[]`),
    /** The folded kanji name and ふりがな (異体字 folded too), for partial-name search. */
    searchText: text('search_text').notNull().default(''),
    /**
     * Search grams (see households/person-search.ts): the single characters and bigrams of the folded
     * kanji name and ふりがな, and trigrams of the phone digits, so 1- and 2-character names are indexed.
     */
    searchGrams: text('search_grams').array().notNull().default(sql`'{}'::text[]`),
    /**
     * '@' + the id of each agency holding an unrevoked live link to one of the person's households, kept
     * by triggers on live_links and household_members (migration 0038). Only for the person search's
     * index, beside the grams: a superset that narrows the search to the agency's persons; whether a
     * link is live now is still checked there. Never shown.
     */
    linkKeys: text('link_keys').array().notNull().default(sql`'{}'::text[]`),
    /** Set when a coordinator merged this record into another (both histories are kept). */
    mergedInto: uuid('merged_into'),
    createdByAgencyId: uuid('created_by_agency_id').references(() => agencies.id),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    index('persons_tenant_name_key').on(t.tenantId, t.nameKey),
    index('persons_tenant_birth').on(t.tenantId, t.birthDate),
    index('persons_search_grams').using('gin', t.searchGrams),
    // fastupdate off: a search reads the index, not a list of pending entries that grows between vacuums.
    index('persons_search_keys')
      .using('gin', sql`(${t.searchGrams} || ${t.linkKeys})`)
      .with({ fastupdate: false }),
    index('persons_merged_into').on(t.mergedInto).where(sql`merged_into is not null`),
  ],
);

/**
 * A person's columns as the application reads them: all but the search index's own (search_text,
 * search_grams, link_keys), which only the person search's SQL uses. The grams are dozens of strings a
 * person that every read of a household, a case or a search hit would fetch and parse to drop, and the
 * link keys say which agencies know the person.
 */
export const personColumns = (() => {
  const { searchText: _text, searchGrams: _grams, linkKeys: _keys, ...read } = getTableColumns(persons);
  return read;
})();
export type PersonRow = Omit<typeof persons.$inferSelect, 'searchText' | 'searchGrams' | 'linkKeys'>;

/** 世帯: the unit problems are seen in. */
export const households = pgTable('households', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  address: text('address'),
  schoolDistrictCode: text('school_district_code'),
  createdByAgencyId: uuid('created_by_agency_id').references(() => agencies.id),
  version: integer('version').notNull().default(1),
  ...timestamps(),
});

/** A person's membership of a household, with 続柄 and whether they live together. */
export const householdMembers = pgTable(
  'household_members',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantId(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    /** 続柄 code: self, spouse, child, parent, sibling, grandchild, grandparent, other_relative, other */
    relationship: text('relationship').notNull(),
    livesTogether: boolean('lives_together').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('household_members_household_person').on(t.householdId, t.personId),
    index('household_members_person').on(t.personId),
  ],
);

/**
 * A live link: an agency may see a household while it holds one (SPEC §4). Created and ended in the
 * same transaction as the record that causes it (an intake, a referral, a case team, a meeting, an
 * emergency access); row-level security on every personal-data table asks for one.
 */
export const liveLinks = pgTable(
  'live_links',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantId(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** intake | referral | case_team | meeting | emergency | consent_scope | participation */
    basis: text('basis').notNull(),
    /** The record that created the link (its table and id). */
    sourceType: text('source_type').notNull(),
    sourceId: uuid('source_id').notNull(),
    validFrom: timestamp('valid_from', { withTimezone: true }).notNull().defaultNow(),
    validUntil: timestamp('valid_until', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('live_links_agency_household').on(t.tenantId, t.agencyId, t.householdId),
    /** The agencies linked to a household: persons.link_keys are computed from it. */
    index('live_links_household').on(t.householdId).where(sql`revoked_at is null`),
  ],
);
