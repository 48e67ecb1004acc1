import { z } from 'zod';
import { multiLineText, requiredLine } from '../common/primitives';

/**
 * 緊急時のアクセス: the person is identified exactly (ふりがな and birth date, so nobody can browse),
 * and the reason is written down; it is granted at once, limited in time, and shown to admins.
 */
export const emergencyAccessRequestSchema = z.object({
  familyNameKana: requiredLine(100),
  givenNameKana: requiredLine(100),
  birthDate: z.iso.date({ error: '日付は YYYY-MM-DD で入力してください / use YYYY-MM-DD' }),
  reason: multiLineText(1000).refine((r) => r.trim().length >= 10, {
    error: '理由を具体的に10文字以上で書いてください / give the reason in at least 10 characters',
  }),
});
export type EmergencyAccessRequest = z.infer<typeof emergencyAccessRequestSchema>;

export const emergencyAccessResultSchema = z.object({
  id: z.uuid(),
  householdIds: z.array(z.uuid()),
  expiresAt: z.string(),
});

export const emergencyAccessListSchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      /** An emergency access, or a referral sent on an emergency basis (to `toAgencyName`). */
      kind: z.enum(['access', 'referral']),
      agencyName: z.string(),
      toAgencyName: z.string().nullable(),
      userName: z.string().nullable(),
      reason: z.string(),
      households: z.number().int(),
      createdAt: z.string(),
      expiresAt: z.string(),
    }),
  ),
});
