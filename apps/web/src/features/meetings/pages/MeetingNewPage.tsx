import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { PageHeader } from '../../../components/PageHeader';
import { useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { authMessages } from '../../auth/messages';
import { caseMessages } from '../../cases/messages';
import { MeetingForm } from '../components/MeetingForm';
import { meetingFormMessages } from '../form-messages';
import { meetingMessages } from '../messages';

/** 会議を登録 (the coordinator): the form on a page of its own, since it has many rows. */
export function MeetingNewPage() {
  const t = useT(meetingFormMessages);
  const m = useT(meetingMessages);
  const c = useT(caseMessages);
  const a = useT(authMessages);
  useDocumentTitle(t('newTitle'));
  return (
    <div className="flex min-w-0 flex-col gap-6 *:min-w-0">
      <PageHeader
        title={t('newTitle')}
        lead={t('newLead')}
        breadcrumbs={
          <Breadcrumbs
            items={[
              { label: a('homeTitle'), to: '/staff' },
              { label: c('title'), to: '/staff/cases' },
              { label: m('listTitle'), to: '/staff/meetings' },
              { label: t('newTitle') },
            ]}
          />
        }
      />
      <MeetingForm />
    </div>
  );
}
