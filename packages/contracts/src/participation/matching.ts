import { z } from 'zod';
import { isoDateSchema, multiLineText, uuidSchema, versionSchema } from '../common/primitives';
import { scoreItemSchema } from './participants';

/** A ranked suggestion with its score explained item by item. */
export const suggestionSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  /** The employer of an opening, the host of a place, or the participant's allocated agency. */
  organisation: z.string(),
  schoolDistrictCode: z.string().nullable(),
  score: z.number(),
  items: z.array(scoreItemSchema),
  /** A hard conflict (a demand the person cannot meet): shown last, never hidden. */
  conflict: z.boolean(),
  /** Already proposed, on trial or placed with this person. */
  matched: z.boolean(),
});
export type Suggestion = z.infer<typeof suggestionSchema>;
export const suggestionListSchema = z.object({ items: z.array(suggestionSchema) });
export type SuggestionList = z.infer<typeof suggestionListSchema>;
export const suggestionQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** Staff confirm a suggestion: the match is proposed with the score as it stood. */
export const matchCreateSchema = z
  .object({
    participantId: uuidSchema,
    openingId: uuidSchema.nullable().default(null),
    placeId: uuidSchema.nullable().default(null),
    proposedOn: isoDateSchema,
  })
  .refine((m) => (m.openingId === null) !== (m.placeId === null), {
    error: '求人か通いの場のどちらかを指定してください / give an opening or a place',
    path: ['openingId'],
  });
export type MatchCreate = z.infer<typeof matchCreateSchema>;

export const matchTrialSchema = z
  .object({
    version: versionSchema,
    trialFrom: isoDateSchema,
    trialTo: isoDateSchema,
    trialNote: multiLineText(1000).default(''),
  })
  .refine((t) => t.trialTo >= t.trialFrom, {
    error: '終了日は開始日以降にしてください / the end is before the start',
    path: ['trialTo'],
  });
export type MatchTrial = z.infer<typeof matchTrialSchema>;

export const matchPlaceSchema = z.object({ version: versionSchema, placedOn: isoDateSchema });
export type MatchPlace = z.infer<typeof matchPlaceSchema>;

export const matchEndSchema = z.object({
  version: versionSchema,
  endedOn: isoDateSchema,
  reason: z.string().trim().min(1, { error: '理由を入力してください / give a reason' }).max(500),
});
export type MatchEnd = z.infer<typeof matchEndSchema>;

/** A follow-up done: who was contacted and whether the person is still in work (or attending). */
export const followUpRecordSchema = z
  .object({
    version: versionSchema,
    doneOn: isoDateSchema,
    personContacted: z.boolean(),
    employerContacted: z.boolean(),
    stillWorking: z.boolean(),
    note: multiLineText(2000).default(''),
  })
  .refine((f) => f.personContacted || f.employerContacted, {
    error: '本人か企業のどちらかに確認してください / contact the person or the employer',
    path: ['personContacted'],
  });
export type FollowUpRecord = z.infer<typeof followUpRecordSchema>;

/** A follow-up on the due list. */
export const dueFollowUpSchema = z.object({
  id: z.uuid(),
  matchId: z.uuid(),
  participantId: z.uuid(),
  name: z.string(),
  employerName: z.string(),
  openingTitle: z.string(),
  month: z.number().int(),
  placedOn: z.string(),
  dueOn: z.string(),
  overdue: z.boolean(),
  assignedUser: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type DueFollowUp = z.infer<typeof dueFollowUpSchema>;
export const dueFollowUpListSchema = z.object({
  items: z.array(dueFollowUpSchema),
  overdue: z.number().int(),
});
export type DueFollowUpList = z.infer<typeof dueFollowUpListSchema>;
export const dueFollowUpQuerySchema = z.object({
  /** Follow-ups due within this many days from today (overdue ones are always listed). */
  days: z.coerce.number().int().min(0).max(365).default(30),
});

/** The programme figures per 年度 (FIGURES.md §3–§5). */
export const participationStatisticsRowSchema = z.object({
  fiscalYear: z.number().int(),
  registrations: z.number().int(),
  placements: z.number().int(),
  /** 定着率: of the placements whose 6-month point fell in the 年度, the share still in work. */
  retentionRate: z.number().nullable(),
  retentionBase: z.number().int(),
  retained: z.number().int(),
  /** Employers registered up to the end of the 年度 (withdrawn ones included). */
  employersCumulative: z.number().int(),
});
export type ParticipationStatisticsRow = z.infer<typeof participationStatisticsRowSchema>;
export const participationStatisticsSchema = z.object({
  programme: z.object({ code: z.string(), name: z.string() }),
  rows: z.array(participationStatisticsRowSchema),
  /** Persons supported in the 年度 by each programme (FIGURES.md §5). */
  supported: z.array(
    z.object({ code: z.string(), name: z.string(), divisionName: z.string(), count: z.number().int() }),
  ),
  supportedFiscalYear: z.number().int(),
  fairs: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      heldOn: z.string(),
      participants: z.number().int(),
      hires: z.number().int().nullable(),
      hireRate: z.number().nullable(),
    }),
  ),
});
export type ParticipationStatistics = z.infer<typeof participationStatisticsSchema>;
export const participationStatisticsQuerySchema = z.object({
  programme: z.string().max(63).optional(),
  from: z.coerce.number().int().min(1989).max(2100).optional(),
  to: z.coerce.number().int().min(1989).max(2100).optional(),
});
