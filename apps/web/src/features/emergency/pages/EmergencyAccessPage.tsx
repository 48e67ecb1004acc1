import { useQueryClient } from '@tanstack/react-query';
import type { EmergencyAccessRequest } from '@tsunagu/contracts/households';
import { useEffect, useRef, useState } from 'react';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { Notice } from '../../../components/FormError';
import { PageHeader } from '../../../components/PageHeader';
import { useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { authMessages } from '../../auth/messages';
import { householdMessages } from '../../households/messages';
import { type EmergencyAccessResult as Result, requestEmergencyAccess } from '../api';
import { EmergencyAccessForm } from '../components/EmergencyAccessForm';
import { EmergencyAccessResult } from '../components/EmergencyAccessResult';
import { emergencyMessages } from '../messages';

/**
 * 緊急時のアクセス: the rules first (granted at once, 24 hours, recorded and shown to admins), then
 * the exact identification and reason; on success, links to the opened households.
 */
export function EmergencyAccessPage() {
  const t = useT(emergencyMessages);
  const a = useT(authMessages);
  const h = useT(householdMessages);
  const queryClient = useQueryClient();
  const [result, setResult] = useState<Result | null>(null);
  const resultBox = useRef<HTMLElement>(null);
  useDocumentTitle(t('title'));

  useEffect(() => {
    if (result) resultBox.current?.focus();
  }, [result]);

  async function submit(input: EmergencyAccessRequest) {
    const granted = await requestEmergencyAccess(input);
    // The new links change what the agency may see: forget households and searches cached before.
    await queryClient.invalidateQueries({ queryKey: ['household'] });
    await queryClient.invalidateQueries({ queryKey: ['persons'] });
    setResult(granted);
  }

  return (
    <div className="flex max-w-3xl flex-col gap-8">
      <PageHeader
        title={t('title')}
        lead={t('lead')}
        breadcrumbs={
          <Breadcrumbs
            items={[
              { label: a('homeTitle'), to: '/staff' },
              { label: h('searchTitle'), to: '/staff/persons' },
              { label: t('title') },
            ]}
          />
        }
      />
      <Notice tone="warning" title={t('rulesTitle')}>
        <ul className="list-disc space-y-1 pl-5">
          <li>{t('ruleImmediate')}</li>
          <li>{t('ruleLimit')}</li>
          <li>{t('ruleRecorded')}</li>
          <li>{t('ruleExact')}</li>
        </ul>
      </Notice>
      {result ? <EmergencyAccessResult ref={resultBox} result={result} /> : null}
      <section aria-labelledby="emergency-form" className="flex flex-col gap-6">
        <h2 id="emergency-form" className="border-b-2 border-blue-900 pb-2 text-std-24B-150">
          {t('formHeading')}
        </h2>
        <EmergencyAccessForm onSubmit={submit} />
      </section>
    </div>
  );
}
