import { z } from 'zod';

/** An action item from a meeting or a support plan, in its owner agency's task list. */
export const taskSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid().nullable(),
  caseNumber: z.number().int().nullable(),
  meetingId: z.uuid().nullable(),
  planId: z.uuid().nullable(),
  ownerAgency: z.object({ id: z.uuid(), name: z.string() }),
  title: z.string(),
  dueOn: z.string(),
  doneAt: z.string().nullable(),
  overdue: z.boolean(),
  /** Whether the user may mark it done: its owner agency or a coordinator, while open. */
  canComplete: z.boolean(),
  /** Whether the user may open its case (on the case's team, or a coordinator). */
  caseVisible: z.boolean(),
});
export type Task = z.infer<typeof taskSchema>;
export const taskListQuerySchema = z.object({
  /** open (default) or all, including the done ones. */
  show: z.enum(['open', 'all']).default('open'),
});
export const taskListSchema = z.object({ items: z.array(taskSchema) });
