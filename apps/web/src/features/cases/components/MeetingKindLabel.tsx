import {
  MEETING_KIND_LABELS,
  MEETING_KINDS,
  MEETING_STATE_LABELS,
  MEETING_STATES,
  type MeetingKind,
  type MeetingState,
} from '@tsunagu/contracts/meetings';
import { Badge, type BadgeTone } from '../../../components/Badge';
import { useLabel } from '../../../lib/i18n';

/** A meeting kind's name (a case's meeting list carries the code as a plain string). */
export function MeetingKindLabel({ kind }: { kind: string }) {
  const label = useLabel();
  return (MEETING_KINDS as readonly string[]).includes(kind)
    ? label(MEETING_KIND_LABELS[kind as MeetingKind])
    : kind;
}

const STATE_TONES: Record<MeetingState, BadgeTone> = { planned: 'info', held: 'warning', closed: 'neutral' };

/** 予定 / 開催済み（記録中） / 記録確定. */
export function MeetingStateBadge({ state }: { state: string }) {
  const label = useLabel();
  if (!(MEETING_STATES as readonly string[]).includes(state)) return <Badge>{state}</Badge>;
  const s = state as MeetingState;
  return <Badge tone={STATE_TONES[s]}>{label(MEETING_STATE_LABELS[s])}</Badge>;
}
