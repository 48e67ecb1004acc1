import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { REFERRAL_FILTERS } from '@tsunagu/contracts/referrals';
import { useId } from 'react';
import { canUse } from '../../../app/access';
import { Badge } from '../../../components/Badge';
import { LinkButton } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { Pagination } from '../../../components/Pagination';
import { Select } from '../../../components/Select';
import { Tabs } from '../../../components/Tabs';
import { useErrorText } from '../../../lib/errors';
import { formatCount } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { useMe } from '../../auth/api';
import { referralCountsQuery, referralListQuery } from '../api';
import { ReferralTable } from '../components/ReferralTable';
import { referralMessages } from '../messages';
import { REFERRAL_PAGE_SIZE, type ReferralBox, type ReferralFilter } from '../search';
import { useListsFollowCounts } from '../use-lists-follow-counts';

const route = getRouteApi('/_auth/staff/referrals');

/** The lists only coordinators may open. */
const QUEUE_BOXES: readonly ReferralBox[] = ['escalated', 'overdue'];

const TAB_KEYS = {
  incoming: 'tabIncoming',
  outgoing: 'tabOutgoing',
  escalated: 'tabEscalated',
  overdue: 'tabOverdue',
} as const;
const FILTER_KEYS = {
  open: 'filterOpen',
  new: 'filterNew',
  overdue: 'filterOverdue',
  accepted: 'filterAccepted',
  in_progress: 'filterInProgress',
  closed: 'filterClosed',
  all: 'filterAll',
} as const satisfies Record<ReferralFilter, string>;
const EMPTY_KEYS = {
  incoming: ['emptyIncoming', 'emptyIncomingHint'],
  outgoing: ['emptyOutgoing', 'emptyOutgoingHint'],
  escalated: ['emptyEscalated', 'emptyEscalatedHint'],
  overdue: ['emptyOverdue', 'emptyOverdueHint'],
} as const;

/**
 * 紹介（つなぐ）: the agency's received and sent referrals and, for coordinators, the queue of escalated
 * ones and the city-wide overdue list. The list, filter and page live in the URL.
 */
export function ReferralInboxPage() {
  const t = useT(referralMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const id = useId();
  const me = useMe();
  const coordinator = canUse(me, 'referralQueue');
  const search = route.useSearch();
  const box: ReferralBox =
    search.box && (coordinator || !QUEUE_BOXES.includes(search.box)) ? search.box : 'incoming';
  const filtered = !QUEUE_BOXES.includes(box);
  const filter: ReferralFilter = search.filter ?? 'open';
  const page = search.page ?? 1;
  const result = useQuery(
    referralListQuery({
      box,
      filter,
      limit: REFERRAL_PAGE_SIZE,
      offset: (page - 1) * REFERRAL_PAGE_SIZE,
    }),
  );
  const counts = useQuery(referralCountsQuery);
  useListsFollowCounts(useQueryClient(), counts.data);
  useDocumentTitle(t('inboxTitle'));

  const boxes: ReferralBox[] = coordinator
    ? ['incoming', 'outgoing', 'escalated', 'overdue']
    : ['incoming', 'outgoing'];
  const newCount = counts.data?.incomingNew ?? 0;
  const tabs = boxes.map((key) => ({
    key,
    label:
      key === 'incoming' && newCount > 0 ? (
        <span className="inline-flex items-center gap-2">
          {t(TAB_KEYS[key])}
          <Badge tone="danger">{t('tabNew', { count: newCount })}</Badge>
        </span>
      ) : (
        t(TAB_KEYS[key])
      ),
  }));
  const [emptyTitle, emptyHint] = EMPTY_KEYS[box];
  const data = result.data;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t('inboxTitle')}
        lead={t('inboxLead')}
        actions={
          canUse(me, 'referralMetrics') ? (
            <LinkButton to="/staff/referrals/metrics" variant="secondary">
              {t('metricsLink')}
            </LinkButton>
          ) : null
        }
      />
      <Tabs
        label={t('tabsLabel')}
        items={tabs}
        selected={box}
        onSelect={(key) =>
          void navigate({
            to: '/staff/referrals',
            search: (prev) => ({ box: key as ReferralBox, filter: prev.filter }),
          })
        }
      >
        <div className="flex flex-col gap-6">
          {filtered ? (
            <div className="max-w-sm">
              <Select
                id={`${id}-filter`}
                label={t('filterLabel')}
                value={filter}
                onChange={(event) =>
                  void navigate({
                    to: '/staff/referrals',
                    search: { box, filter: event.target.value as ReferralFilter },
                  })
                }
              >
                {REFERRAL_FILTERS.map((f) => (
                  <option key={f} value={f}>
                    {t(FILTER_KEYS[f])}
                  </option>
                ))}
              </Select>
            </div>
          ) : null}
          {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
          {result.isPending ? <Loading /> : null}
          {data && data.items.length === 0 ? (
            <EmptyState
              title={t(emptyTitle)}
              action={
                box === 'outgoing' ? (
                  <LinkButton to="/staff/persons" variant="secondary" size="sm">
                    {t('findPerson')}
                  </LinkButton>
                ) : null
              }
            >
              {t(emptyHint)}
            </EmptyState>
          ) : null}
          {data && data.items.length > 0 ? (
            <ReferralTable
              caption={t('caption', { box: t(TAB_KEYS[box]), total: formatCount(data.total, locale) })}
              items={data.items}
              showEscalation={box === 'escalated' || filter === 'closed' || filter === 'all'}
            />
          ) : null}
          {data ? <Pagination page={page} total={data.total} pageSize={REFERRAL_PAGE_SIZE} /> : null}
        </div>
      </Tabs>
    </div>
  );
}
