import { z } from 'zod';
import { codeSchema, lineText, multiLineText, versionSchema } from '../common/primitives';
import { CASE_OUTCOMES, STORY_STATES } from './codes';

/**
 * 事例集: an anonymised story made from a closed case. Generated with names removed, dates turned
 * into 年度, ages into decades and places into the welfare district; then edited, reviewed by a second
 * person, and published to all staff.
 */
export const storyUpdateSchema = z.object({
  version: versionSchema,
  title: lineText(200).refine((s) => s.length > 0, { error: '題名を入力してください / required' }),
  body: multiLineText(20000).refine((s) => s.trim().length > 0, {
    error: '本文を入力してください / required',
  }),
  problemFields: z.array(codeSchema).max(20),
  agencyKinds: z.array(codeSchema).max(20),
});
export type StoryUpdate = z.infer<typeof storyUpdateSchema>;

export const storySchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  state: z.enum(STORY_STATES),
  title: z.string(),
  body: z.string(),
  fiscalYear: z.number().int(),
  welfareDistrict: z.string().nullable(),
  problemFields: z.array(z.string()),
  agencyKinds: z.array(z.string()),
  outcome: z.enum(CASE_OUTCOMES).nullable(),
  /** The source case, shown to coordinators only. */
  caseId: z.uuid().nullable(),
  author: z.string(),
  reviewer: z.string().nullable(),
  publishedAt: z.string().nullable(),
  /** Words the scan still found that look like the case's names (should be empty before review). */
  warnings: z.array(z.string()),
  abilities: z.object({ edit: z.boolean(), submit: z.boolean(), publish: z.boolean(), return: z.boolean() }),
});
export type Story = z.infer<typeof storySchema>;
export const storyListQuerySchema = z.object({
  problemField: codeSchema.optional(),
  agencyKind: codeSchema.optional(),
  q: lineText(100).optional(),
  state: z.enum(STORY_STATES).optional(),
});
export const storyListSchema = z.object({ items: z.array(storySchema.omit({ body: true })) });
export const storyActionSchema = z.object({ version: versionSchema });
