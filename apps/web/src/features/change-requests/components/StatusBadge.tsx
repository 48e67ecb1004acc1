import type { ChangeRequest } from '@tsunagu/contracts/agencies';
import { Badge } from '../../../components/Badge';
import { useT } from '../../../lib/i18n';
import { changeRequestMessages } from '../messages';

/** 未処理 / 承認済み / 却下 as a badge. */
export function StatusBadge({ status }: { status: ChangeRequest['status'] }) {
  const t = useT(changeRequestMessages);
  if (status === 'pending') return <Badge tone="warning">{t('pending')}</Badge>;
  if (status === 'approved') return <Badge tone="success">{t('approved')}</Badge>;
  return <Badge tone="neutral">{t('rejected')}</Badge>;
}
