import { z } from 'zod';

/**
 * Referral figures of one agency (or the whole city) in one 年度, computed from the records:
 * - sent / received: referrals sent by / to the agency in the 年度;
 * - medianHoursToAccept: median hours from sending to acceptance, of those received and accepted;
 * - acceptedInTimeRate: share of received referrals accepted by the end of their accept deadline
 *   (null when none was received);
 * - hopsPerHousehold: hand-ons per household, over the referral chains the agency started;
 * - ownerlessDays: mean days the agency's received referrals waited without an owner (until accepted,
 *   handed on or escalated, or until now);
 * - escalations: received referrals escalated, by staff or automatically.
 */
export const referralMetricsRowSchema = z.object({
  agencyId: z.uuid().nullable(),
  agencyName: z.string(),
  sent: z.number().int(),
  received: z.number().int(),
  medianHoursToAccept: z.number().nullable(),
  acceptedInTimeRate: z.number().nullable(),
  hopsPerHousehold: z.number().nullable(),
  ownerlessDays: z.number().nullable(),
  escalations: z.number().int(),
});
export type ReferralMetricsRow = z.infer<typeof referralMetricsRowSchema>;

export const referralMetricsQuerySchema = z.object({
  fiscalYear: z.coerce.number().int().min(2000).max(2100),
});
export const referralMetricsSchema = z.object({
  fiscalYear: z.number().int(),
  rows: z.array(referralMetricsRowSchema),
  total: referralMetricsRowSchema,
});
export type ReferralMetrics = z.infer<typeof referralMetricsSchema>;
