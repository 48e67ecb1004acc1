import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { MEETING_KIND_LABELS, type MeetingDetail } from '@tsunagu/contracts/meetings';
import { canUse } from '../../../app/access';
import { NotFoundPage } from '../../../app/ErrorPages';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { isApiError } from '../../../lib/api';
import { useErrorText } from '../../../lib/errors';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { useMe } from '../../auth/api';
import { authMessages } from '../../auth/messages';
import { MeetingStateBadge } from '../../cases/components/MeetingKindLabel';
import { TaskTable } from '../../cases/components/TaskTable';
import { formatDay } from '../../households/people';
import { meetingQuery } from '../api';
import { AgendaCases } from '../components/AgendaCases';
import { AttendeesTable } from '../components/AttendeesTable';
import { MinutesSection } from '../components/MinutesSection';
import { meetingFormMessages } from '../form-messages';
import { RULE_KEYS } from '../form-values';
import { meetingMessages } from '../messages';

const route = getRouteApi('/_auth/staff/meetings/$id');

/**
 * One meeting: what and when, its legal rule, the attendees (with the 守秘義務 acknowledgements of a
 * 支援会議), the agenda cases, the minutes (non-public) and the tasks it gave. Outside the attending
 * agencies it answers 404 and is shown like a wrong address.
 */
export function MeetingPage() {
  const { id } = route.useParams();
  const t = useT(meetingMessages);
  const errorText = useErrorText();
  const result = useQuery(meetingQuery(id));
  if (result.isPending) return <Loading />;
  if (result.isError) {
    if (isApiError(result.error) && [400, 404].includes(result.error.status)) return <NotFoundPage />;
    return (
      <div className="flex min-w-0 flex-col gap-6 *:min-w-0">
        <PageHeader title={t('detailTitle')} breadcrumbs={<Crumbs />} />
        <Notice tone="error" live title={errorText(result.error)} />
      </div>
    );
  }
  return <MeetingView meeting={result.data} />;
}

function Crumbs() {
  const t = useT(meetingMessages);
  const a = useT(authMessages);
  return (
    <Breadcrumbs
      items={[
        { label: a('homeTitle'), to: '/staff' },
        { label: t('listTitle'), to: '/staff/meetings' },
        { label: t('detailTitle') },
      ]}
    />
  );
}

function MeetingView({ meeting: m }: { meeting: MeetingDetail }) {
  const t = useT(meetingMessages);
  const f = useT(meetingFormMessages);
  const label = useLabel();
  const { locale } = useI18n();
  const me = useMe();
  const coordinator = canUse(me, 'caseQueue');
  const title = t('titleOf', { kind: label(MEETING_KIND_LABELS[m.kind]), date: formatDay(m.heldOn, locale) });
  useDocumentTitle(title);

  return (
    <div className="flex min-w-0 flex-col gap-8 *:min-w-0">
      <PageHeader title={title} breadcrumbs={<Crumbs />} lead={<MeetingStateBadge state={m.state} />} />
      <section aria-labelledby="meeting-facts-heading" className="flex min-w-0 flex-col gap-4">
        <h2 id="meeting-facts-heading" className="border-b-2 border-blue-900 pb-2 text-std-24B-150">
          {t('factsHeading')}
        </h2>
        <dl className="grid gap-x-8 gap-y-3 md:grid-cols-[12rem_1fr]">
          <dt className="text-std-16B-170">{t('heldOn')}</dt>
          <dd>
            <time dateTime={m.heldOn}>{formatDay(m.heldOn, locale)}</time>
          </dd>
          <dt className="text-std-16B-170">{t('place')}</dt>
          <dd>{m.place ?? '—'}</dd>
          <dt className="text-std-16B-170">{t('purpose')}</dt>
          <dd className="whitespace-pre-wrap">{m.purpose}</dd>
          <dt className="text-std-16B-170">{t('rule')}</dt>
          <dd>{f(RULE_KEYS[m.kind])}</dd>
        </dl>
      </section>
      <AttendeesTable meeting={m} />
      <AgendaCases meeting={m} caseLinks={coordinator} />
      <MinutesSection meeting={m} />
      <section aria-labelledby="meeting-tasks-heading" className="flex min-w-0 flex-col gap-4">
        <h2 id="meeting-tasks-heading" className="border-b-2 border-blue-900 pb-2 text-std-24B-150">
          {t('tasksHeading')}
        </h2>
        {m.tasks.length === 0 ? (
          <EmptyState title={t('tasksEmpty')} />
        ) : (
          <TaskTable caption={t('tasksCaption', { count: m.tasks.length })} captionHidden tasks={m.tasks} />
        )}
      </section>
    </div>
  );
}
