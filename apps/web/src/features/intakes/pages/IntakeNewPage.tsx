import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { IntakeCreate } from '@tsunagu/contracts/households';
import { useEffect, useState } from 'react';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { useToast } from '../../../components/Toast';
import { useErrorText } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { commonMessages } from '../../../lib/messages';
import { useDocumentTitle } from '../../../lib/title';
import { useMe } from '../../auth/api';
import { authMessages } from '../../auth/messages';
import { createIntake } from '../../households/api';
import { useCodeLists } from '../../settings/api';
import { intakeDraftQuery } from '../api';
import { DraftOffer } from '../components/DraftOffer';
import { IntakeForm } from '../components/IntakeForm';
import { draftToValues } from '../draft-values';
import { intakeFieldId } from '../form-values';
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
        <IntakeStart onSubmit={onSubmit} />
      )}
    </div>
  );
}

/**
 * Opens the form: on a saved draft the user first chooses to resume or discard it, so a draft is never
 * overwritten silently by the new form's autosave.
 */
function IntakeStart({ onSubmit }: { onSubmit: (input: IntakeCreate) => Promise<void> }) {
  const t = useT(intakeMessages);
  const c = useT(commonMessages);
  const notify = useToast();
  const errorText = useErrorText();
  const draft = useQuery(intakeDraftQuery);
  // The form waits for the code lists; loading them here lets it appear whole, ready for focus.
  const lists = useCodeLists();
  const [choice, setChoice] = useState<'resume' | 'new' | null>(null);

  useEffect(() => {
    // After the choice the offer is gone: continue from the form's first field.
    if (choice) document.getElementById(intakeFieldId('receivedOn'))?.focus();
  }, [choice]);

  if (draft.isPending || !lists) return <Loading />;
  if (draft.isError) {
    return (
      <Notice
        tone="error"
        live
        title={t('draftLoadFailed')}
        action={
          <Button variant="secondary" onClick={() => void draft.refetch()}>
            {c('retry')}
          </Button>
        }
      >
        {errorText(draft.error)}
      </Notice>
    );
  }
  const saved = draft.data;
  if (saved && choice === null) {
    return (
      <DraftOffer
        draft={saved}
        onResume={() => setChoice('resume')}
        onDiscarded={() => {
          notify(t('draftDiscarded'));
          setChoice('new');
        }}
      />
    );
  }
  if (saved && choice === 'resume') {
    return (
      <IntakeForm
        onSubmit={onSubmit}
        initialValues={draftToValues(saved.payload)}
        resumedAt={saved.updatedAt}
      />
    );
  }
  return <IntakeForm onSubmit={onSubmit} />;
}
