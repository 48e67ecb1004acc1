import { z } from 'zod';
import {
  isoDateSchema,
  lineText,
  multiLineText,
  pageQuerySchema,
  uuidSchema,
  versionSchema,
} from '../common/primitives';
import { participantSummarySchema } from '../participation/participants';
import { CASE_KINDS, CASE_OUTCOMES, CASE_SOURCES, CASE_STAGES, CONTACT_METHODS, TEAM_ROLES } from './codes';
import { monitoringSchema, planSchema } from './plans';
import { taskSchema } from './tasks';
import { requiredText } from './text';

export * from './codes';
export * from './plans';
export * from './statistics';
export * from './stories';
export * from './tasks';

/** A request made to the coordinator directly (not through an escalated referral). */
export const caseRequestSchema = z.object({
  householdId: uuidSchema,
  personId: uuidSchema,
  summary: requiredText(2000, '相談の内容'),
  receivedOn: isoDateSchema.optional(),
});
export type CaseRequest = z.infer<typeof caseRequestSchema>;

/**
 * Triage of one queue item — an escalated referral or a direct request — into advice only (closed at
 * once, with the advice given) or a coordinated case.
 */
export const triageSchema = z
  .object({
    referralId: uuidSchema.optional(),
    caseId: uuidSchema.optional(),
    kind: z.enum(CASE_KINDS),
    advice: multiLineText(4000).nullable().default(null),
    note: multiLineText(2000).nullable().default(null),
  })
  .refine((t) => (t.referralId === undefined) !== (t.caseId === undefined), {
    error: 'エスカレーションか直接相談のどちらか一つを選んでください / give either a referral or a request',
    path: ['referralId'],
  })
  .refine((t) => t.kind !== 'advice_only' || (t.advice ?? '').trim().length > 0, {
    error: '助言の内容を記録してください / record the advice given',
    path: ['advice'],
  });
export type Triage = z.infer<typeof triageSchema>;

export const teamMemberInputSchema = z.object({
  agencyId: uuidSchema,
  role: z.enum(TEAM_ROLES),
  contactName: lineText(100).nullable().default(null),
});
export type TeamMemberInput = z.infer<typeof teamMemberInputSchema>;

export const contactInputSchema = z.object({
  contactedOn: isoDateSchema,
  agencyId: uuidSchema,
  method: z.enum(CONTACT_METHODS),
  content: requiredText(2000, '調整の内容'),
});
export type ContactInput = z.infer<typeof contactInputSchema>;

/** An outreach visit: kept minimal, especially before the person has consented. */
export const outreachInputSchema = z.object({
  visitedOn: isoDateSchema,
  beforeConsent: z.boolean(),
  place: lineText(100).nullable().default(null),
  summary: requiredText(400, '訪問の要点'),
});
export type OutreachInput = z.infer<typeof outreachInputSchema>;

/** An entry of the append-only 支援経過記録; a correction names the entry it corrects. */
export const recordInputSchema = z.object({
  occurredOn: isoDateSchema,
  body: requiredText(4000, '記録の内容'),
  correctsId: uuidSchema.nullable().default(null),
});
export type RecordInput = z.infer<typeof recordInputSchema>;

export const caseCloseSchema = z.object({
  version: versionSchema,
  outcome: z.enum(CASE_OUTCOMES),
  closedOn: isoDateSchema,
  note: requiredText(2000, '終結の理由'),
});
export type CaseClose = z.infer<typeof caseCloseSchema>;

/** 検証: the review a case closed unresolved must get. */
export const caseReviewInputSchema = z.object({
  reviewedOn: isoDateSchema,
  findings: requiredText(4000, '検証の内容'),
  lessons: multiLineText(4000).nullable().default(null),
});
export type CaseReviewInput = z.infer<typeof caseReviewInputSchema>;

export const caseListQuerySchema = pageQuerySchema.extend({
  stage: z.enum(CASE_STAGES).optional(),
  kind: z.enum(CASE_KINDS).optional(),
  /** Name or ふりがな of a household member, kana- and width-insensitive; or a case number. */
  q: lineText(100).optional(),
});
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;

const agencyRef = z.object({ id: z.uuid(), name: z.string() });

