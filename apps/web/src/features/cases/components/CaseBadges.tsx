import {
  CASE_KIND_LABELS,
  CASE_STAGE_LABELS,
  type CaseKind,
  type CaseStage,
  GOAL_EVALUATION_LABELS,
  type GoalEvaluation,
  PLAN_STATE_LABELS,
  type PlanState,
} from '@tsunagu/contracts/cases';
import { Badge, type BadgeTone } from '../../../components/Badge';
import { useLabel, useT } from '../../../lib/i18n';
import { caseMessages } from '../messages';

/** Waiting for the coordinator (yellow), being worked on (blue), monitored (green), closed (grey). */
const STAGE_TONES: Record<CaseStage, BadgeTone> = {
  triage: 'warning',
  assessment: 'info',
  planning: 'info',
  monitoring: 'success',
  closed: 'neutral',
};

/** A case's stage as a badge; the word carries the meaning. */
export function StageBadge({ stage }: { stage: CaseStage }) {
  const label = useLabel();
  return <Badge tone={STAGE_TONES[stage]}>{label(CASE_STAGE_LABELS[stage])}</Badge>;
}

/** 支援調整 or 相談のみ, or nothing before triage. */
export function KindBadge({ kind }: { kind: CaseKind | null }) {
  const label = useLabel();
  if (!kind) return null;
  return <Badge tone={kind === 'coordinated' ? 'accent' : 'neutral'}>{label(CASE_KIND_LABELS[kind])}</Badge>;
}

const EVALUATION_TONES: Record<GoalEvaluation, BadgeTone> = {
  achieved: 'success',
  partly: 'warning',
  not_achieved: 'danger',
};

/** A goal's latest evaluation: 達成 / 一部達成 / 未達成. */
export function EvaluationBadge({ evaluation }: { evaluation: GoalEvaluation }) {
  const label = useLabel();
  return <Badge tone={EVALUATION_TONES[evaluation]}>{label(GOAL_EVALUATION_LABELS[evaluation])}</Badge>;
}

const PLAN_TONES: Record<PlanState, BadgeTone> = {
  draft: 'warning',
  approved: 'success',
  superseded: 'neutral',
};

/** 作成中 / 承認済み（現行） / 旧版. */
export function PlanStateBadge({ state }: { state: PlanState }) {
  const label = useLabel();
  return <Badge tone={PLAN_TONES[state]}>{label(PLAN_STATE_LABELS[state])}</Badge>;
}

/** 期限切れ, with a warning sign: never colour alone. */
export function OverdueBadge() {
  const t = useT(caseMessages);
  return (
    <Badge tone="danger">
      <span aria-hidden="true">⚠</span>
      {t('overdue')}
    </Badge>
  );
}

/** 検証が必要: a case closed unresolved that has no review yet. */
export function ReviewPendingBadge() {
  const t = useT(caseMessages);
  return (
    <Badge tone="danger">
      <span aria-hidden="true">!</span>
      {t('reviewPending')}
    </Badge>
  );
}
