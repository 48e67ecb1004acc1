import { z } from 'zod';
import { lineText } from '../common/primitives';

export const auditQuerySchema = z.object({
  from: z.iso.date({ error: '日付は YYYY-MM-DD で入力してください / use YYYY-MM-DD' }).optional(),
  to: z.iso.date({ error: '日付は YYYY-MM-DD で入力してください / use YYYY-MM-DD' }).optional(),
  action: lineText(100).optional(),
  entityType: lineText(100).optional(),
  actorUserId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditEventSchema = z.object({
  id: z.number().int(),
  occurredAt: z.string(),
  actorUserId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorAgencyId: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
  sealed: z.boolean(),
});
export type AuditEventView = z.infer<typeof auditEventSchema>;
export const auditListSchema = z.object({ items: z.array(auditEventSchema), total: z.number().int() });

export const auditVerifySchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBrokenEventId: z.number().int().nullable(),
  reason: z.string().nullable(),
});
export type AuditVerifyResult = z.infer<typeof auditVerifySchema>;
