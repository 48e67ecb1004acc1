import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { Council } from '@tsunagu/contracts/community';
import { fiscalYearLabel, fiscalYearOf } from '@tsunagu/japan';
import { useId, useState } from 'react';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { Select } from '../../../components/Select';
import { useToast } from '../../../components/Toast';
import { useErrorText } from '../../../lib/errors';
import { formatCount } from '../../../lib/format';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { Section } from '../../participation/components/Facts';
import { FILTER_FRAME } from '../../participation/components/FilterBar';
import { activeItems, useCodeLists } from '../../settings/api';
import { carryCouncilsForward, councilListQuery, refreshCommunity } from '../api';
import { CommunityFrame } from '../components/CommunityFrame';
import { CouncilDialog } from '../components/CouncilDialog';
import { CouncilOverview } from '../components/CouncilOverview';
import { CouncilTable } from '../components/CouncilTable';
import { CouncilYears } from '../components/CouncilYears';
import { FiscalYearSelect } from '../components/FiscalYearSelect';
import { councilMessages } from '../council-messages';
import { fiscalYearsUpTo } from '../labels';

const route = getRouteApi('/_auth/staff/community/councils');

/**
 * 支え合い推進会議: for a 年度 (the current one by default) and optionally one welfare district, the
 * overview by welfare district as a chart and a table, the counts over the recorded 年度, and the
 * districts with their records — each editable, and carried forward from the year before, by writers.
 */
export function CouncilsPage() {
  const t = useT(councilMessages);
  const label = useLabel();
  const { locale } = useI18n();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const notify = useToast();
  const id = useId();
  const lists = useCodeLists();
  const search = route.useSearch();
  const current = fiscalYearOf(new Date());
  const fiscalYear = search.fiscalYear ?? current;
  const result = useQuery(councilListQuery({ fiscalYear, welfareDistrict: search.welfareDistrict }));
  const data = result.data;
  const [editing, setEditing] = useState<string | null>(null);
  const [carrying, setCarrying] = useState(false);
  const [carryError, setCarryError] = useState<unknown>(null);
  // The council being edited, from the latest list (a 409 reloads it into the dialog).
  const council: Council | null = data?.items.find((c) => c.schoolDistrictCode === editing) ?? null;
  const year = fiscalYearLabel(fiscalYear, { locale });
  const prev = fiscalYearLabel(fiscalYear - 1, { locale });
  // The next 年度 too, so writers can carry the records forward before it starts.
  const years = [
    ...new Set([...fiscalYearsUpTo(current + 1), ...(data?.years.map((y) => y.fiscalYear) ?? [])]),
  ].sort((a, b) => a - b);

  const go = (next: { fiscalYear?: number; welfareDistrict?: string | undefined }) =>
    void navigate({
      to: '/staff/community/councils',
      search: { fiscalYear, welfareDistrict: search.welfareDistrict, ...next },
    });

  async function carryForward() {
    setCarrying(true);
    setCarryError(null);
    try {
      const { copied } = await carryCouncilsForward(fiscalYear);
      notify(copied > 0 ? t('carried', { prev, n: formatCount(copied, locale) }) : t('carriedNone'));
      await refreshCommunity(queryClient);
    } catch (err) {
      setCarryError(err);
    } finally {
      setCarrying(false);
    }
  }

  return (
    <CommunityFrame
      title={t('title')}
      lead={t('lead')}
      actions={
        data?.abilities.edit ? (
          <Button
            variant="secondary"
            busy={carrying}
            aria-describedby={`${id}-carry`}
            onClick={() => void carryForward()}
          >
            {t('carryForward')}
          </Button>
        ) : null
      }
    >
      <search aria-label={t('filterLabel')} className={FILTER_FRAME}>
        <FiscalYearSelect
          label={t('fiscalYear')}
          value={fiscalYear}
          years={years}
          onChange={(next) => go({ fiscalYear: next })}
        />
        <div className="w-full max-w-[14rem]">
          <Select
            id={`${id}-welfare`}
            label={t('welfareDistrict')}
            value={search.welfareDistrict ?? ''}
            onChange={(event) => go({ welfareDistrict: event.target.value || undefined })}
          >
            <option value="">{t('all')}</option>
            {activeItems(lists, 'welfare_district').map((w) => (
              <option key={w.code} value={w.code}>
                {label(w)}
              </option>
            ))}
          </Select>
        </div>
        {data?.abilities.edit ? (
          <p id={`${id}-carry`} className="text-dns-14N-130 text-solid-gray-800 md:max-w-sm">
            {t('carryForwardHint', { prev, year })}
          </p>
        ) : null}
      </search>
      {carryError ? <Notice tone="error" live title={errorText(carryError)} /> : null}
      {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
      {result.isPending ? <Loading /> : null}
      {data ? (
        <div aria-busy={result.isPlaceholderData || undefined} className="flex min-w-0 flex-col gap-10">
          <CouncilOverview data={data} />
          <CouncilYears years={data.years} />
          <Section
            id="council-districts"
            title={t('districtsHeading')}
            lead={data.abilities.edit ? t('districtsLead') : t('districtsReaderLead')}
          >
            <CouncilTable
              fiscalYear={data.fiscalYear}
              items={data.items}
              onEdit={data.abilities.edit ? (c) => setEditing(c.schoolDistrictCode) : undefined}
            />
          </Section>
        </div>
      ) : null}
      <CouncilDialog open={editing !== null} council={council} onClose={() => setEditing(null)} />
    </CommunityFrame>
  );
}
