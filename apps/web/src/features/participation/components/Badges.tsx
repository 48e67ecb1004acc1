import type { MatchState, ParticipantStage } from '@tsunagu/contracts/participation';
import { MATCH_STATE_LABELS } from '@tsunagu/contracts/participation';
import { Badge } from '../../../components/Badge';
import { useLabel } from '../../../lib/i18n';
import { MATCH_STATE_TONES, STAGE_LABELS, STAGE_TONES } from '../labels';

/** 段階: 登録 / マッチング中 / 体験中 / 就労・参加中 / 定着 / 終了. */
export function StageBadge({ stage }: { stage: ParticipantStage }) {
  const label = useLabel();
  return <Badge tone={STAGE_TONES[stage]}>{label(STAGE_LABELS[stage])}</Badge>;
}

/** The state of one match: 提案中 / 体験中 / 就労・参加中 / 終了 / 見送り. */
export function MatchStateBadge({ state }: { state: MatchState }) {
  const label = useLabel();
  return <Badge tone={MATCH_STATE_TONES[state]}>{label(MATCH_STATE_LABELS[state])}</Badge>;
}
