import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { NotFoundPage } from '../../../app/ErrorPages';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { isApiError } from '../../../lib/api';
import { useErrorText } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { consentsQuery } from '../api';
import { ConsentCrumbs } from '../components/ConsentCrumbs';
import { ConsentReceipt } from '../components/ConsentReceipt';
import { consentMessages } from '../messages';
import { useConsentPerson } from '../person';

const route = getRouteApi('/_auth/staff/persons/$id/consents/$consentId/receipt');

/** 同意書 控え: one consent on an A4 page to print and hand over, with signature lines. */
export function ConsentReceiptPage() {
  const t = useT(consentMessages);
  const errorText = useErrorText();
  const { id, consentId } = route.useParams();
  const { household } = route.useSearch();
  const result = useQuery(consentsQuery(id));
  const person = useConsentPerson(id, household);
  useDocumentTitle(person.name ? `${t('receiptTitle')}：${person.name}` : t('receiptTitle'));
  if (result.isPending) return <Loading />;
  if (result.isError && !(isApiError(result.error) && [400, 404].includes(result.error.status)))
    return <Notice tone="error" live title={errorText(result.error)} />;
  const consent = result.data?.items.find((c) => c.id === consentId);
  if (!consent) return <NotFoundPage />;
  return (
    <div className="flex flex-col gap-6">
      <div className="print-hide flex flex-wrap items-center justify-between gap-4">
        <ConsentCrumbs
          person={person}
          items={[
            { label: t('title'), to: '/staff/persons/$id/consents', params: { id }, search: { household } },
            { label: t('receiptTitle') },
          ]}
        />
        <div className="flex flex-col items-end gap-1">
          <Button variant="secondary" onClick={() => window.print()} aria-describedby="receipt-print-hint">
            {t('print')}
          </Button>
          <p id="receipt-print-hint" className="text-dns-14N-130 text-solid-gray-700">
            {t('printHint')}
          </p>
        </div>
      </div>
      <ConsentReceipt consent={consent} member={person.member} />
    </div>
  );
}
