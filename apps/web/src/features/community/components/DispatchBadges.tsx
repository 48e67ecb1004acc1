import { DISPATCH_STATUS_LABELS, type DispatchStatus } from '@tsunagu/contracts/community';
import { Badge, type BadgeTone } from '../../../components/Badge';
import { useLabel } from '../../../lib/i18n';

const DISPATCH_TONES: Record<DispatchStatus, BadgeTone> = {
  received: 'info',
  scheduled: 'accent',
  held: 'warning',
  closed: 'success',
  ineligible: 'danger',
  withdrawn: 'neutral',
};

/** 受付 / 派遣予定 / 派遣済み（フォローアップ期間） / 完了 / 対象外 / 取下げ. */
export function DispatchStatusBadge({ status }: { status: DispatchStatus }) {
  const label = useLabel();
  return <Badge tone={DISPATCH_TONES[status]}>{label(DISPATCH_STATUS_LABELS[status])}</Badge>;
}
