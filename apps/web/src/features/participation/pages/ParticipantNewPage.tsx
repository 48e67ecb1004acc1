import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { useErrorText } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { useMe } from '../../auth/api';
import { authMessages } from '../../auth/messages';
import { useCodeLists } from '../../settings/api';
import { programmesQuery } from '../api';
import { ParticipantForm } from '../components/ParticipantForm';
import { participationMessages } from '../messages';
import { formMessages } from '../participant-messages';
import { canRegister } from '../roles';

const route = getRouteApi('/_auth/staff/participation/new');

/**
 * 利用登録: registers a person for a programme — a new person, or (`?personId=`) one already on record,
 * optionally from a case (`?caseId=`) — and shows which agency the barrier level allocates them to.
 */
export function ParticipantNewPage() {
  const t = useT(formMessages);
  const p = useT(participationMessages);
  const a = useT(authMessages);
  const errorText = useErrorText();
  const me = useMe();
  const search = route.useSearch();
  const programmes = useQuery(programmesQuery);
  const lists = useCodeLists();
  useDocumentTitle(t('title'));
  return (
    <div className="flex min-w-0 flex-col gap-8 *:min-w-0">
      <PageHeader
        title={t('title')}
        lead={t('lead')}
        breadcrumbs={
          <Breadcrumbs
            items={[
              { label: a('homeTitle'), to: '/staff' },
              { label: p('title'), to: '/staff/participation' },
              { label: t('title') },
            ]}
          />
        }
      />
      {!canRegister(me) ? (
        <Notice tone="info" title={t('cannotRegister')} />
      ) : programmes.isError ? (
        <Notice tone="error" live title={errorText(programmes.error)} />
      ) : !programmes.data || !lists ? (
        <Loading />
      ) : (
        <ParticipantForm
          programmes={programmes.data.items}
          personId={search.personId}
          householdId={search.householdId}
          caseId={search.caseId}
        />
      )}
    </div>
  );
}
