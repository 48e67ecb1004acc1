import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { CaseDetail } from '@tsunagu/contracts/cases';
import { useEffect, useRef, useState } from 'react';
import { NotFoundPage } from '../../../app/ErrorPages';
import { Button, LinkButton } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { isApiError } from '../../../lib/api';
import { useErrorText } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { caseQuery, logPlanPrint } from '../api';
import { PlanSheet } from '../components/PlanSheet';
import { caseMessages } from '../messages';
import { planMessages } from '../plan-messages';

const route = getRouteApi('/_auth/staff/cases/$id/plan-sheet');

/**
 * 印刷用のプランシート: the case's current plan (the approved version, else the latest) alone on the
 * page, for A4. Printing is an export: the server logs it first (and refuses a case the user no longer
 * sees); a print from the browser's menu is logged too.
 */
export function PlanPrintPage() {
  const { id } = route.useParams();
  const t = useT(planMessages);
  const errorText = useErrorText();
  const result = useQuery(caseQuery(id));
  if (result.isPending) return <Loading />;
  if (result.isError) {
    if (isApiError(result.error) && [400, 404].includes(result.error.status)) return <NotFoundPage />;
    return <Notice tone="error" live title={errorText(result.error)} />;
  }
  return <PrintView caseDetail={result.data} printNone={t('printNone')} />;
}

function PrintView({ caseDetail: c, printNone }: { caseDetail: CaseDetail; printNone: string }) {
  const t = useT(planMessages);
  const k = useT(caseMessages);
  const errorText = useErrorText();
  const [failure, setFailure] = useState<unknown>(null);
  const printing = useRef(false);
  const title = t('printTitle', { n: c.number, name: c.personName ?? k('noName') });
  useDocumentTitle(title);
  const plan = c.plans.find((p) => p.state === 'approved') ?? c.plans[0];

  useEffect(() => {
    const logMenuPrint = () => {
      if (!printing.current) logPlanPrint(c.id).catch(() => {});
    };
    window.addEventListener('beforeprint', logMenuPrint);
    return () => window.removeEventListener('beforeprint', logMenuPrint);
  }, [c.id]);

  async function print() {
    printing.current = true;
    setFailure(null);
    try {
      await logPlanPrint(c.id);
      window.print();
    } catch (err) {
      setFailure(err);
    } finally {
      printing.current = false;
    }
  }

  return (
    <div className="flex min-w-0 flex-col gap-6 *:min-w-0">
      <PageHeader
        title={title}
        lead={<span className="print-hide">{t('printLead')}</span>}
        actions={
          <div className="print-hide flex flex-wrap gap-3">
            <LinkButton
              to="/staff/cases/$id"
              params={{ id: c.id }}
              search={{ tab: 'plan' }}
              variant="secondary"
            >
              {t('backToCase')}
            </LinkButton>
            {plan ? <Button onClick={() => void print()}>{t('print')}</Button> : null}
          </div>
        }
      />
      {failure ? <Notice tone="error" live title={errorText(failure)} /> : null}
      {plan ? <PlanSheet plan={plan} /> : <EmptyState title={printNone} />}
    </div>
  );
}
