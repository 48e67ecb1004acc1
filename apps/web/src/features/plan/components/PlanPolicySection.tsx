import type { Policy } from '@tsunagu/contracts/plan';
import { fiscalYearLabel } from '@tsunagu/japan';
import { useI18n, useT } from '../../../lib/i18n';
import { planMessages } from '../messages';
import { IndicatorCard } from './IndicatorCard';
import { type IndicatorData, indicatorNumber } from './IndicatorFormat';
import { RoadmapItemList } from './RoadmapItemList';
import { RoadmapStatusBar } from './RoadmapStatusBar';

/**
 * One 施策 on the plan page: the roadmap's status bar and items for the 年度, the policy's 取組方針 /
 * 取組内容 / 現状と課題 behind a disclosure, and its 成果指標 with their trend charts.
 */
export function PlanPolicySection({
  policy,
  fiscalYear,
  indicators,
  allIndicators,
  years,
}: {
  policy: Policy;
  fiscalYear: number;
  /** This policy's indicators (undefined while loading). */
  indicators: IndicatorData[] | undefined;
  allIndicators: IndicatorData[];
  years: number[];
}) {
  const t = useT(planMessages);
  const { locale } = useI18n();
  const headingId = `policy-${policy.no}`;
  const name = locale === 'ja' ? policy.name : policy.nameEn || policy.name;
  const texts = [
    ['approach', policy.approach],
    ['actions', policy.actions],
    ['findings', policy.findings],
  ] as const;
  return (
    <section aria-labelledby={headingId} className="flex min-w-0 flex-col gap-5">
      <div className="flex flex-col gap-1 border-b-2 border-blue-900 pb-2">
        <h2 id={headingId} className="text-std-24B-150">
          {t('policyHeading', { no: policy.no, name })}
        </h2>
        <p className="text-dns-14N-130 text-solid-gray-800">{t('field', { field: policy.field })}</p>
      </div>
      <div className="flex flex-col gap-3">
        <h3 className="text-std-20B-150">
          {t('roadmapHeading', { year: fiscalYearLabel(fiscalYear, { locale }) })}
        </h3>
        <RoadmapStatusBar items={policy.items} fiscalYear={fiscalYear} />
        <RoadmapItemList items={policy.items} policyNo={policy.no} />
      </div>
      <details className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">
        <summary className="cursor-pointer text-std-16B-170 text-blue-1000">{t('policyTexts')}</summary>
        <div className="mt-3 flex flex-col gap-4">
          {texts.map(([key, text]) => (
            <div key={key} className="flex flex-col gap-1">
              <h3 className="text-std-16B-170">{t(key)}</h3>
              <p className="text-std-16N-170 whitespace-pre-line">{text || t('none')}</p>
            </div>
          ))}
        </div>
      </details>
      <div className="flex flex-col gap-3">
        <h3 className="text-std-20B-150">{t('indicatorsHeading')}</h3>
        {indicators === undefined ? null : indicators.length === 0 ? (
          <p className="text-std-16N-170 text-solid-gray-800">{t('noIndicators')}</p>
        ) : (
          <div className="grid gap-4 lg:grid-cols-2">
            {indicators.map((i) => (
              <IndicatorCard
                key={i.id}
                indicator={i}
                years={years}
                number={indicatorNumber(i, allIndicators)}
              />
            ))}
          </div>
        )}
      </div>
    </section>
  );
}
