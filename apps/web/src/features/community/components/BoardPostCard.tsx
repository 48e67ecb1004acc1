import { BOARD_POST_STATUS_LABELS, type BoardPost, type BoardPostStatus } from '@tsunagu/contracts/community';
import type { ReactNode } from 'react';
import { Badge, type BadgeTone } from '../../../components/Badge';
import { Button } from '../../../components/Button';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { Facts } from '../../participation/components/Facts';
import { useCodeLabel, useDistrictLabel } from '../../settings/api';
import { boardMessages } from '../support-board-messages';

const POST_TONES: Record<BoardPostStatus, BadgeTone> = {
  open: 'info',
  matched: 'success',
  closed: 'neutral',
};

/** 募集中 / マッチング成立 / 終了 of a board post. */
export function BoardStatusBadge({ status }: { status: BoardPostStatus }) {
  const label = useLabel();
  return <Badge tone={POST_TONES[status]}>{label(BOARD_POST_STATUS_LABELS[status])}</Badge>;
}

/** One need or offer: its title, status and field, who raised or offers it, when, and what it says. */
export function BoardPostCard({ post: p, onClose }: { post: BoardPost; onClose?: (() => void) | undefined }) {
  const t = useT(boardMessages);
  const { locale } = useI18n();
  const codeLabel = useCodeLabel();
  const district = useDistrictLabel();
  const facts: [string, ReactNode][] = [
    p.kind === 'offer' ? [t('organisation'), p.organisationName ?? '—'] : [t('postedBy'), p.postedBy || '—'],
    [t('schoolDistrict'), p.schoolDistrictCode ? district(p.schoolDistrictCode) : '—'],
    [
      t('postedOn'),
      <time key="on" dateTime={p.postedOn}>
        {formatDay(p.postedOn, locale)}
      </time>,
    ],
  ];
  return (
    <article
      aria-labelledby={`post-${p.id}`}
      className="flex min-w-0 flex-col gap-3 rounded-8 border border-solid-gray-420 bg-white p-4"
    >
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={`post-${p.id}`} className="mr-auto text-std-18B-160">
          {p.title}
        </h3>
        <BoardStatusBadge status={p.status} />
        <Badge tone="accent">{codeLabel('board_field', p.fieldCode)}</Badge>
      </div>
      <Facts items={facts} />
      {p.body ? <p className="text-std-16N-170 whitespace-pre-line">{p.body}</p> : null}
      {onClose && p.status === 'open' ? (
        <div>
          <Button
            variant="tertiary"
            size="sm"
            aria-label={t('closePostOf', { title: p.title })}
            onClick={onClose}
          >
            {t('closePost')}
          </Button>
        </div>
      ) : null}
    </article>
  );
}
