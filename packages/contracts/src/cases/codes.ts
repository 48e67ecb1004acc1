import type { CodeLabels } from '../common/primitives';
/**
 * The code words of coordinated cases (SPEC M4): how a case reached the coordinator, what triage made
 * of it, where it stands, the roles of the team's agencies, and how it ended.
 */

/** An escalated referral (調整困難) or a request made to the coordinator directly. */
export const CASE_SOURCES = ['escalation', 'direct'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];
export const CASE_SOURCE_LABELS: CodeLabels<typeof CASE_SOURCES> = {
  escalation: { ja: '紹介からのエスカレーション', en: 'Escalated referral' },
  direct: { ja: '推進員への直接相談', en: 'Direct request' },
};

/** Triage: the coordinator's advice was enough, or agencies are brought together (支援調整). */
export const CASE_KINDS = ['advice_only', 'coordinated'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];
export const CASE_KIND_LABELS: CodeLabels<typeof CASE_KINDS> = {
  advice_only: { ja: '問い合わせ・相談のみで完了', en: 'Advice only' },
  coordinated: { ja: '関係機関と支援調整', en: 'Coordinated' },
};

/** triage → assessment → planning → monitoring (→ planning again on 再検討) → closed. */
export const CASE_STAGES = ['triage', 'assessment', 'planning', 'monitoring', 'closed'] as const;
export type CaseStage = (typeof CASE_STAGES)[number];
export const CASE_STAGE_LABELS: CodeLabels<typeof CASE_STAGES> = {
  triage: { ja: '受付・振り分け待ち', en: 'Awaiting triage' },
  assessment: { ja: 'アセスメント', en: 'Assessment' },
  planning: { ja: '支援計画作成', en: 'Planning' },
  monitoring: { ja: 'モニタリング', en: 'Monitoring' },
  closed: { ja: '終結', en: 'Closed' },
};
/** Stages in which a case is still being supported. */
export const OPEN_CASE_STAGES: readonly CaseStage[] = ['triage', 'assessment', 'planning', 'monitoring'];

/** The roles of a case team's agencies. */
export const TEAM_ROLES = [
  'person_support',
  'partner_support',
  'overall_coordination',
  'advisor',
  'facilitator',
] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];
export const TEAM_ROLE_LABELS: CodeLabels<typeof TEAM_ROLES> = {
  person_support: { ja: '本人支援', en: 'Supports the person' },
  partner_support: { ja: 'パートナー支援', en: 'Supports the partner' },
  overall_coordination: { ja: '全体調整', en: 'Overall coordination' },
  advisor: { ja: 'アドバイザー', en: 'Advisor' },
  facilitator: { ja: 'ファシリテーター', en: 'Facilitator' },
};

/** 個別調整: how the coordinator was in touch with an agency. */
export const CONTACT_METHODS = ['visit', 'phone', 'mail', 'meeting'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];
export const CONTACT_METHOD_LABELS: CodeLabels<typeof CONTACT_METHODS> = {
  visit: { ja: '訪問', en: 'Visit' },
  phone: { ja: '電話', en: 'Phone' },
  mail: { ja: 'メール・文書', en: 'Mail' },
  meeting: { ja: '機関との打合せ', en: 'Meeting with the agency' },
};

/** How a case ended. Only `unresolved` needs a review (検証). */
export const CASE_OUTCOMES = ['resolved', 'stabilised', 'transferred', 'ended', 'unresolved'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];
export const CASE_OUTCOME_LABELS: CodeLabels<typeof CASE_OUTCOMES> = {
  resolved: { ja: '解決', en: 'Resolved' },
  stabilised: { ja: '状態が安定し見守りへ移行', en: 'Stable, handed to watching over' },
  transferred: { ja: '他の支援へ移行', en: 'Moved to other support' },
  ended: { ja: '転居・死亡等により終結', en: 'Ended (moved away, died …)' },
  unresolved: { ja: '解決に至らず', en: 'Not resolved' },
};

/** Evaluation of one goal of a support plan at monitoring. */
export const GOAL_EVALUATIONS = ['achieved', 'partly', 'not_achieved'] as const;
export type GoalEvaluation = (typeof GOAL_EVALUATIONS)[number];
export const GOAL_EVALUATION_LABELS: CodeLabels<typeof GOAL_EVALUATIONS> = {
  achieved: { ja: '達成', en: 'Achieved' },
  partly: { ja: '一部達成', en: 'Partly achieved' },
  not_achieved: { ja: '未達成', en: 'Not achieved' },
};

/** A plan version is drafted, approved by the coordinator, and superseded by the next approval. */
export const PLAN_STATES = ['draft', 'approved', 'superseded'] as const;
export type PlanState = (typeof PLAN_STATES)[number];
export const PLAN_STATE_LABELS: CodeLabels<typeof PLAN_STATES> = {
  draft: { ja: '作成中', en: 'Draft' },
  approved: { ja: '承認済み（現行）', en: 'Approved (current)' },
  superseded: { ja: '旧版', en: 'Superseded' },
};

/** At monitoring: carry on with the plan, or review it (再検討), which reopens planning. */
export const MONITORING_DECISIONS = ['continue', 'review'] as const;
export type MonitoringDecision = (typeof MONITORING_DECISIONS)[number];
export const MONITORING_DECISION_LABELS: CodeLabels<typeof MONITORING_DECISIONS> = {
  continue: { ja: '計画を継続', en: 'Continue the plan' },
  review: { ja: '再検討（計画を見直す）', en: 'Review the plan' },
};

/** A case library story is drafted, sent for review, and published to all staff. */
export const STORY_STATES = ['draft', 'in_review', 'published'] as const;
export type StoryState = (typeof STORY_STATES)[number];
export const STORY_STATE_LABELS: CodeLabels<typeof STORY_STATES> = {
  draft: { ja: '下書き', en: 'Draft' },
  in_review: { ja: '確認待ち', en: 'In review' },
  published: { ja: '公開中（職員向け）', en: 'Published to staff' },
};
