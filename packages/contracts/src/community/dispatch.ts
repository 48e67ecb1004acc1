import { z } from 'zod';
import {
  codeSchema,
  isoDateSchema,
  lineText,
  multiLineText,
  requiredLine,
  uuidSchema,
  versionSchema,
} from '../common/primitives';
import { DISPATCH_STATUSES, FOLLOW_UP_WAYS, GROUP_REGISTRATIONS, SESSION_FORMATS } from './codes';
import { count, fiscalYearParam } from './shared';

/** 分野別アドバイザー: an organisation that advises community groups in its field. */
export const advisorInputSchema = z.object({
  name: requiredLine(200),
  fieldCode: codeSchema,
  contact: lineText(200).default(''),
  sinceFiscalYear: z.number().int().min(1989).max(2100).nullable().default(null),
  active: z.boolean().default(true),
  note: multiLineText(1000).default(''),
});
export type AdvisorInput = z.infer<typeof advisorInputSchema>;
export const advisorUpdateSchema = advisorInputSchema.extend({ version: versionSchema });

export const advisorSchema = advisorInputSchema.extend({
  id: z.uuid(),
  version: z.number().int(),
  dispatches: z.number().int(),
});
export type Advisor = z.infer<typeof advisorSchema>;
export const advisorListSchema = z.object({
  items: z.array(advisorSchema),
  abilities: z.object({ edit: z.boolean() }),
});
export type AdvisorList = z.infer<typeof advisorListSchema>;

/** A community group's request for an advisor. */
export const dispatchRequestInputSchema = z.object({
  groupName: requiredLine(200),
  groupRegistration: z.enum(GROUP_REGISTRATIONS),
  groupRegistrationRef: lineText(100).default(''),
  /** Since when the group has been active (eligibility ②: at least a year at the request). */
  groupActiveSince: isoDateSchema,
  contact: lineText(200).default(''),
  schoolDistrictCode: codeSchema.nullable().default(null),
  fieldCode: codeSchema,
  request: multiLineText(2000).refine((s) => s.trim().length > 0, { error: '入力してください / required' }),
  receivedOn: isoDateSchema,
});
export type DispatchRequestInput = z.infer<typeof dispatchRequestInputSchema>;

/** One eligibility condition and whether the group meets it, in words. */
export const eligibilityCheckSchema = z.object({
  code: z.enum(['registered', 'active_one_year']),
  ok: z.boolean(),
  messageJa: z.string(),
  messageEn: z.string(),
});
export const eligibilitySchema = z.object({
  eligible: z.boolean(),
  checks: z.array(eligibilityCheckSchema),
});
export type Eligibility = z.infer<typeof eligibilitySchema>;
export const eligibilityQuerySchema = dispatchRequestInputSchema.pick({
  groupRegistration: true,
  groupActiveSince: true,
  receivedOn: true,
});

export const scheduleInputSchema = z.object({
  advisorId: uuidSchema,
  sessionOn: isoDateSchema,
  version: versionSchema,
});
export const sessionInputSchema = z.object({
  sessionOn: isoDateSchema,
  sessionHours: z
    .number({ error: '数値を入力してください / enter a number' })
    .min(0.5, { error: '0.5時間以上で入力してください / at least 0.5 hours' })
    .max(8, { error: '8時間以内で入力してください / at most 8 hours' }),
  sessionFormat: z.enum(SESSION_FORMATS),
  sessionParticipants: count(9999),
  sessionNote: multiLineText(2000).default(''),
  version: versionSchema,
});
export type SessionInput = z.infer<typeof sessionInputSchema>;
export const followUpInputSchema = z.object({
  heldOn: isoDateSchema,
  way: z.enum(FOLLOW_UP_WAYS),
  note: multiLineText(2000).default(''),
});
export type DispatchFollowUpInput = z.infer<typeof followUpInputSchema>;
export const versionBodySchema = z.object({ version: versionSchema });

export const dispatchFollowUpSchema = z.object({
  id: z.uuid(),
  number: z.number().int(),
  heldOn: z.string(),
  way: z.enum(FOLLOW_UP_WAYS),
  note: z.string(),
});
export type DispatchFollowUp = z.infer<typeof dispatchFollowUpSchema>;

export const dispatchRequestSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  groupName: z.string(),
  groupRegistration: z.enum(GROUP_REGISTRATIONS),
  groupRegistrationRef: z.string(),
  groupActiveSince: z.string(),
  contact: z.string(),
  schoolDistrictCode: z.string().nullable(),
  fieldCode: z.string(),
  request: z.string(),
  receivedOn: z.string(),
  fiscalYear: z.number().int(),
  status: z.enum(DISPATCH_STATUSES),
  eligibility: eligibilitySchema,
  advisorId: z.uuid().nullable(),
  advisorName: z.string().nullable(),
  sessionOn: z.string().nullable(),
  sessionHours: z.number().nullable(),
  sessionFormat: z.enum(SESSION_FORMATS).nullable(),
  sessionParticipants: z.number().int().nullable(),
  sessionNote: z.string(),
  followUps: z.array(dispatchFollowUpSchema),
  /** The last day a follow-up may be held (the session + the configured months), once held. */
  followUpUntil: z.string().nullable(),
  followUpsLeft: z.number().int(),
});
export type DispatchRequest = z.infer<typeof dispatchRequestSchema>;

export const dispatchListQuerySchema = z.object({
  fiscalYear: fiscalYearParam.optional(),
  status: z.enum(DISPATCH_STATUSES).optional(),
});
export const dispatchListSchema = z.object({
  items: z.array(dispatchRequestSchema),
  abilities: z.object({ create: z.boolean() }),
  /** The dispatch rules of the tenant: follow-ups allowed and the months they fall within. */
  rules: z.object({
    maxFollowUps: z.number().int(),
    followUpMonths: z.number().int(),
    minActiveYears: z.number().int(),
  }),
});
export type DispatchList = z.infer<typeof dispatchListSchema>;

/** A held dispatch still owed follow-ups, or whose window has closed without being closed. */
export const dispatchDueSchema = z.object({
  id: z.uuid(),
  groupName: z.string(),
  advisorName: z.string().nullable(),
  sessionOn: z.string(),
  followUpUntil: z.string(),
  followUpsDone: z.number().int(),
  followUpsLeft: z.number().int(),
  daysLeft: z.number().int(),
  expired: z.boolean(),
});
export type DispatchDue = z.infer<typeof dispatchDueSchema>;
export const dispatchDueListSchema = z.object({
  items: z.array(dispatchDueSchema),
  open: z.number().int(),
  expired: z.number().int(),
});
export type DispatchDueList = z.infer<typeof dispatchDueListSchema>;
