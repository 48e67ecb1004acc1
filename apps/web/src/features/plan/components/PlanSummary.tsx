import type { Plan } from '@tsunagu/contracts/plan';
import { fiscalYearLabel } from '@tsunagu/japan';
import { useI18n, useT } from '../../../lib/i18n';
import { planMessages } from '../messages';

/** The plan's 計画期間 in 和暦: 令和3年度～令和5年度. */
export function planPeriod(plan: Plan, locale: 'ja' | 'en'): string {
  return `${fiscalYearLabel(plan.fromFiscalYear, { locale })}${locale === 'ja' ? '～' : '–'}${fiscalYearLabel(plan.toFiscalYear, { locale })}`;
}

/** The plan's name, 計画期間 and 基本理念, and the document it was taken from in small text. */
export function PlanSummary({ plan, heading }: { plan: Plan; heading?: string }) {
  const t = useT(planMessages);
  const { locale } = useI18n();
  return (
    <section
      aria-labelledby="plan-summary-heading"
      className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 bg-blue-50 p-5"
    >
      <h2 id="plan-summary-heading" className="text-std-20B-150">
        {heading ?? (locale === 'ja' ? plan.name : plan.nameEn || plan.name)}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[8rem_1fr]">
        <dt className="text-std-16B-170">{t('planPeriod')}</dt>
        <dd className="text-std-16N-170">{planPeriod(plan, locale)}</dd>
        <dt className="text-std-16B-170">{t('vision')}</dt>
        <dd className="text-std-16N-170">{plan.vision}</dd>
      </dl>
      <p className="text-dns-14N-130 text-solid-gray-800">{t('source', { source: plan.source })}</p>
    </section>
  );
}
