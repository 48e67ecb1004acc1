import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { fiscalYearLabel } from '@tsunagu/japan';
import { useEffect, useId, useRef, useState } from 'react';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { AnchorLinkButton, Button } from '../../../components/Button';
import { Checkbox } from '../../../components/Checkbox';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { useErrorText } from '../../../lib/errors';
import { useI18n, useT } from '../../../lib/i18n';
import { commonMessages } from '../../../lib/messages';
import { useDocumentTitle } from '../../../lib/title';
import { authMessages } from '../../auth/messages';
import { logReportPrint, reportQuery, reportXlsxUrl } from '../api';
import { PlanYearSelect, yearRange } from '../components/PlanYearSelect';
import { ReportDocument } from '../components/ReportDocument';
import { planMessages, reportMessages } from '../messages';
import type { ReportSearch } from '../search';

const route = getRouteApi('/_auth/staff/plan/report');

/** A4 landscape for this page only (the site's print style is A4 portrait), and a smaller title on paper. */
const LANDSCAPE =
  '@media print { @page { size: A4 landscape; margin: 10mm; } ' +
  '.plan-report-page h1 { font-size: 15pt; line-height: 1.3; } .plan-report-page thead { display: table-header-group; } }';

/**
 * 進捗状況報告: the annual report of a 年度 on screen and on paper (A4 landscape) — 工程表, 成果指標 and
 * 事業実績 — with an Excel download. Printing and the download are logged as exports.
 */
export function ReportPrintPage() {
  const t = useT(reportMessages);
  const p = useT(planMessages);
  const a = useT(authMessages);
  const c = useT(commonMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const id = useId();
  const search = route.useSearch();
  const result = useQuery(reportQuery(search));
  const report = result.data;
  const [failure, setFailure] = useState<unknown>(null);
  const printing = useRef(false);
  const year = report ? fiscalYearLabel(report.fiscalYear, { locale }) : '';
  const title = report ? t('titleYear', { year }) : t('title');
  useDocumentTitle(title);
  const go = (next: ReportSearch) => void navigate({ to: '/staff/plan/report', search: next });
  const current: ReportSearch = {
    fiscalYear: report?.fiscalYear ?? search.fiscalYear,
    drafts: search.drafts,
  };

  // A print from the browser's menu is logged too (the button logs before it prints).
  const { fiscalYear: shownYear, drafts } = current;
  useEffect(() => {
    const logMenuPrint = () => {
      if (!printing.current) logReportPrint({ fiscalYear: shownYear, drafts }).catch(() => {});
    };
    window.addEventListener('beforeprint', logMenuPrint);
    return () => window.removeEventListener('beforeprint', logMenuPrint);
  }, [shownYear, drafts]);

  async function print() {
    printing.current = true;
    setFailure(null);
    try {
      await logReportPrint(current);
      window.print();
    } catch (err) {
      setFailure(err);
    } finally {
      printing.current = false;
    }
  }

  return (
    <div className="plan-report-page flex min-w-0 flex-col gap-6 *:min-w-0 print:gap-[3mm]">
      <style>{LANDSCAPE}</style>
      <PageHeader
        title={title}
        lead={<span className="print-hide">{t('lead')}</span>}
        breadcrumbs={
          <div className="print-hide">
            <Breadcrumbs
              items={[
                { label: a('homeTitle'), to: '/staff' },
                { label: p('title'), to: '/staff/plan' },
                { label: t('title') },
              ]}
            />
          </div>
        }
      />
      {report ? <p className="-mt-6 text-std-16B-170">{t('planLine', { name: report.plan.name })}</p> : null}
      {report && !report.approvedOnly ? <Notice tone="warning" title={t('draftsNotice')} /> : null}
      <div className="print-hide flex flex-col gap-4 rounded-8 border border-solid-gray-420 p-4 md:flex-row md:items-end md:justify-between">
        <div className="flex flex-col gap-4">
          {report ? (
            <PlanYearSelect
              years={yearRange(report.plan.fromFiscalYear, report.plan.toFiscalYear)}
              value={report.fiscalYear}
              onChange={(fiscalYear) => go({ fiscalYear, drafts: search.drafts })}
            />
          ) : null}
          <Checkbox
            id={`${id}-drafts`}
            label={t('includeDrafts')}
            hint={t('includeDraftsHint')}
            checked={search.drafts ?? false}
            onChange={(event) =>
              go({ fiscalYear: current.fiscalYear, drafts: event.target.checked || undefined })
            }
          />
        </div>
        <div className="flex flex-wrap gap-3">
          <AnchorLinkButton href={reportXlsxUrl(current)} download variant="secondary">
            {t('excel')}
            <span className="sr-only">{c('newWindow')}</span>
          </AnchorLinkButton>
          <Button onClick={() => void print()} disabled={!report}>
            {t('print')}
          </Button>
        </div>
      </div>
      {failure ? <Notice tone="error" live title={errorText(failure)} /> : null}
      {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
      {result.isPending ? <Loading /> : null}
      {report ? (
        <div aria-busy={result.isPlaceholderData || undefined}>
          <ReportDocument report={report} />
        </div>
      ) : null}
    </div>
  );
}
