import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { AgencyInput } from '@tsunagu/contracts/agencies';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { useToast } from '../../../components/Toast';
import { useErrorText } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { agencyQuery } from '../../directory/api';
import { createAgency, proposeAgencyChange, updateAgency } from '../api';
import { AgencyForm } from '../components/AgencyForm';
import { agencyMessages } from '../messages';

const editRoute = getRouteApi('/_auth/staff/agencies/$id/edit');

/** 相談機関の新規登録 (planner/admin). */
export function AgencyNewPage() {
  const t = useT(agencyMessages);
  const notify = useToast();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  useDocumentTitle(t('newTitle'));

  async function onSubmit(input: AgencyInput) {
    const created = await createAgency(input);
    await queryClient.invalidateQueries({ queryKey: ['agencies'] });
    notify(t('created'));
    await navigate({ to: '/agencies/$id', params: { id: created.id } });
  }

  return (
    <div className="flex max-w-4xl flex-col">
      <PageHeader
        title={t('newTitle')}
        breadcrumbs={
          <Breadcrumbs items={[{ label: t('listTitle'), to: '/staff/agencies' }, { label: t('newTitle') }]} />
        }
      />
      <AgencyForm mode="create" onSubmit={onSubmit} />
    </div>
  );
}

/**
 * 相談機関の編集: planners and admins save directly; the agency's own manager gets the same form, which
 * then sends a change request for review.
 */
export function AgencyEditPage() {
  const { id } = editRoute.useParams();
  const t = useT(agencyMessages);
  const errorText = useErrorText();
  const notify = useToast();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const result = useQuery(agencyQuery(id));
  const agency = result.data;
  const mode = agency?.abilities?.edit ? 'edit' : agency?.abilities?.propose ? 'propose' : null;
  const title = mode === 'propose' ? t('proposeTitle') : t('editTitle');
  useDocumentTitle(agency ? `${title}: ${agency.name}` : title);

  const crumbs = (
    <Breadcrumbs
      items={[{ label: t('listTitle'), to: '/staff/agencies' }, { label: agency?.name ?? title }]}
    />
  );
  if (result.isPending) return <Loading />;
  if (result.isError || !agency) {
    return (
      <div>
        <PageHeader title={title} breadcrumbs={crumbs} />
        <Notice tone="error" live title={errorText(result.error)} />
      </div>
    );
  }
  if (!mode) {
    return (
      <div>
        <PageHeader title={title} breadcrumbs={crumbs} />
        <Notice tone="warning" title={t('notAllowed')} />
      </div>
    );
  }

  async function onSubmit(input: AgencyInput, note: string | null) {
    if (!agency) return;
    if (mode === 'edit') {
      const saved = await updateAgency(agency.id, { ...input, version: agency.version });
      queryClient.setQueryData(agencyQuery(agency.id).queryKey, saved);
      await queryClient.invalidateQueries({ queryKey: ['agencies'] });
      notify(t('saved'));
      await navigate({ to: '/staff/agencies' });
    } else {
      await proposeAgencyChange(agency.id, { proposed: input, baseVersion: agency.version, note });
      await queryClient.invalidateQueries({ queryKey: ['change-requests'] });
      notify(t('proposed'));
      await navigate({ to: '/staff/change-requests' });
    }
  }

  return (
    <div className="flex max-w-4xl flex-col">
      <PageHeader
        title={title}
        lead={mode === 'propose' ? `${agency.name} — ${t('proposeLead')}` : agency.name}
        breadcrumbs={crumbs}
      />
      <AgencyForm
        key={agency.version}
        mode={mode}
        agency={agency}
        onSubmit={onSubmit}
        onReload={async () => {
          await result.refetch();
        }}
      />
    </div>
  );
}
