import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { IntakeCreate } from '@tsunagu/contracts/households';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { Notice } from '../../../components/FormError';
import { PageHeader } from '../../../components/PageHeader';
import { useToast } from '../../../components/Toast';
import { useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { useMe } from '../../auth/api';
import { authMessages } from '../../auth/messages';
import { createIntake } from '../../households/api';
import { IntakeForm } from '../components/IntakeForm';
import { intakeMessages } from '../messages';

/** 相談受付: records a consultation and its household, then opens the new つなぐシート. */
export function IntakeNewPage() {
  const t = useT(intakeMessages);
  const a = useT(authMessages);
  const notify = useToast();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  useDocumentTitle(t('title'));

  async function onSubmit(input: IntakeCreate) {
    const created = await createIntake(input);
    await queryClient.invalidateQueries({ queryKey: ['persons'] });
    notify(t('created'));
    await navigate({ to: '/staff/households/$id', params: { id: created.householdId } });
  }

  return (
    <div className="flex max-w-4xl flex-col">
      <PageHeader
        title={t('title')}
        lead={t('lead')}
        breadcrumbs={<Breadcrumbs items={[{ label: a('homeTitle'), to: '/staff' }, { label: t('title') }]} />}
      />
      {me && !me.user.agencyId ? (
        <Notice tone="warning" title={t('noAgency')} />
      ) : (
        <IntakeForm onSubmit={onSubmit} />
      )}
    </div>
  );
}
