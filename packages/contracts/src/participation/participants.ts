import { z } from 'zod';
import {
  codeArraySchema,
  codeSchema,
  isoDateSchema,
  lineText,
  multiLineText,
  uuidSchema,
  versionSchema,
} from '../common/primitives';
import { personInputSchema } from '../households/core';
import {
  BARRIER_LEVELS,
  HEALTH_LEVELS,
  MATCH_STATES,
  PARTICIPANT_AIMS,
  TRAVEL_RANGES,
  WEEKDAYS,
} from './codes';

const codes = codeArraySchema;

/**
 * The intake of a participant (利用者): health, wishes, hours, abilities and limits, barriers. Codes
 * come from the tenant's code lists (job_task, work_demand, industry, interest, accessibility).
 */
export const participantProfileSchema = z.object({
  aim: z.enum(PARTICIPANT_AIMS),
  programmeCode: codeSchema,
  healthLevel: z.enum(HEALTH_LEVELS),
  healthNote: multiLineText(1000).default(''),
  wishesNote: multiLineText(1000).default(''),
  wishedIndustries: codes(),
  /** Tasks the person can do and would like to (job_task). */
  abilities: codes(),
  /** What the person cannot be asked to do (work_demand). */
  limits: codes(),
  interests: codes(),
  accessibilityNeeds: codes(),
  availableDays: z.array(z.enum(WEEKDAYS)).max(7).default([]),
  maxHoursPerWeek: z
    .number({ error: '数値を入力してください / enter a number' })
    .int()
    .min(1, { error: '1〜60時間で入力してください / 1–60 hours' })
    .max(60, { error: '1〜60時間で入力してください / 1–60 hours' })
    .nullable()
    .default(null),
  travelRange: z.enum(TRAVEL_RANGES).default('welfare'),
  barrierLevel: z.enum(BARRIER_LEVELS),
  barriersNote: multiLineText(1000).default(''),
});
export type ParticipantProfile = z.infer<typeof participantProfileSchema>;

/**
 * Registration: from a person the agency can see (personId), or standalone with a new person record
 * (after the same duplicate check as an intake). A coordinated case can open it (caseId).
 */
export const participantCreateSchema = participantProfileSchema
  .extend({
    personId: uuidSchema.optional(),
    person: personInputSchema.optional(),
    caseId: uuidSchema.nullable().default(null),
    registeredOn: isoDateSchema,
    /** Overrides the allocation by barrier level (a reason is then required). */
    allocatedAgencyId: uuidSchema.nullable().default(null),
    allocationNote: lineText(300).default(''),
  })
  .refine((v) => Boolean(v.personId) !== Boolean(v.person), {
    error: '既存の本人か新しい本人のどちらかを指定してください / give either personId or person',
    path: ['personId'],
  });
export type ParticipantCreate = z.infer<typeof participantCreateSchema>;

export const participantUpdateSchema = participantProfileSchema
  .omit({ aim: true, programmeCode: true })
  .extend({ version: versionSchema });
export type ParticipantUpdate = z.infer<typeof participantUpdateSchema>;

/** Allocation to another agency of the programme, or the staff member who carries the person. */
export const participantAssignSchema = z.object({
  version: versionSchema,
  allocatedAgencyId: uuidSchema,
  assignedUserId: uuidSchema.nullable(),
  allocationNote: lineText(300).default(''),
});
export type ParticipantAssign = z.infer<typeof participantAssignSchema>;

/** Links an existing participant record to a coordinated case of the same person. */
export const participantLinkCaseSchema = z.object({ version: versionSchema, caseId: uuidSchema });
export type ParticipantLinkCase = z.infer<typeof participantLinkCaseSchema>;

export const participantCloseSchema = z.object({
  version: versionSchema,
  closedOn: isoDateSchema,
  reason: z.string().trim().min(1, { error: '終了の理由を入力してください / give a reason' }).max(500),
});
export type ParticipantClose = z.infer<typeof participantCloseSchema>;

export const agencyRefSchema = z.object({ id: z.uuid(), name: z.string() });
export const userRefSchema = z.object({ id: z.uuid(), name: z.string() });

/** Where a participant stands, derived from their matches and follow-ups. */
export const PARTICIPANT_STAGES = [
  'registered',
  'matching',
  'trial',
  'placed',
  'retained',
  'closed',
] as const;
export type ParticipantStage = (typeof PARTICIPANT_STAGES)[number];

export const participantSummarySchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  personId: z.uuid(),
  name: z.string(),
  nameKana: z.string(),
  age: z.number().int().nullable(),
  aim: z.enum(PARTICIPANT_AIMS),
  programmeCode: z.string(),
  programmeName: z.string(),
  programmeNameEn: z.string(),
  barrierLevel: z.enum(BARRIER_LEVELS),
  registeredOn: z.string(),
  allocatedAgency: agencyRefSchema.nullable(),
  assignedUser: userRefSchema.nullable(),
  stage: z.enum(PARTICIPANT_STAGES),
  caseId: z.uuid().nullable(),
  nextFollowUpOn: z.string().nullable(),
});
export type ParticipantSummary = z.infer<typeof participantSummarySchema>;

export const scoreItemSchema = z.object({
  key: z.enum(['tasks', 'limits', 'hours', 'distance', 'wishes', 'interests', 'days', 'access']),
  points: z.number(),
  max: z.number(),
  /** Why, in Japanese (the codes' labels are resolved on screen). */
  detail: z.string(),
});
export type ScoreItem = z.infer<typeof scoreItemSchema>;

export const followUpSchema = z.object({
  id: z.uuid(),
  month: z.number().int(),
  dueOn: z.string(),
  doneOn: z.string().nullable(),
  personContacted: z.boolean().nullable(),
  employerContacted: z.boolean().nullable(),
  stillWorking: z.boolean().nullable(),
  note: z.string(),
  version: z.number().int(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const matchSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  participantId: z.uuid(),
  target: z.object({
    kind: z.enum(['opening', 'place']),
    id: z.uuid(),
    name: z.string(),
    /** The employer of an opening, or the host of a place. */
    organisation: z.string(),
  }),
  state: z.enum(MATCH_STATES),
  score: z.number(),
  scoreItems: z.array(scoreItemSchema),
  proposedOn: z.string(),
  trialFrom: z.string().nullable(),
  trialTo: z.string().nullable(),
  trialNote: z.string(),
  placedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  endReason: z.string(),
  followUps: z.array(followUpSchema),
});
export type Match = z.infer<typeof matchSchema>;

export const participantSchema = participantSummarySchema.extend({
  profile: participantProfileSchema,
  allocationNote: z.string(),
  closedOn: z.string().nullable(),
  closeReason: z.string(),
  schoolDistrictCode: z.string().nullable(),
  matches: z.array(matchSchema),
  abilities: z.object({ edit: z.boolean(), assign: z.boolean() }),
});
export type Participant = z.infer<typeof participantSchema>;

export const participantListQuerySchema = z.object({
  aim: z.enum(PARTICIPANT_AIMS).optional(),
  stage: z.enum(PARTICIPANT_STAGES).optional(),
  programme: codeSchema.optional(),
  mine: z.enum(['1']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ParticipantListQuery = z.infer<typeof participantListQuerySchema>;
export const participantListSchema = z.object({
  items: z.array(participantSummarySchema),
  total: z.number().int(),
});
export type ParticipantList = z.infer<typeof participantListSchema>;
