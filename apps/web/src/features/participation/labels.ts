import type { CodeLabels } from '@tsunagu/contracts';
import {
  BARRIER_LEVEL_LABELS,
  type BarrierLevel,
  type MatchState,
  type PARTICIPANT_STAGES,
  type ParticipantStage,
  type ScoreItem,
} from '@tsunagu/contracts/participation';
import type { BadgeTone } from '../../components/Badge';

/** 段階 of a participant, as the list and the page show it. */
export const STAGE_LABELS: CodeLabels<typeof PARTICIPANT_STAGES> = {
  registered: { ja: '登録', en: 'Registered' },
  matching: { ja: 'マッチング中', en: 'Matching' },
  trial: { ja: '体験中', en: 'On trial' },
  placed: { ja: '就労・参加中', en: 'Placed' },
  retained: { ja: '定着', en: 'Retained' },
  closed: { ja: '終了', en: 'Closed' },
};
export const STAGE_TONES: Record<ParticipantStage, BadgeTone> = {
  registered: 'neutral',
  matching: 'info',
  trial: 'accent',
  placed: 'success',
  retained: 'success',
  closed: 'neutral',
};

export const MATCH_STATE_TONES: Record<MatchState, BadgeTone> = {
  proposed: 'info',
  trial: 'accent',
  placed: 'success',
  ended: 'neutral',
  declined: 'warning',
};

/** The short word of a barrier level (小 / 中 / 大) for tables; the long label explains it in forms. */
export const BARRIER_SHORT_LABELS: CodeLabels<readonly BarrierLevel[]> = {
  small: { ja: '小', en: BARRIER_LEVEL_LABELS.small.en },
  medium: { ja: '中', en: BARRIER_LEVEL_LABELS.medium.en },
  large: { ja: '大', en: BARRIER_LEVEL_LABELS.large.en },
};

/** The name of each item of an explained score (業務・制約・時間・距離・希望 / 関心・距離・曜日・配慮). */
export const SCORE_ITEM_LABELS: Record<ScoreItem['key'], { ja: string; en: string }> = {
  tasks: { ja: '業務', en: 'Tasks' },
  limits: { ja: '制約', en: 'Limits' },
  hours: { ja: '時間', en: 'Hours' },
  distance: { ja: '距離', en: 'Distance' },
  wishes: { ja: '希望', en: 'Wishes' },
  interests: { ja: '関心', en: 'Interests' },
  days: { ja: '曜日', en: 'Days' },
  access: { ja: '配慮', en: 'Accessibility' },
};

/** The programme's name in the screen's language. */
export function programmeNameOf(
  p: { programmeName: string; programmeNameEn: string },
  locale: string,
): string {
  return locale === 'en' ? p.programmeNameEn : p.programmeName;
}
