import { z } from 'zod';
import { ROADMAP_STATUSES } from './codes';

export const divisionRefSchema = z.object({ code: z.string(), name: z.string() });
export type DivisionRef = z.infer<typeof divisionRefSchema>;

/** 計画: name, period (年度 from–to), 基本理念 and where it came from. */
export const planSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  nameEn: z.string(),
  fromFiscalYear: z.number().int(),
  toFiscalYear: z.number().int(),
  vision: z.string(),
  history: z.string(),
  positioning: z.string(),
  source: z.string(),
});
export type Plan = z.infer<typeof planSchema>;

/** 工程表記載事項: what a policy schedules, for which 年度, by which divisions. */
export const roadmapItemSchema = z.object({
  id: z.uuid(),
  policyNo: z.number().int(),
  no: z.number().int(),
  title: z.string(),
  detail: z.string(),
  fromFiscalYear: z.number().int(),
  toFiscalYear: z.number().int().nullable(),
  periodNote: z.string().nullable(),
  restated: z.boolean(),
  divisions: z.array(divisionRefSchema),
  /** From the entries of the 年度 asked for. */
  status: z.enum(ROADMAP_STATUSES),
});
export type RoadmapItem = z.infer<typeof roadmapItemSchema>;

/** 施策: 取組方針, 取組内容 and 現状と課題, with its roadmap items. */
export const policySchema = z.object({
  id: z.uuid(),
  no: z.number().int(),
  name: z.string(),
  nameEn: z.string(),
  field: z.string(),
  approach: z.string(),
  actions: z.string(),
  findings: z.string(),
  items: z.array(roadmapItemSchema),
});
export type Policy = z.infer<typeof policySchema>;

export const fiscalYearQuerySchema = z.object({
  fiscalYear: z.coerce
    .number({ error: '年度を数字で指定してください / fiscal year must be a number' })
    .int()
    .min(1989, { error: '年度が範囲外です / fiscal year out of range' })
    .max(2100, { error: '年度が範囲外です / fiscal year out of range' })
    .optional(),
});

/** The plan with its policies and roadmap, and the 年度 the statuses are for. */
export const planOverviewSchema = z.object({
  plan: planSchema,
  fiscalYear: z.number().int(),
  policies: z.array(policySchema),
});
export type PlanOverview = z.infer<typeof planOverviewSchema>;
