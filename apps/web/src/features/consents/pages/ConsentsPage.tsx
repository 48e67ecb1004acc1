import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { Consent, ConsentCreate } from '@tsunagu/contracts/consents';
import { useEffect, useRef, useState } from 'react';
import { canUse } from '../../../app/access';
import { NotFoundPage } from '../../../app/ErrorPages';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { useToast } from '../../../components/Toast';
import { isApiError } from '../../../lib/api';
import { useErrorText } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { useMe } from '../../auth/api';
import { consentsQuery, recordConsent } from '../api';
import { ConsentCard } from '../components/ConsentCard';
import { ConsentCrumbs } from '../components/ConsentCrumbs';
import { ConsentForm } from '../components/ConsentForm';
import { WithdrawDialog } from '../components/WithdrawDialog';
import { consentMessages } from '../messages';
import { type ConsentPerson, useConsentPerson } from '../person';

const route = getRouteApi('/_auth/staff/persons/$id/consents');

/**
 * 同意の記録 of one person: consents in force and withdrawn ones, the form to record one and 撤回.
 * A person the agency may not see answers 404, shown like an address that does not exist.
 */
export function ConsentsPage() {
  const { id } = route.useParams();
  const { household } = route.useSearch();
  const result = useQuery(consentsQuery(id));
  const person = useConsentPerson(id, household);
  if (result.isPending) return <Loading />;
  if (result.isError && isApiError(result.error) && [400, 404].includes(result.error.status))
    return <NotFoundPage />;
  return <ConsentsView personId={id} person={person} items={result.data?.items} error={result.error} />;
}

function ConsentsView({
  personId,
  person,
  items,
  error,
}: {
  personId: string;
  person: ConsentPerson;
  items: Consent[] | undefined;
  error: unknown;
}) {
  const t = useT(consentMessages);
  const errorText = useErrorText();
  const notify = useToast();
  const queryClient = useQueryClient();
  const me = useMe();
  const canRecord = canUse(me, 'intake');
  const [target, setTarget] = useState<Consent | null>(null);
  const withdrawnHeading = useRef<HTMLHeadingElement>(null);
  const [withdrawals, setWithdrawals] = useState(0);
  const title = person.name ? t('titleOf', { name: person.name }) : t('title');
  useDocumentTitle(title);
  const active = items?.filter((c) => c.active) ?? [];
  const withdrawn = items?.filter((c) => !c.active) ?? [];

  async function record(input: ConsentCreate) {
    await recordConsent(personId, input);
    await queryClient.invalidateQueries({ queryKey: consentsQuery(personId).queryKey });
    notify(t('recorded'));
  }

  function afterWithdrawal() {
    setTarget(null);
    setWithdrawals((n) => n + 1);
  }
  // The withdrawn consent moved to the other list and its button is gone: take focus to that list. This
  // runs after the dialog's own effect has closed it and tried to give focus back.
  useEffect(() => {
    if (withdrawals > 0) withdrawnHeading.current?.focus();
  }, [withdrawals]);

  const card = (consent: Consent) => (
    <li key={consent.id}>
      <ConsentCard
        consent={consent}
        householdId={person.household?.id}
        onWithdraw={canRecord ? setTarget : undefined}
      />
    </li>
  );
  return (
    <div className="flex flex-col gap-10">
      <PageHeader
        title={title}
        lead={t('lead')}
        breadcrumbs={<ConsentCrumbs person={person} items={[{ label: t('title') }]} />}
      />
      {error ? <Notice tone="error" live title={errorText(error)} /> : null}
      <section aria-labelledby="consents-active" className="flex flex-col gap-4">
        <h2 id="consents-active" className="text-std-24B-150">
          {t('activeHeading')}
        </h2>
        {items && active.length === 0 ? (
          <EmptyState title={t('noActive')}>{t('noActiveHint')}</EmptyState>
        ) : null}
        <ul className="flex flex-col gap-4 empty:hidden">{active.map(card)}</ul>
      </section>
      <section aria-labelledby="consents-withdrawn" className="flex flex-col gap-4">
        <h2 id="consents-withdrawn" ref={withdrawnHeading} tabIndex={-1} className="text-std-24B-150">
          {t('withdrawnHeading')}
        </h2>
        {items && withdrawn.length === 0 ? <p>{t('noWithdrawn')}</p> : null}
        <ul className="flex flex-col gap-4 empty:hidden">{withdrawn.map(card)}</ul>
      </section>
      <section
        aria-labelledby="consents-form"
        className="flex flex-col gap-6 rounded-12 border border-solid-gray-420 p-4 md:p-6"
      >
        <h2 id="consents-form" className="border-b-2 border-blue-900 pb-2 text-std-24B-150">
          {t('formHeading')}
        </h2>
        {canRecord ? <ConsentForm onSubmit={record} /> : <p>{t('readOnly')}</p>}
      </section>
      <WithdrawDialog consent={target} onClose={() => setTarget(null)} onWithdrawn={afterWithdrawal} />
    </div>
  );
}
