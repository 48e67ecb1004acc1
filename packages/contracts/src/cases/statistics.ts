import { z } from 'zod';

/**
 * 総合相談支援体制 事業実績 (FIGURES.md §1): one row per 年度, computed from the records.
 * Cases count in the 年度 of their 受付日 once triaged; meetings in the 年度 they were held
 * (case conferences = 複合課題ケース検討会 + 重層的支援会議 + 支援会議); contacts on their date.
 */
export const caseStatisticsRowSchema = z.object({
  fiscalYear: z.number().int(),
  coordinated: z.number().int(),
  adviceOnly: z.number().int(),
  total: z.number().int(),
  conferences: z.number().int(),
  contacts: z.number().int(),
  advisorMeetings: z.number().int(),
  /** 解決に至らなかった複合課題ケースの検証件数 (indicator No 6). */
  unresolvedReviews: z.number().int(),
});
export type CaseStatisticsRow = z.infer<typeof caseStatisticsRowSchema>;
export const caseStatisticsSchema = z.object({
  rows: z.array(caseStatisticsRowSchema),
  totals: caseStatisticsRowSchema.omit({ fiscalYear: true }),
});
export type CaseStatistics = z.infer<typeof caseStatisticsSchema>;
export const caseStatisticsQuerySchema = z.object({
  from: z.coerce.number().int().min(1989).max(2100).optional(),
  to: z.coerce.number().int().min(1989).max(2100).optional(),
});
