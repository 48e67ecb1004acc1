import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { fiscalYearOf } from '@tsunagu/japan';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { useErrorText } from '../../../lib/errors';
import { useI18n, useT } from '../../../lib/i18n';
import { Section } from '../../participation/components/Facts';
import { FILTER_FRAME } from '../../participation/components/FilterBar';
import { figuresQuery } from '../api';
import { CommunityFrame } from '../components/CommunityFrame';
import { FigureTable } from '../components/FigureTable';
import { FiscalYearSelect } from '../components/FiscalYearSelect';
import { hubMessages } from '../hub-messages';
import { fiscalYearsUpTo } from '../labels';

const route = getRouteApi('/_auth/staff/community/figures');

/**
 * 地域づくり・在宅医療の実績: FIGURES §6 and §7 for a 年度 range (the server's default at first), each
 * section a table with a column per 年度 and the breakdowns indented under their figure.
 */
export function FiguresPage() {
  const t = useT(hubMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const search = route.useSearch();
  const result = useQuery(figuresQuery(search));
  const data = result.data;
  const current = fiscalYearOf(new Date());
  const years = fiscalYearsUpTo(current);
  const from = search.from ?? data?.years[0] ?? current;
  const to = search.to ?? data?.years[data.years.length - 1] ?? current;
  const go = (next: { from: number; to: number }) =>
    void navigate({ to: '/staff/community/figures', search: next });

  return (
    <CommunityFrame title={t('figuresTitle')} lead={t('figuresLead')}>
      <search aria-label={t('figuresTitle')} className={FILTER_FRAME}>
        <FiscalYearSelect
          label={t('fromYear')}
          value={from}
          years={years}
          onChange={(next) => go({ from: next, to: Math.max(next, to) })}
        />
        <FiscalYearSelect
          label={t('toYear')}
          value={to}
          years={years}
          onChange={(next) => go({ from: Math.min(from, next), to: next })}
        />
      </search>
      {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
      {result.isPending ? <Loading /> : null}
      {data ? (
        <div aria-busy={result.isPlaceholderData || undefined} className="flex min-w-0 flex-col gap-10">
          {data.sections.length === 0 ? (
            <p className="text-std-16N-170">{t('figuresEmpty')}</p>
          ) : (
            data.sections.map((section) => (
              <Section
                key={section.code}
                id={`figures-${section.code}`}
                title={locale === 'en' ? section.titleEn : section.titleJa}
              >
                <FigureTable section={section} years={data.years} />
              </Section>
            ))
          )}
        </div>
      ) : null}
    </CommunityFrame>
  );
}
