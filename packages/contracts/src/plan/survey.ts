import { z } from 'zod';
import { isoDateSchema, lineText, multiLineText } from '../common/primitives';
import { SURVEY_ANSWERS, SURVEY_STATES } from './codes';

/** The yearly survey of the directory's agencies (feeds indicator No 5). */
export const surveyCreateSchema = z.object({
  fiscalYear: z.number().int().min(1989).max(2100),
  question: lineText(200)
    .refine((s) => s.length > 0, { error: '質問を入力してください / required' })
    .default('関係機関との密な連携がとれていると感じますか。'),
  closesOn: isoDateSchema,
});
export type SurveyCreate = z.infer<typeof surveyCreateSchema>;

export const surveyAnswerInputSchema = z.object({
  answer: z.enum(SURVEY_ANSWERS, { error: '回答を選んでください / choose an answer' }),
  comment: multiLineText(2000).nullable().default(null),
});
export type SurveyAnswerInput = z.infer<typeof surveyAnswerInputSchema>;

export const surveySchema = z.object({
  id: z.uuid(),
  fiscalYear: z.number().int(),
  question: z.string(),
  state: z.enum(SURVEY_STATES),
  closesOn: z.string(),
  recipients: z.number().int(),
  responses: z.number().int(),
  /** Responses ÷ recipients, in %, one decimal. */
  responseRate: z.number().nullable(),
  yes: z.number().int(),
  /** 「連携がとれている」 ÷ responses, in %, one decimal: indicator No 5. */
  collaborationRate: z.number().nullable(),
});
export type Survey = z.infer<typeof surveySchema>;
export const surveyListSchema = z.object({ items: z.array(surveySchema) });

/** What an agency manager sees: the surveys sent to their agency and their answer. */
export const surveyRequestSchema = z.object({
  surveyId: z.uuid(),
  fiscalYear: z.number().int(),
  question: z.string(),
  state: z.enum(SURVEY_STATES),
  closesOn: z.string(),
  agency: z.object({ id: z.uuid(), name: z.string() }),
  answer: z.enum(SURVEY_ANSWERS).nullable(),
  comment: z.string().nullable(),
  answeredAt: z.string().nullable(),
  canAnswer: z.boolean(),
});
export type SurveyRequest = z.infer<typeof surveyRequestSchema>;
export const surveyRequestListSchema = z.object({ items: z.array(surveyRequestSchema) });

/** Per recipient, for the planner: who answered (not what a named person wrote). */
export const surveyRecipientSchema = z.object({
  agency: z.object({ id: z.uuid(), name: z.string() }),
  answered: z.boolean(),
  answer: z.enum(SURVEY_ANSWERS).nullable(),
  comment: z.string().nullable(),
});
export const surveyDetailSchema = surveySchema.extend({ recipientList: z.array(surveyRecipientSchema) });
export type SurveyDetail = z.infer<typeof surveyDetailSchema>;
