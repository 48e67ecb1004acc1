import { z } from 'zod';
import { caseStatisticsSchema } from '../cases/statistics';
import { ENTRY_STATES } from './codes';
import { indicatorSchema } from './indicators';
import { divisionRefSchema, planSchema } from './structure';

/** One row of 工程表 取組状況と今後の方針: an item and the divisions' entries of the 年度. */
export const reportRoadmapRowSchema = z.object({
  policyNo: z.number().int(),
  policyName: z.string(),
  itemNo: z.number().int(),
  /** A short title for screens; the report itself prints the detail. */
  title: z.string(),
  detail: z.string(),
  period: z.string(),
  entries: z.array(
    z.object({
      divisions: z.array(divisionRefSchema),
      state: z.enum(ENTRY_STATES),
      achievements: z.string(),
      nextSteps: z.string(),
    }),
  ),
});
export type ReportRoadmapRow = z.infer<typeof reportRoadmapRowSchema>;

/**
 * The annual progress report (進捗状況報告) in the seed's layout: 工程表, 成果指標 and 事業実績.
 * The public version holds approved entries only and never anything about a person.
 */
export const progressReportSchema = z.object({
  plan: planSchema,
  fiscalYear: z.number().int(),
  policies: z.array(z.object({ no: z.number().int(), name: z.string(), field: z.string() })),
  roadmap: z.array(reportRoadmapRowSchema),
  indicators: z.array(indicatorSchema.omit({ abilities: true, version: true })),
  /** The 年度 columns of the indicator table (end of each 年度, 和暦 on screen). */
  indicatorYears: z.array(z.number().int()),
  statistics: caseStatisticsSchema,
  approvedOnly: z.boolean(),
});
export type ProgressReport = z.infer<typeof progressReportSchema>;
