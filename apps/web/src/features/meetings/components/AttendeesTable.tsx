import { useQueryClient } from '@tanstack/react-query';
import type { MeetingDetail } from '@tsunagu/contracts/meetings';
import { useState } from 'react';
import { Badge } from '../../../components/Badge';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/FormError';
import { type Column, Table } from '../../../components/Table';
import { useToast } from '../../../components/Toast';
import { useErrorText } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { acknowledgeSecrecy, meetingQuery } from '../api';
import { meetingMessages } from '../messages';

type Attendee = MeetingDetail['attendees'][number];

/**
 * 出席者: agency, name and role; at a 支援会議 also whether each attendee acknowledged the duty of
 * secrecy, with a button for the attendees the user may acknowledge for (`abilities.acknowledge`).
 */
export function AttendeesTable({ meeting }: { meeting: MeetingDetail }) {
  const t = useT(meetingMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const notify = useToast();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const council = meeting.kind === 'support_council';

  async function acknowledge(a: Attendee) {
    setBusy(a.id);
    setFailure(null);
    try {
      queryClient.setQueryData(meetingQuery(meeting.id).queryKey, await acknowledgeSecrecy(meeting.id, a.id));
      notify(t('acknowledgedDone', { name: a.personName }));
    } catch (err) {
      setFailure(err);
      await queryClient.invalidateQueries({ queryKey: meetingQuery(meeting.id).queryKey });
    } finally {
      setBusy(null);
    }
  }

  const columns: Column<Attendee>[] = [
    { key: 'person', header: t('colPerson'), rowHeader: true, cell: (a) => a.personName },
    { key: 'agency', header: t('colAgency'), cell: (a) => a.agency.name },
    { key: 'role', header: t('colRole'), cell: (a) => a.role ?? '—' },
  ];
  if (council)
    columns.push({
      key: 'secrecy',
      header: t('colSecrecy'),
      cell: (a) =>
        a.secrecyAcknowledgedAt ? (
          <Badge tone="success">
            <span aria-hidden="true">✓</span>
            {t('acknowledged', { date: formatDateTime(a.secrecyAcknowledgedAt, locale) })}
          </Badge>
        ) : (
          <span className="flex flex-col items-start gap-2">
            <Badge tone="warning">{t('notAcknowledged')}</Badge>
            {meeting.abilities.acknowledge.includes(a.id) ? (
              <Button size="sm" variant="secondary" busy={busy === a.id} onClick={() => void acknowledge(a)}>
                {t('acknowledge')}
                <span className="sr-only">{t('acknowledgeFor', { name: a.personName })}</span>
              </Button>
            ) : null}
          </span>
        ),
    });

  return (
    <section aria-labelledby="meeting-attendees-heading" className="flex min-w-0 flex-col gap-4">
      <h2 id="meeting-attendees-heading" className="border-b-2 border-blue-900 pb-2 text-std-24B-150">
        {t('attendeesHeading')}
      </h2>
      {council ? <Notice tone="info">{t('secrecyNote')}</Notice> : null}
      {failure ? <Notice tone="error" live title={errorText(failure)} /> : null}
      <Table
        caption={t('attendeesCaption', { count: meeting.attendees.length })}
        captionHidden
        columns={columns}
        rows={meeting.attendees}
        rowKey={(a) => a.id}
      />
    </section>
  );
}
