import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import {
  codeListItems,
  indicators,
  indicatorValues,
  planPolicies,
  plans,
  progressEntries,
  roadmapItems,
} from '../../db/schema';
import type { Tx } from '../../platform/db/database';

export type PlanRow = typeof plans.$inferSelect;
export type PolicyRow = typeof planPolicies.$inferSelect;
export type ItemRow = typeof roadmapItems.$inferSelect & { policyNo: number };
export type EntryRow = typeof progressEntries.$inferSelect;
export type IndicatorRow = typeof indicators.$inferSelect & { policyNo: number };
export type IndicatorValueRow = typeof indicatorValues.$inferSelect;

/** The tenant's plan: the one whose period starts last (a city runs one plan at a time). */
export async function findCurrentPlan(tx: Tx): Promise<PlanRow | undefined> {
  const rows = await tx.select().from(plans).orderBy(desc(plans.fromFiscalYear)).limit(1);
  return rows[0];
}

export function listPolicies(tx: Tx, planId: string): Promise<PolicyRow[]> {
  return tx.select().from(planPolicies).where(eq(planPolicies.planId, planId)).orderBy(asc(planPolicies.no));
}

export async function listItems(tx: Tx, planId: string): Promise<ItemRow[]> {
  const rows = await tx
    .select({ item: roadmapItems, policyNo: planPolicies.no })
    .from(roadmapItems)
    .innerJoin(planPolicies, eq(planPolicies.id, roadmapItems.policyId))
    .where(eq(planPolicies.planId, planId))
    .orderBy(asc(planPolicies.no), asc(roadmapItems.no));
  return rows.map((r) => ({ ...r.item, policyNo: r.policyNo }));
}

export async function findItem(tx: Tx, id: string): Promise<ItemRow | undefined> {
  const rows = await tx
    .select({ item: roadmapItems, policyNo: planPolicies.no })
    .from(roadmapItems)
    .innerJoin(planPolicies, eq(planPolicies.id, roadmapItems.policyId))
    .where(eq(roadmapItems.id, id))
    .limit(1);
  const r = rows[0];
  return r ? { ...r.item, policyNo: r.policyNo } : undefined;
}

/** Entries of a 年度 on the given items (all the visible ones: RLS keeps drafts from the public). */
export function listEntriesOf(tx: Tx, itemIds: string[], fiscalYear: number): Promise<EntryRow[]> {
  if (itemIds.length === 0) return Promise.resolve([]);
  return tx
    .select()
    .from(progressEntries)
    .where(and(inArray(progressEntries.itemId, itemIds), eq(progressEntries.fiscalYear, fiscalYear)))
    .orderBy(asc(progressEntries.createdAt), asc(progressEntries.id));
}

/** Division code → Japanese name, from the tenant's code list. */
export async function divisionNames(tx: Tx): Promise<Map<string, string>> {
  const rows = await tx
    .select({ code: codeListItems.code, name: codeListItems.labelJa })
    .from(codeListItems)
    .where(eq(codeListItems.list, 'division'));
  return new Map(rows.map((r) => [r.code, r.name]));
}

export async function listIndicators(tx: Tx, planId: string): Promise<IndicatorRow[]> {
  const rows = await tx
    .select({ indicator: indicators, policyNo: planPolicies.no })
    .from(indicators)
    .innerJoin(planPolicies, eq(planPolicies.id, indicators.policyId))
    .where(eq(indicators.planId, planId))
    .orderBy(asc(indicators.no), asc(indicators.seq));
  return rows.map((r) => ({ ...r.indicator, policyNo: r.policyNo }));
}

export async function findIndicator(tx: Tx, id: string): Promise<IndicatorRow | undefined> {
  const rows = await tx
    .select({ indicator: indicators, policyNo: planPolicies.no })
    .from(indicators)
    .innerJoin(planPolicies, eq(planPolicies.id, indicators.policyId))
    .where(eq(indicators.id, id))
    .limit(1);
  const r = rows[0];
  return r ? { ...r.indicator, policyNo: r.policyNo } : undefined;
}

export function listValues(tx: Tx, indicatorIds: string[]): Promise<IndicatorValueRow[]> {
  if (indicatorIds.length === 0) return Promise.resolve([]);
  return tx.select().from(indicatorValues).where(inArray(indicatorValues.indicatorId, indicatorIds));
}
