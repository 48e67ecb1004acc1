import { ACCUMULATIONS } from '@tsunagu/contracts/plan';
import { z } from 'zod';
import * as schema from '../../db/schema';
import type { Tx } from '../../platform/db/database';

const text = z.string();
const fy = z.number().int().min(1989).max(2100);
const code = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

/**
 * A city's plan as a document (for Okayama: apps/server/demo/okayama/plan.json, taken from the
 * published progress report): the plan, its policies, the roadmap with one 年度 of entries, and the
 * indicators with their published values. Another city loads its own file of the same shape.
 */
export const planDocumentSchema = z.object({
  source: z.object({ titleJa: text, file: text, publisherJa: text, reportFiscalYear: fy }),
  plan: z.object({
    code,
    nameJa: text,
    nameEn: text,
    fromFiscalYear: fy,
    toFiscalYear: fy,
    visionJa: text,
    historyJa: text,
    positioningJa: text,
  }),
  policies: z.array(
    z.object({
      no: z.number().int(),
      nameJa: text,
      nameEn: text,
      fieldJa: text,
      approachJa: text,
      actionsJa: text,
      findingsJa: text,
    }),
  ),
  roadmapItems: z.array(
    z.object({
      policyNo: z.number().int(),
      no: z.number().int(),
      titleJa: text,
      detailJa: text,
      fromFiscalYear: fy,
      toFiscalYear: fy.nullable(),
      periodNoteJa: text.nullable(),
      restated: z.boolean(),
      divisions: z.array(code),
      entries: z.array(
        z.object({
          fiscalYear: fy,
          divisions: z.array(code).min(1),
          achievementsJa: text,
          nextStepsJa: text,
        }),
      ),
    }),
  ),
  indicators: z.array(
    z.object({
      no: z.number().int(),
      seq: z.number().int(),
      policyNo: z.number().int(),
      nameJa: text,
      unitJa: text,
      division: code,
      accumulation: z.enum(ACCUMULATIONS),
      cumulativeFromFiscalYear: fy.nullable(),
      openingBalance: z.number(),
      metric: text.nullable(),
      target: z.number().nullable(),
      values: z.array(z.object({ fiscalYear: fy, value: z.number(), dataFiscalYear: fy.nullable() })),
      achievementsJa: text,
      noteJa: text.nullable(),
    }),
  ),
});
export type PlanDocument = z.infer<typeof planDocumentSchema>;

/**
 * Loads a plan document into a tenant, as the system (seeding): the entries of the published report
 * arrive approved, the published indicator figures as recorded values. Returns the plan's id.
 */
export async function importPlanDocument(tx: Tx, tenantId: string, doc: PlanDocument): Promise<string> {
  const source = `${doc.source.publisherJa}「${doc.source.titleJa}」`;
  const [plan] = await tx
    .insert(schema.plans)
    .values({
      tenantId,
      code: doc.plan.code,
      nameJa: doc.plan.nameJa,
      nameEn: doc.plan.nameEn,
      fromFiscalYear: doc.plan.fromFiscalYear,
      toFiscalYear: doc.plan.toFiscalYear,
      vision: doc.plan.visionJa,
      history: doc.plan.historyJa,
      positioning: doc.plan.positioningJa,
      source,
    })
    .returning({ id: schema.plans.id });
  if (!plan) throw new Error('plan not inserted');
  const policies = await tx
    .insert(schema.planPolicies)
    .values(
      doc.policies.map((p) => ({
        tenantId,
        planId: plan.id,
        no: p.no,
        nameJa: p.nameJa,
        nameEn: p.nameEn,
        field: p.fieldJa,
        approach: p.approachJa,
        actions: p.actionsJa,
        findings: p.findingsJa,
      })),
    )
    .returning({ id: schema.planPolicies.id, no: schema.planPolicies.no });
  const policyId = (no: number) => {
    const found = policies.find((p) => p.no === no);
    if (!found) throw new Error(`plan document: no policy ${no}`);
    return found.id;
  };
  for (const item of doc.roadmapItems) {
    const [row] = await tx
      .insert(schema.roadmapItems)
      .values({
        tenantId,
        policyId: policyId(item.policyNo),
        no: item.no,
        title: item.titleJa,
        detail: item.detailJa,
        fromFiscalYear: item.fromFiscalYear,
        toFiscalYear: item.toFiscalYear,
        periodNote: item.periodNoteJa,
        restated: item.restated,
        divisionCodes: item.divisions,
      })
      .returning({ id: schema.roadmapItems.id });
    if (!row || item.entries.length === 0) continue;
    // Entries are listed in the order they were made: keep the document's order within the item.
    const loadedAt = Date.now();
    await tx.insert(schema.progressEntries).values(
      item.entries.map((e, n) => ({
        createdAt: new Date(loadedAt + n),
        tenantId,
        itemId: row.id,
        fiscalYear: e.fiscalYear,
        divisionCode: e.divisions[0] as string,
        divisionCodes: e.divisions,
        achievements: e.achievementsJa,
        nextSteps: e.nextStepsJa,
        state: 'approved',
        approvedAt: new Date(),
      })),
    );
  }
  for (const ind of doc.indicators) {
    const [row] = await tx
      .insert(schema.indicators)
      .values({
        tenantId,
        planId: plan.id,
        policyId: policyId(ind.policyNo),
        no: ind.no,
        seq: ind.seq,
        name: ind.nameJa,
        unit: ind.unitJa,
        divisionCode: ind.division,
        accumulation: ind.accumulation,
        cumulativeFromFiscalYear: ind.cumulativeFromFiscalYear,
        openingBalance: ind.openingBalance,
        target: ind.target,
        targetFiscalYear: ind.target === null ? null : doc.plan.toFiscalYear,
        metricKey: ind.metric,
        achievements: ind.achievementsJa,
        note: ind.noteJa,
      })
      .returning({ id: schema.indicators.id });
    if (!row || ind.values.length === 0) continue;
    await tx.insert(schema.indicatorValues).values(
      ind.values.map((v) => ({
        tenantId,
        indicatorId: row.id,
        fiscalYear: v.fiscalYear,
        value: v.value,
        dataFiscalYear: v.dataFiscalYear,
        note: `${source}より`,
      })),
    );
  }
  return plan.id;
}