export const caseSummarySchema = z.object({
  id: z.uuid(),
  number: z.number().int(),
  householdId: z.uuid(),
  /** 氏名 of the person the case is about. */
  personName: z.string().nullable(),
  source: z.enum(CASE_SOURCES),
  kind: z.enum(CASE_KINDS).nullable(),
  stage: z.enum(CASE_STAGES),
  receivedOn: z.string(),
  closedOn: z.string().nullable(),
  outcome: z.enum(CASE_OUTCOMES).nullable(),
  requestAgency: agencyRef.nullable(),
  nextMonitoringOn: z.string().nullable(),
  reviewPending: z.boolean(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;
export const caseListSchema = z.object({ items: z.array(caseSummarySchema), total: z.number().int() });

/** An escalated referral waiting for triage, the bouncing ones first. */
export const queueEscalationSchema = z.object({
  referralId: z.uuid(),
  householdId: z.uuid(),
  personName: z.string().nullable(),
  fromAgency: agencyRef,
  escalatedAt: z.string().nullable(),
  hops: z.number().int(),
  ownerlessDays: z.number().int(),
  automatic: z.boolean(),
  reason: z.string().nullable(),
  note: z.string().nullable(),
});
export const caseQueueSchema = z.object({
  escalations: z.array(queueEscalationSchema),
  requests: z.array(caseSummarySchema.extend({ summary: z.string() })),
});
export type CaseQueue = z.infer<typeof caseQueueSchema>;

export const teamMemberSchema = z.object({
  id: z.uuid(),
  agency: agencyRef,
  role: z.enum(TEAM_ROLES),
  contactName: z.string().nullable(),
  addedAt: z.string(),
  endedAt: z.string().nullable(),
});
export const contactSchema = z.object({
  id: z.uuid(),
  contactedOn: z.string(),
  agency: agencyRef,
  method: z.enum(CONTACT_METHODS),
  content: z.string(),
  recordedBy: z.string(),
});
export const outreachSchema = z.object({
  id: z.uuid(),
  visitedOn: z.string(),
  beforeConsent: z.boolean(),
  place: z.string().nullable(),
  summary: z.string(),
  recordedBy: z.string(),
});
export const recordSchema = z.object({
  id: z.uuid(),
  occurredOn: z.string(),
  body: z.string(),
  correctsId: z.uuid().nullable(),
  /** The day of the entry this one corrects (shown even when that entry's page is not loaded). */
  correctsOn: z.string().nullable(),
  /** Set when a later entry corrects this one. */
  correctedById: z.uuid().nullable(),
  author: z.string(),
  agency: z.string().nullable(),
  recordedAt: z.string(),
});
export type SupportRecord = z.infer<typeof recordSchema>;

/** How many 支援経過記録 entries the case page and each further page carry. */
export const CASE_RECORD_PAGE = 100;
/** A page of a case's 支援経過記録, newest first (offset 0 is the newest entry). */
export const caseRecordQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(CASE_RECORD_PAGE),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type CaseRecordQuery = z.infer<typeof caseRecordQuerySchema>;
export const caseRecordPageSchema = z.object({
  items: z.array(recordSchema),
  total: z.number().int().min(0),
});
export type CaseRecordPage = z.infer<typeof caseRecordPageSchema>;

export const caseReviewSchema = z.object({
  id: z.uuid(),
  reviewedOn: z.string(),
  findings: z.string(),
  lessons: z.string().nullable(),
  reviewer: z.string(),
});
export const caseMeetingRefSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  heldOn: z.string(),
  state: z.string(),
  purpose: z.string(),
});

/** What the actor may do with the case (the page follows this instead of guessing from roles). */
export const caseAbilitiesSchema = z.object({
  triage: z.boolean(),
  manageTeam: z.boolean(),
  record: z.boolean(),
  contact: z.boolean(),
  draftPlan: z.boolean(),
  approvePlan: z.boolean(),
  /** Record a monitoring of the current plan. */
  monitor: z.boolean(),
  close: z.boolean(),
  review: z.boolean(),
  makeStory: z.boolean(),
});

export const caseDetailSchema = caseSummarySchema.extend({
  version: z.number().int(),
  summary: z.string(),
  advice: z.string().nullable(),
  closureNote: z.string().nullable(),
  referralId: z.uuid().nullable(),
  /** The person the case is about (a case opened for a household may have none). */
  personId: z.uuid().nullable(),
  members: z.array(z.object({ personId: z.uuid(), name: z.string(), relationship: z.string() })),
  team: z.array(teamMemberSchema),
  contacts: z.array(contactSchema),
  outreach: z.array(outreachSchema),
  /** The newest CASE_RECORD_PAGE entries of the 支援経過記録; older ones come from GET /api/cases/:id/records. */
  records: z.array(recordSchema),
  /** How many entries the 支援経過記録 has in all. */
  recordTotal: z.number().int().min(0),
  reviews: z.array(caseReviewSchema),
  meetings: z.array(caseMeetingRefSchema),
  plans: z.array(planSchema),
  monitorings: z.array(monitoringSchema),
  tasks: z.array(taskSchema),
  /** 参加支援: the person's participant records, linked to this case or not yet (SPEC M5). */
  participation: z.array(participantSummarySchema),
  abilities: caseAbilitiesSchema,
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;
export const caseVersionSchema = z.object({ version: versionSchema });
