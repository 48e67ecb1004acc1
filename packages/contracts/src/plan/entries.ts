import { z } from 'zod';
import { codeSchema, multiLineText, uuidSchema, versionSchema } from '../common/primitives';
import { ENTRY_EVENTS, ENTRY_STATES } from './codes';
import { divisionRefSchema } from './structure';

/** A division's report on one roadmap item for one 年度: 取組実績 and 今後の方針. */
export const entryCreateSchema = z.object({
  itemId: uuidSchema,
  fiscalYear: z.number().int().min(1989).max(2100),
  divisionCode: codeSchema,
});
export type EntryCreate = z.infer<typeof entryCreateSchema>;

export const entryUpdateSchema = z.object({
  version: versionSchema,
  achievements: multiLineText(4000),
  nextSteps: multiLineText(4000),
});
export type EntryUpdate = z.infer<typeof entryUpdateSchema>;

/** Submit and approve carry an optional comment; returning needs one (what to change). */
export const entryActionSchema = z.object({
  version: versionSchema,
  comment: multiLineText(2000).nullable().default(null),
});
export type EntryAction = z.infer<typeof entryActionSchema>;
export const entryCommentSchema = z.object({
  comment: multiLineText(2000).refine((s) => s.trim().length > 0, {
    error: 'コメントを入力してください / required',
  }),
});

export const entryEventSchema = z.object({
  id: z.uuid(),
  event: z.enum(ENTRY_EVENTS),
  comment: z.string().nullable(),
  actor: z.string(),
  at: z.string(),
});

export const entrySummarySchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  itemId: z.uuid(),
  policyNo: z.number().int(),
  itemNo: z.number().int(),
  itemTitle: z.string(),
  fiscalYear: z.number().int(),
  division: divisionRefSchema,
  /** Divisions that share the entry (a joint 【…】 in the report), the lead first. */
  divisions: z.array(divisionRefSchema),
  state: z.enum(ENTRY_STATES),
  updatedAt: z.string(),
});
export type EntrySummary = z.infer<typeof entrySummarySchema>;

export const entrySchema = entrySummarySchema.extend({
  itemDetail: z.string(),
  achievements: z.string(),
  nextSteps: z.string(),
  history: z.array(entryEventSchema),
  abilities: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    approve: z.boolean(),
    return: z.boolean(),
    comment: z.boolean(),
  }),
});
export type Entry = z.infer<typeof entrySchema>;

export const entryListQuerySchema = z.object({
  fiscalYear: z.coerce.number().int().min(1989).max(2100).optional(),
  division: codeSchema.optional(),
  state: z.enum(ENTRY_STATES).optional(),
});
export type EntryListQuery = z.infer<typeof entryListQuerySchema>;
export const entryListSchema = z.object({
  items: z.array(entrySummarySchema),
  /** Items of the 年度 the actor's division reports on and has not started yet. */
  missing: z.array(
    z.object({
      itemId: z.uuid(),
      policyNo: z.number().int(),
      itemNo: z.number().int(),
      title: z.string(),
      division: divisionRefSchema,
      /** Whether the actor may start the entry (the division's reporter or the planner). */
      canCreate: z.boolean(),
    }),
  ),
});
export type EntryList = z.infer<typeof entryListSchema>;
