import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { useErrorText } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { authMessages } from '../../auth/messages';
import { indicatorListQuery } from '../api';
import { IndicatorMetricList } from '../components/IndicatorMetricList';
import { IndicatorRecordDialog } from '../components/IndicatorRecordDialog';
import { IndicatorSettingsDialog } from '../components/IndicatorSettingsDialog';
import { type IndicatorAction, IndicatorTable } from '../components/IndicatorTable';
import { yearRange } from '../components/PlanYearSelect';
import { indicatorMessages, planMessages } from '../messages';

/**
 * 成果指標: every indicator with its figure per 年度 (recorded, or computed from the records), the
 * dialogs to record a figure and (planner) to change an indicator's settings, and the metric catalogue.
 */
export function IndicatorsPage() {
  const t = useT(indicatorMessages);
  const p = useT(planMessages);
  const a = useT(authMessages);
  const errorText = useErrorText();
  const result = useQuery(indicatorListQuery);
  const [action, setAction] = useState<IndicatorAction | null>(null);
  const [open, setOpen] = useState(false);
  useDocumentTitle(t('title'));
  const data = result.data;
  const years = data ? yearRange(data.fromFiscalYear, data.toFiscalYear) : [];
  // The dialog shows the indicator as the list has it now (after a save or a reload).
  const current = action && data?.items.find((i) => i.id === action.indicator.id);
  // The dialog stays mounted after closing, so focus goes back to the button that opened it.
  const close = () => setOpen(false);
  const start = (next: IndicatorAction) => {
    setAction(next);
    setOpen(true);
  };

  return (
    <div className="flex min-w-0 flex-col gap-10 *:min-w-0">
      <PageHeader
        title={t('title')}
        lead={t('lead')}
        breadcrumbs={
          <Breadcrumbs
            items={[
              { label: a('homeTitle'), to: '/staff' },
              { label: p('title'), to: '/staff/plan' },
              { label: t('title') },
            ]}
          />
        }
      />
      <section aria-labelledby="indicator-list-heading" className="flex min-w-0 flex-col gap-4">
        <div className="flex flex-col gap-1 border-b-2 border-blue-900 pb-2">
          <h2 id="indicator-list-heading" className="text-std-24B-150">
            {t('listHeading')}
          </h2>
          <p className="text-dns-14N-130 text-solid-gray-800">{t('listLead')}</p>
        </div>
        {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
        {result.isPending ? <Loading /> : null}
        {data && data.items.length === 0 ? <EmptyState title={t('empty')} /> : null}
        {data && data.items.length > 0 ? (
          <IndicatorTable items={data.items} years={years} onAction={start} />
        ) : null}
      </section>
      <IndicatorMetricList />
      {current && action?.kind === 'record' ? (
        <IndicatorRecordDialog open={open} indicator={current} years={years} onClose={close} />
      ) : null}
      {current && action?.kind === 'settings' ? (
        <IndicatorSettingsDialog
          open={open}
          indicator={current}
          years={data ? yearRange(data.fromFiscalYear, data.toFiscalYear + 2) : years}
          onClose={close}
        />
      ) : null}
    </div>
  );
}
