import { boolean, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, tenantId, timestamps } from './common';

/**
 * Tenant code lists (welfare districts, school districts, divisions, problem categories, agency
 * categories) in one table: they share shape and editing rules, and another city brings its own.
 */
export const codeListItems = pgTable(
  'code_list_items',
  {
    id: id(),
    tenantId: tenantId(),
    list: text('list').notNull(),
    code: text('code').notNull(),
    labelJa: text('label_ja').notNull(),
    labelEn: text('label_en').notNull(),
    /** For school districts: the welfare district they belong to. */
    parentCode: text('parent_code'),
    /** Marks invented demo values that the city's own data has not confirmed. */
    sample: boolean('sample').notNull().default(false),
    active: boolean('active').notNull().default(true),
    sortOrder: integer('sort_order').notNull().default(0),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('code_list_items_tenant_list_code').on(t.tenantId, t.list, t.code),
    index('code_list_items_tenant_list_sort').on(t.tenantId, t.list, t.sortOrder),
  ],
);

/**
 * 住所 → 学区: a town (as written in addresses, e.g. 「北区鹿田町」) and the school district it belongs
 * to, so entering an address proposes the district; the clerk can still change it.
 */
export const addressDistricts = pgTable(
  'address_districts',
  {
    id: id(),
    tenantId: tenantId(),
    town: text('town').notNull(),
    schoolDistrictCode: text('school_district_code').notNull(),
    /** Marks invented demo values that the city's own data has not confirmed. */
    sample: boolean('sample').notNull().default(false),
  },
  (t) => [uniqueIndex('address_districts_tenant_town').on(t.tenantId, t.town)],
);
