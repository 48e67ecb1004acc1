import type { ProgressReport } from '@tsunagu/contracts/plan';
import { fiscalYearLabel } from '@tsunagu/japan';
import { useI18n, useT } from '../../../lib/i18n';
import { reportMessages } from '../messages';
import { groupBy, ReportEntryTexts, ReportSectionHeading } from './ReportParts';

/**
 * 工程表の取組状況 on the public page, for reading on screen: per 施策, each roadmap item with its
 * period and the approved 取組実績 and 今後の方針, each followed by the divisions that wrote it.
 */
export function ProgressRoadmap({ report }: { report: ProgressReport }) {
  const t = useT(reportMessages);
  const { locale } = useI18n();
  const year = fiscalYearLabel(report.fiscalYear, { locale });
  return (
    <section aria-labelledby="progress-roadmap" className="flex min-w-0 flex-col gap-6">
      <ReportSectionHeading
        id="progress-roadmap"
        title={t('roadmapTitle')}
        lead={t('publicRoadmapLead', { year })}
      />
      {groupBy(report.roadmap, (r) => r.policyNo).map((group) => (
        <div key={group.key} className="flex flex-col gap-3">
          <h3 className="text-std-20B-150">
            {t('policyCell', { no: group.key, name: group.rows[0]?.policyName ?? '' })}
          </h3>
          <ol className="flex flex-col gap-4">
            {group.rows.map((row) => (
              <li key={row.itemNo} className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4">
                <div className="flex flex-col gap-1">
                  <p className="text-dns-14B-130 text-solid-gray-800">
                    {t('itemLabel', { policy: row.policyNo, no: row.itemNo, period: row.period })}
                  </p>
                  <h4 className="text-std-16B-170">{row.title}</h4>
                  <p className="text-dns-14N-130 whitespace-pre-line text-solid-gray-800">{row.detail}</p>
                </div>
                <dl className="grid gap-x-6 gap-y-3 md:grid-cols-2">
                  <div className="flex flex-col gap-1">
                    <dt className="text-std-16B-170">{t('colAchievements', { year })}</dt>
                    <dd className="text-std-16N-170">
                      <ReportEntryTexts entries={row.entries} pick="achievements" approvedOnly />
                    </dd>
                  </div>
                  <div className="flex flex-col gap-1">
                    <dt className="text-std-16B-170">{t('colNextSteps')}</dt>
                    <dd className="text-std-16N-170">
                      <ReportEntryTexts entries={row.entries} pick="nextSteps" approvedOnly />
                    </dd>
                  </div>
                </dl>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
