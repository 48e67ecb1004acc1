import { z } from 'zod';
import { fiscalYearParam } from './shared';

/** One line of the community figures: a value per 年度, and its parts where the report gives them. */
export const figureRowSchema = z.object({
  code: z.string(),
  labelJa: z.string(),
  labelEn: z.string(),
  unitJa: z.string(),
  values: z.array(z.number().nullable()),
  breakdown: z.array(
    z.object({ labelJa: z.string(), labelEn: z.string(), values: z.array(z.number().nullable()) }),
  ),
});
export type FigureRow = z.infer<typeof figureRowSchema>;

/** FIGURES.md §6 地域づくり and §7 在宅医療, as configured for the tenant, computed from the records. */
export const communityFiguresSchema = z.object({
  years: z.array(z.number().int()),
  sections: z.array(
    z.object({
      code: z.string(),
      titleJa: z.string(),
      titleEn: z.string(),
      rows: z.array(figureRowSchema),
    }),
  ),
});
export type CommunityFigures = z.infer<typeof communityFiguresSchema>;
export const figuresQuerySchema = z.object({
  from: fiscalYearParam.optional(),
  to: fiscalYearParam.optional(),
});
