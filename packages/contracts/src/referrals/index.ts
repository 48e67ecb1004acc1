import { z } from 'zod';
import { multiLineText, uuidSchema, versionSchema } from '../common/primitives';
import {
  ESCALATION_REASONS,
  MANUAL_ESCALATION_REASONS,
  REFERRAL_ACTIONS,
  REFERRAL_BASES,
  REFERRAL_OUTCOMES,
  REFERRAL_STATES,
} from './states';

export * from './states';

const reasonText = multiLineText(2000).refine((s) => s.trim().length > 0, {
  error: '紹介の理由を入力してください / give the reason',
});

/** Send a household (and the person it is mainly about) to one or more agencies: one referral each. */
export const referralCreateSchema = z
  .object({
    householdId: uuidSchema,
    personId: uuidSchema,
    toAgencyIds: z
      .array(uuidSchema)
      .min(1, { error: '紹介先を1つ以上選んでください / choose at least one agency' })
      .max(10, { error: '一度に紹介できるのは10機関までです / at most 10 agencies at once' }),
    reason: reasonText,
    basis: z.enum(REFERRAL_BASES),
    /** Required when the basis is an emergency: why the person's life or body is at risk. */
    emergencyReason: multiLineText(1000).nullable().default(null),
  })
  .refine((r) => r.basis !== 'emergency' || (r.emergencyReason ?? '').trim().length >= 10, {
    error: '緊急の理由を10文字以上で書いてください / give the emergency reason (10+ characters)',
    path: ['emergencyReason'],
  })
  .refine((r) => new Set(r.toAgencyIds).size === r.toAgencyIds.length, {
    error: '同じ紹介先が重複しています / the same agency is chosen twice',
    path: ['toAgencyIds'],
  });
export type ReferralCreate = z.infer<typeof referralCreateSchema>;

export const referralVersionSchema = z.object({ version: versionSchema });
export const referralCompleteSchema = z.object({
  version: versionSchema,
  outcome: z.enum(REFERRAL_OUTCOMES),
  note: multiLineText(2000).nullable().default(null),
});
export const referralHandOnSchema = z.object({
  version: versionSchema,
  toAgencyId: uuidSchema,
  reason: reasonText,
  basis: z.enum(REFERRAL_BASES).default('consent'),
  emergencyReason: multiLineText(1000).nullable().default(null),
});
export const referralEscalateSchema = z
  .object({
    version: versionSchema,
    reason: z.enum(MANUAL_ESCALATION_REASONS),
    note: multiLineText(2000).nullable().default(null),
  })
  .refine((r) => r.reason !== 'other' || (r.note ?? '').trim().length > 0, {
    error: '「その他」の内容を書いてください / describe the reason',
    path: ['note'],
  });

const agencyRef = z.object({ id: z.uuid(), name: z.string() });

/** A referral as listed: the person's name only when the actor's agency may see the household. */
export const referralSummarySchema = z.object({
  id: z.uuid(),
  chainId: z.uuid(),
  hop: z.number().int(),
  householdId: z.uuid(),
  personId: z.uuid().nullable(),
  /** 氏名 of the person, or null when the household is not visible to the actor (no live link). */
  personName: z.string().nullable(),
  fromAgency: agencyRef,
  toAgency: agencyRef,
  state: z.enum(REFERRAL_STATES),
  basis: z.enum(REFERRAL_BASES),
  sentAt: z.string(),
  acceptDueOn: z.string(),
  escalateDueOn: z.string(),
  acceptedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  /** Not accepted, handed on or escalated by the end of the accept deadline (today in Japan). */
  overdue: z.boolean(),
  escalationReason: z.enum(ESCALATION_REASONS).nullable(),
  outcome: z.enum(REFERRAL_OUTCOMES).nullable(),
  version: z.number().int(),
});
export type ReferralSummary = z.infer<typeof referralSummarySchema>;

export const referralEventSchema = z.object({
  at: z.string(),
  action: z.enum([...REFERRAL_ACTIONS, 'send', 'auto_escalate'] as const),
  fromState: z.enum(REFERRAL_STATES).nullable(),
  toState: z.enum(REFERRAL_STATES),
  /** Null when the system acted (automatic escalation). */
  actorName: z.string().nullable(),
  agencyName: z.string().nullable(),
  note: z.string().nullable(),
});
export type ReferralEvent = z.infer<typeof referralEventSchema>;

/** One referral with its reason, history and the whole chain it belongs to: the closed loop. */
export const referralDetailSchema = referralSummarySchema.extend({
  reason: z.string(),
  emergencyReason: z.string().nullable(),
  escalationNote: z.string().nullable(),
  outcomeNote: z.string().nullable(),
  nextReferralId: z.uuid().nullable(),
  events: z.array(referralEventSchema),
  chain: z.array(referralSummarySchema),
  /** What the actor may do now (the server checks again). */
  actions: z.array(z.enum(REFERRAL_ACTIONS)),
});
export type ReferralDetail = z.infer<typeof referralDetailSchema>;

/** The inbox: incoming or outgoing referrals of the actor's agency; the coordinator's queue and overdue list. */
export const REFERRAL_BOXES = ['incoming', 'outgoing', 'escalated', 'overdue'] as const;
export const REFERRAL_FILTERS = [
  'open',
  'new',
  'overdue',
  'accepted',
  'in_progress',
  'closed',
  'all',
] as const;
export const referralListQuerySchema = z.object({
  box: z.enum(REFERRAL_BOXES).default('incoming'),
  filter: z.enum(REFERRAL_FILTERS).default('open'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ReferralListQuery = z.infer<typeof referralListQuerySchema>;
export const referralListSchema = z.object({
  items: z.array(referralSummarySchema),
  total: z.number().int(),
});

/** Counts shown in the navigation. */
export const referralCountsSchema = z.object({
  incomingNew: z.number().int(),
  incomingOverdue: z.number().int(),
  outgoingOverdue: z.number().int(),
  /** Escalated referrals no coordinator has opened yet (coordinators only, else 0). */
  escalated: z.number().int(),
  unreadNotifications: z.number().int(),
});
export type ReferralCounts = z.infer<typeof referralCountsSchema>;

/**
 * The agencies of the tenant with someone to act on a referral they receive: at least one account,
 * not disabled, with a front-line role (相談機関の職員・管理者, 相談支援包括化推進員). A referral sent
 * elsewhere waits unread until its accept deadline passes and the coordinator takes it over; the forms
 * warn before sending.
 */
export const referralReceiversSchema = z.object({ agencyIds: z.array(z.uuid()) });
export type ReferralReceivers = z.infer<typeof referralReceiversSchema>;

export const sendResultSchema = z.object({ items: z.array(referralSummarySchema) });

export * from './metrics';
export * from './notifications';
