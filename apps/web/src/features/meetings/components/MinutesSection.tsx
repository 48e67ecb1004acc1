import { useQueryClient } from '@tanstack/react-query';
import type { MeetingDetail } from '@tsunagu/contracts/meetings';
import { useState } from 'react';
import { Badge } from '../../../components/Badge';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { FormFailure, useFormRun } from '../../../components/FormFailure';
import { useToast } from '../../../components/Toast';
import { useT } from '../../../lib/i18n';
import { commonMessages } from '../../../lib/messages';
import { closeMeeting, meetingQuery } from '../api';
import { meetingMessages } from '../messages';
import { MinutesForm } from './MinutesForm';

/**
 * 議事録 (非公開): the minutes form while the coordinator may record them (`abilities.record`), else the
 * recorded minutes and decisions, labelled as not public; 記録を確定する when `abilities.close`.
 */
export function MinutesSection({ meeting }: { meeting: MeetingDetail }) {
  const t = useT(meetingMessages);
  const [closing, setClosing] = useState(false);
  const caseName = (id: string | null) => {
    const c = meeting.agenda.find((a) => a.caseId === id);
    return c ? t('caseTitle', { n: c.number, name: c.personName ?? t('noName') }) : t('general');
  };
  return (
    <section aria-labelledby="meeting-minutes-heading" className="flex min-w-0 flex-col gap-4">
      <div className="flex flex-wrap items-center gap-3 border-b-2 border-blue-900 pb-2">
        <h2 id="meeting-minutes-heading" className="text-std-24B-150">
          {t('minutesHeading')}
        </h2>
        <Badge tone="danger">{t('private')}</Badge>
      </div>
      <p className="text-dns-14N-130 text-solid-gray-800">{t('privateNote')}</p>
      {meeting.abilities.record ? (
        <MinutesForm meeting={meeting} />
      ) : meeting.minutes === null ? (
        <p className="text-std-16N-170">{t('noMinutes')}</p>
      ) : (
        <>
          <div className="rounded-8 border border-solid-gray-420 bg-white p-4 text-std-16N-170 whitespace-pre-wrap">
            {meeting.minutes}
          </div>
          <h3 className="text-std-20B-150">{t('decisionsHeading')}</h3>
          {meeting.decisions.length === 0 ? (
            <p>{t('decisionsEmpty')}</p>
          ) : (
            <ul className="flex min-w-0 flex-col gap-2">
              {meeting.decisions.map((d, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: decisions are kept in the order recorded
                <li key={i} className="rounded-8 border border-solid-gray-200 bg-solid-gray-50 p-3">
                  <p className="text-dns-14B-130">{caseName(d.caseId)}</p>
                  <p className="whitespace-pre-wrap">{d.text}</p>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {meeting.abilities.close ? (
        <div>
          <Button variant="secondary" onClick={() => setClosing(true)}>
            {t('closeMeeting')}
          </Button>
          <CloseMeetingDialog meeting={meeting} open={closing} onClose={() => setClosing(false)} />
        </div>
      ) : null}
    </section>
  );
}

function CloseMeetingDialog({
  meeting,
  open,
  onClose,
}: {
  meeting: MeetingDetail;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT(meetingMessages);
  const c = useT(commonMessages);
  const notify = useToast();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const key = meetingQuery(meeting.id).queryKey;
  const { failure, box, run } = useFormRun(
    setBusy,
    () => void queryClient.invalidateQueries({ queryKey: key }),
  );

  async function close() {
    const detail = await run(() => closeMeeting(meeting.id, meeting.version));
    if (!detail) return;
    onClose();
    queryClient.setQueryData(key, detail);
    notify(t('closed'));
    await queryClient.invalidateQueries({ queryKey: ['meetings', 'list'] });
  }

  return (
    <Dialog
      open={open}
      onClose={onClose}
      role="alertdialog"
      title={t('closeTitle')}
      description={t('closeBody')}
      footer={
        <>
          <Button variant="secondary" onClick={onClose} data-autofocus>
            {c('cancel')}
          </Button>
          <Button busy={busy} onClick={() => void close()}>
            {t('closeMeeting')}
          </Button>
        </>
      }
    >
      {failure ? <FormFailure ref={box} failure={failure} hasFieldErrors={false} /> : null}
    </Dialog>
  );
}
