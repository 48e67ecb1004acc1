import { z } from 'zod';
import { codeArraySchema, isoDateSchema, lineText, multiLineText, versionSchema } from '../common/primitives';
import { count, fiscalYearParam } from './shared';

/**
 * 支え合い推進会議 of one school district in one 年度: set up (設置) or not, active (活動) or not, the
 * activities it runs (見守り, 居場所づくり, 困り事支援 …) and the community promoter (支え合い推進員) assigned.
 */
export const councilInputSchema = z
  .object({
    established: z.boolean(),
    establishedOn: isoDateSchema.nullable().default(null),
    active: z.boolean(),
    activities: codeArraySchema(20),
    promoterName: lineText(100).default(''),
    meetings: count(999).nullable().default(null),
    note: multiLineText(1000).default(''),
    /** The record's version when editing; null when recording the 年度 for the first time. */
    version: versionSchema.nullable().default(null),
  })
  .refine((c) => c.established || !c.active, {
    error: '設置されていない会議は「活動」にできません / a council that is not set up cannot be active',
    path: ['active'],
  })
  .refine((c) => c.established || c.activities.length === 0, {
    error: '設置されていない会議に活動は記録できません / no activities without a council',
    path: ['activities'],
  });
export type CouncilInput = z.infer<typeof councilInputSchema>;

export const councilParamsSchema = z.object({
  schoolDistrictCode: z.string().min(1).max(63),
  fiscalYear: fiscalYearParam,
});

export const councilSchema = z.object({
  schoolDistrictCode: z.string(),
  schoolDistrictName: z.string(),
  welfareDistrictCode: z.string().nullable(),
  welfareDistrictName: z.string().nullable(),
  fiscalYear: z.number().int(),
  /** null: nothing recorded for this district in the 年度 yet. */
  id: z.uuid().nullable(),
  version: z.number().int().nullable(),
  established: z.boolean(),
  establishedOn: z.string().nullable(),
  active: z.boolean(),
  activities: z.array(z.string()),
  promoterName: z.string(),
  meetings: z.number().int().nullable(),
  note: z.string(),
});
export type Council = z.infer<typeof councilSchema>;

export const councilCountsSchema = z.object({
  districts: z.number().int(),
  established: z.number().int(),
  active: z.number().int(),
});
export type CouncilCounts = z.infer<typeof councilCountsSchema>;

export const councilListQuerySchema = z.object({
  fiscalYear: fiscalYearParam.optional(),
  welfareDistrict: z.string().max(63).optional(),
});

/** The districts of one 年度, the overview by welfare district and the counts of every recorded 年度. */
export const councilListSchema = z.object({
  fiscalYear: z.number().int(),
  items: z.array(councilSchema),
  overview: z.array(
    councilCountsSchema.extend({ welfareDistrictCode: z.string(), welfareDistrictName: z.string() }),
  ),
  totals: councilCountsSchema,
  years: z.array(councilCountsSchema.extend({ fiscalYear: z.number().int() })),
  abilities: z.object({ edit: z.boolean() }),
});
export type CouncilList = z.infer<typeof councilListSchema>;

export const carryForwardSchema = z.object({ fiscalYear: fiscalYearParam });
export const carryForwardResultSchema = z.object({ copied: z.number().int() });
