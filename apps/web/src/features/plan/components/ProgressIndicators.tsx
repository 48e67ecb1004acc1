import type { ProgressReport } from '@tsunagu/contracts/plan';
import { useT } from '../../../lib/i18n';
import { reportMessages } from '../messages';
import { IndicatorCard } from './IndicatorCard';
import { indicatorNumber } from './IndicatorFormat';
import { groupBy, ReportSectionHeading } from './ReportParts';

/** 成果指標 on the public page: per 施策, each indicator's figures by 年度 as a chart and a table. */
export function ProgressIndicators({ report }: { report: ProgressReport }) {
  const t = useT(reportMessages);
  const name = (no: number) => report.policies.find((p) => p.no === no)?.name ?? '';
  return (
    <section aria-labelledby="progress-indicators" className="flex min-w-0 flex-col gap-6">
      <ReportSectionHeading
        id="progress-indicators"
        title={t('indicatorsTitle')}
        lead={t('publicIndicatorsLead')}
      />
      {groupBy(report.indicators, (i) => i.policyNo).map((group) => (
        <div key={group.key} className="flex flex-col gap-3">
          <h3 className="text-std-20B-150">{t('policyCell', { no: group.key, name: name(group.key) })}</h3>
          <div className="grid gap-4 lg:grid-cols-2">
            {group.rows.map((ind) => (
              <IndicatorCard
                key={ind.id}
                indicator={ind}
                years={report.indicatorYears}
                number={indicatorNumber(ind, report.indicators)}
              />
            ))}
          </div>
        </div>
      ))}
    </section>
  );
}
