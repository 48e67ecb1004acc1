import { ENTRY_STATE_LABELS, type EntryState } from '@tsunagu/contracts/plan';
import { Badge, type BadgeTone } from '../../../components/Badge';
import { useLabel } from '../../../lib/i18n';

/** Tone and mark of each entry state: the words and the mark tell them apart, not the colour. */
export const ENTRY_STATE_LOOK: Record<EntryState, { tone: BadgeTone; mark: string }> = {
  draft: { tone: 'neutral', mark: '✎' },
  submitted: { tone: 'info', mark: '●' },
  returned: { tone: 'warning', mark: '↩' },
  approved: { tone: 'success', mark: '✓' },
};

/** 作成中 / 提出済み（確認待ち） / 差し戻し / 承認済み as a badge. */
export function EntryStateBadge({ state }: { state: EntryState }) {
  const label = useLabel();
  const look = ENTRY_STATE_LOOK[state];
  return (
    <Badge tone={look.tone}>
      <span aria-hidden="true">{look.mark}</span>
      {label(ENTRY_STATE_LABELS[state])}
    </Badge>
  );
}
