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

/** Names of the audit actions for the auditor's screen. */
export const AUDIT_ACTION_LABELS = {
  'auth.login': { ja: 'サインイン', en: 'Signed in' },
  'auth.login_failed': { ja: 'サインイン失敗', en: 'Sign-in failed' },
  'auth.locked': { ja: 'アカウントの一時ロック', en: 'Account locked' },
  'auth.logout': { ja: 'サインアウト', en: 'Signed out' },
  'auth.password_changed': { ja: 'パスワード変更', en: 'Password changed' },
  'session.revoked': { ja: 'セッションの失効', en: 'Session revoked' },
  'agency.created': { ja: '相談機関の登録', en: 'Agency added' },
  'agency.updated': { ja: '相談機関の更新', en: 'Agency updated' },
  'agency.exported': { ja: '相談機関一覧の出力', en: 'Directory exported' },
  'agency.imported': { ja: '相談機関の一括取り込み', en: 'Directory imported' },
  'agency_change.proposed': { ja: '変更申請', en: 'Change proposed' },
  'agency_change.decided': { ja: '変更申請の判断', en: 'Change decided' },
  'code_list.created': { ja: 'コードの追加', en: 'Code added' },
  'code_list.updated': { ja: 'コードの変更', en: 'Code changed' },
  'settings.updated': { ja: 'テナント設定の変更', en: 'Settings changed' },
  'intake.created': { ja: '相談受付の登録', en: 'Intake recorded' },
  'consent.recorded': { ja: '同意の記録', en: 'Consent recorded' },
  'consent.viewed': { ja: '同意の閲覧', en: 'Consents viewed' },
  'consent.withdrawn': { ja: '同意の撤回', en: 'Consent withdrawn' },
  'emergency.accessed': { ja: '緊急時のアクセス', en: 'Emergency access' },
  'household.viewed': { ja: '世帯情報の閲覧', en: 'Household viewed' },
  'household.history_viewed': { ja: '変更履歴の閲覧', en: 'Change history viewed' },
  'household.exported': { ja: 'つなぐシートの出力', en: 'Tsunagu sheet exported' },
  'household.updated': { ja: '世帯情報の変更', en: 'Household changed' },
  'household.member_added': { ja: '世帯員の追加', en: 'Member added' },
  'household.member_updated': { ja: '世帯員の続柄等の変更', en: 'Member changed' },
  'household.member_removed': { ja: '世帯員の削除', en: 'Member removed' },
  'person.updated': { ja: '個人情報の変更', en: 'Person changed' },
  'sensitive.viewed': { ja: '要配慮個人情報の閲覧', en: 'Sensitive information viewed' },
  'sensitive.recorded': { ja: '要配慮個人情報の記録', en: 'Sensitive information recorded' },
  'person.duplicates_checked': { ja: '重複候補の確認', en: 'Duplicates checked' },
  'person.duplicate_pairs_viewed': { ja: '重複候補一覧の閲覧', en: 'Duplicate pairs viewed' },
  'person.merged': { ja: '重複した個人の統合', en: 'Persons merged' },
  'person.duplicate_dismissed': { ja: '重複候補を別人として除外', en: 'Duplicate pair dismissed' },
  'intake_draft.saved': { ja: '相談受付の下書き保存', en: 'Intake draft saved' },
  'intake_draft.opened': { ja: '相談受付の下書きの再開', en: 'Intake draft opened' },
  'intake_draft.discarded': { ja: '相談受付の下書きの破棄', en: 'Intake draft discarded' },
  'person.searched': { ja: '個人の検索', en: 'Persons searched' },
  'case.requested': { ja: '推進員への相談', en: 'Case requested' },
  'case.triaged': { ja: 'ケースの振り分け', en: 'Case triaged' },
  'case.changed': { ja: 'ケースの記録・変更', en: 'Case changed' },
  'case.closed': { ja: 'ケースの終結', en: 'Case closed' },
  'case.reviewed': { ja: 'ケースの検証', en: 'Case reviewed' },
  'case.viewed': { ja: 'ケースの閲覧', en: 'Case viewed' },
  'case.exported': { ja: 'ケースの出力', en: 'Case exported' },
  'case.listed': { ja: 'ケース一覧の閲覧', en: 'Case list viewed' },
  'plan.saved': { ja: '支援計画の保存', en: 'Support plan saved' },
  'plan.approved': { ja: '支援計画の承認', en: 'Support plan approved' },
  'monitoring.recorded': { ja: 'モニタリングの記録', en: 'Monitoring recorded' },
  'meeting.created': { ja: '会議の登録', en: 'Meeting created' },
  'meeting.viewed': { ja: '会議の閲覧', en: 'Meeting viewed' },
  'meeting.acknowledged': { ja: '守秘義務の確認', en: 'Secrecy acknowledged' },
  'meeting.recorded': { ja: '会議録の記録', en: 'Minutes recorded' },
  'meeting.closed': { ja: '会議録の確定', en: 'Meeting closed' },
  'task.done': { ja: 'タスクの完了', en: 'Task done' },
  'story.created': { ja: '事例の作成', en: 'Story created' },
  'story.changed': { ja: '事例の編集・公開', en: 'Story changed' },
  'story.viewed': { ja: '事例の閲覧', en: 'Story viewed' },
  'referral.sent': { ja: '紹介の送付', en: 'Referral sent' },
  'referral.viewed': { ja: '紹介の閲覧', en: 'Referral viewed' },
  'referral.listed': { ja: '紹介一覧の閲覧', en: 'Referral list viewed' },
  'referral.changed': { ja: '紹介の状態変更', en: 'Referral state changed' },
  'referral.auto_escalated': { ja: '紹介の自動エスカレーション', en: 'Referral escalated automatically' },
  'progress_entry.created': { ja: '進捗報告の作成', en: 'Progress entry created' },
  'progress_entry.edited': { ja: '進捗報告の編集', en: 'Progress entry edited' },
  'progress_entry.submitted': { ja: '進捗報告の提出', en: 'Progress entry submitted' },
  'progress_entry.approved': { ja: '進捗報告の承認', en: 'Progress entry approved' },
  'progress_entry.returned': { ja: '進捗報告の差し戻し', en: 'Progress entry returned' },
  'progress_entry.commented': { ja: '進捗報告へのコメント', en: 'Progress entry commented' },
  'indicator.updated': { ja: '成果指標の設定変更', en: 'Indicator updated' },
  'indicator.value_recorded': { ja: '成果指標の実績値の記録', en: 'Indicator value recorded' },
  'indicator.value_cleared': { ja: '成果指標の実績値の取消', en: 'Indicator value cleared' },
  'survey.created': { ja: '連携アンケートの送付', en: 'Agency survey sent' },
  'survey.closed': { ja: '連携アンケートの締切', en: 'Agency survey closed' },
  'survey.answered': { ja: '連携アンケートへの回答', en: 'Agency survey answered' },
  'progress_report.exported': { ja: '進捗状況報告の出力', en: 'Progress report exported' },
  'audit.viewed': { ja: '監査ログの閲覧', en: 'Audit log viewed' },
  'audit.verified': { ja: '監査ログの改ざん検証', en: 'Audit log verified' },
} as const satisfies Record<string, { ja: string; en: string }>;

/** An audit action's name in the UI language, or the action code when it has none. */
export function auditActionLabel(action: string, locale: 'ja' | 'en'): string {
  const labels: Record<string, { ja: string; en: string }> = AUDIT_ACTION_LABELS;
  return labels[action]?.[locale] ?? action;
}
