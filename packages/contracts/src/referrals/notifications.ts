import { z } from 'zod';

/** In-app notifications: what happened to a referral the user's agency is part of. No personal data. */
export const NOTIFICATION_KINDS = [
  'referral_received',
  'referral_accepted',
  'referral_handed_on',
  'referral_escalated',
  'referral_completed',
  'referral_overdue',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, { ja: string; en: string }> = {
  referral_received: { ja: '新しい紹介が届きました', en: 'A new referral arrived' },
  referral_accepted: { ja: '紹介が受け入れられました', en: 'A referral was accepted' },
  referral_handed_on: { ja: '紹介が他の機関へつながれました', en: 'A referral was handed on' },
  referral_escalated: { ja: '紹介が推進員へエスカレーションされました', en: 'A referral was escalated' },
  referral_completed: { ja: '紹介が完了しました', en: 'A referral was completed' },
  referral_overdue: { ja: '受け入れ期限を過ぎた紹介があります', en: 'A referral is overdue' },
};

export const notificationSchema = z.object({
  id: z.uuid(),
  kind: z.enum(NOTIFICATION_KINDS),
  referralId: z.uuid().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;
export const notificationListSchema = z.object({
  items: z.array(notificationSchema),
  unread: z.number().int(),
});
