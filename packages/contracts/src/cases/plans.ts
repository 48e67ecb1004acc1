import { z } from 'zod';
import { isoDateSchema, multiLineText, uuidSchema, versionSchema } from '../common/primitives';
import { GOAL_EVALUATIONS, MONITORING_DECISIONS, PLAN_STATES } from './codes';
import { requiredText } from './text';

/**
 * 支援計画 (a プランシート): each save makes a new version; the coordinator approves one, which
 * replaces the approved one before it, schedules its monitoring dates and puts its actions in the
 * owner agencies' task lists.
 */
export const planInputSchema = z
  .object({
    /** The person's own words: what they want their life to be. */
    personWords: requiredText(2000, '本人の思い・言葉'),
    goals: z
      .array(z.object({ text: requiredText(500, '目標') }))
      .min(1, { error: '目標を1つ以上書いてください / at least one goal' })
      .max(10),
    actions: z
      .array(
        z.object({
          goalIndex: z.number().int().min(0).max(9),
          text: requiredText(500, '支援内容'),
          ownerAgencyId: uuidSchema,
          dueOn: isoDateSchema,
        }),
      )
      .max(30),
    participationSupport: z.boolean(),
    outreach: z.boolean(),
    monitoringDates: z
      .array(isoDateSchema)
      .min(1, { error: 'モニタリング日を1つ以上決めてください / at least one monitoring date' })
      .max(12),
    nextReviewOn: isoDateSchema,
  })
  .refine((p) => p.actions.every((a) => a.goalIndex < p.goals.length), {
    error: '支援内容の目標番号が目標の数を超えています / an action points at a goal that does not exist',
    path: ['actions'],
  })
  .refine((p) => new Set(p.monitoringDates).size === p.monitoringDates.length, {
    error: '同じモニタリング日が重複しています / a monitoring date is repeated',
    path: ['monitoringDates'],
  });
export type PlanInput = z.infer<typeof planInputSchema>;

const agencyRef = z.object({ id: z.uuid(), name: z.string() });

export const planSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  version: z.number().int(),
  state: z.enum(PLAN_STATES),
  personWords: z.string(),
  goals: z.array(
    z.object({
      text: z.string(),
      /** The latest evaluation of this goal, from the last monitoring. */
      evaluation: z.enum(GOAL_EVALUATIONS).nullable(),
      evaluationComment: z.string().nullable(),
    }),
  ),
  actions: z.array(
    z.object({ goalIndex: z.number().int(), text: z.string(), ownerAgency: agencyRef, dueOn: z.string() }),
  ),
  participationSupport: z.boolean(),
  outreach: z.boolean(),
  monitoringDates: z.array(z.string()),
  nextReviewOn: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  approvedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
});
export type Plan = z.infer<typeof planSchema>;
export const planApproveSchema = z.object({ version: versionSchema });

export const monitoringSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  planId: z.uuid(),
  planVersion: z.number().int(),
  dueOn: z.string(),
  doneOn: z.string().nullable(),
  overdue: z.boolean(),
  decision: z.enum(MONITORING_DECISIONS).nullable(),
  note: z.string().nullable(),
});
export type Monitoring = z.infer<typeof monitoringSchema>;

/** Recording a monitoring: an evaluation of every goal of the plan, then continue or review (再検討). */
export const monitoringInputSchema = z.object({
  doneOn: isoDateSchema,
  evaluations: z
    .array(
      z.object({
        goalIndex: z.number().int().min(0).max(9),
        result: z.enum(GOAL_EVALUATIONS),
        comment: multiLineText(1000).nullable().default(null),
      }),
    )
    .min(1),
  decision: z.enum(MONITORING_DECISIONS),
  note: multiLineText(2000).nullable().default(null),
});
export type MonitoringInput = z.infer<typeof monitoringInputSchema>;

/** The monitoring due list: open monitorings up to a date, the overdue ones first. */
export const monitoringListSchema = z.object({
  items: z.array(
    monitoringSchema.extend({ caseNumber: z.number().int(), personName: z.string().nullable() }),
  ),
});
