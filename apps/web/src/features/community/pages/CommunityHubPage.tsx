import { useQueries, useQuery } from '@tanstack/react-query';
import type { CommunityProgramme } from '@tsunagu/contracts/community';
import { fiscalYearLabel, fiscalYearOf } from '@tsunagu/japan';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { useErrorText } from '../../../lib/errors';
import { formatCount } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { useCodeNames } from '../../participation/components/ChoiceFields';
import { Section } from '../../participation/components/Facts';
import { communityProgrammesQuery, councilListQuery, eventListQuery } from '../api';
import { CommunityFrame } from '../components/CommunityFrame';
import { HubCard, HubCards } from '../components/HubCard';
import { hubMessages } from '../hub-messages';
import { nameOf } from '../labels';
import { communityMessages } from '../messages';

/**
 * 地域づくり: what the feature holds, as cards linking to each page — the councils (with this 年度's
 * counts), one card per programme (with this 年度's records), the support pages and the figures.
 */
export function CommunityHubPage() {
  const c = useT(communityMessages);
  const t = useT(hubMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const year = fiscalYearOf(new Date());
  const yearLabel = fiscalYearLabel(year, { locale });
  const programmes = useQuery(communityProgrammesQuery);
  const councils = useQuery(councilListQuery({ fiscalYear: year }));
  const totals = councils.data?.totals;

  return (
    <CommunityFrame hub title={c('title')} lead={c('lead')}>
      <Section id="hub-areas" title={t('hubAreasHeading')} lead={t('hubAreasLead')}>
        <HubCards>
          <HubCard
            link={{ to: '/staff/community/councils' }}
            title={t('cardCouncils')}
            text={t('cardCouncilsText')}
            extra={
              totals
                ? t('cardCouncilsCount', {
                    year: yearLabel,
                    established: formatCount(totals.established, locale),
                    active: formatCount(totals.active, locale),
                    districts: formatCount(totals.districts, locale),
                  })
                : null
            }
          />
          <HubCard link={{ to: '/staff/community/board' }} title={t('cardBoard')} text={t('cardBoardText')} />
          <HubCard
            link={{ to: '/staff/community/organisations' }}
            title={t('cardOrganisations')}
            text={t('cardOrganisationsText')}
          />
        </HubCards>
      </Section>
      <Section id="hub-programmes" title={t('hubProgrammesHeading')} lead={t('hubProgrammesLead')}>
        {programmes.isError ? <Notice tone="error" live title={errorText(programmes.error)} /> : null}
        {programmes.isPending ? <Loading /> : null}
        {programmes.data && programmes.data.items.length === 0 ? (
          <p className="text-std-16N-170">{t('programmesNone')}</p>
        ) : null}
        {programmes.data && programmes.data.items.length > 0 ? (
          <ProgrammeCards programmes={programmes.data.items} year={year} />
        ) : null}
      </Section>
      <Section id="hub-support" title={t('hubSupportHeading')} lead={t('hubSupportLead')}>
        <HubCards>
          <HubCard
            link={{ to: '/staff/community/dispatch' }}
            title={t('cardDispatch')}
            text={t('cardDispatchText')}
          />
          <HubCard
            link={{ to: '/staff/community/advisors' }}
            title={t('cardAdvisors')}
            text={t('cardAdvisorsText')}
          />
          <HubCard
            link={{ to: '/staff/community/physicians' }}
            title={t('cardPhysicians')}
            text={t('cardPhysiciansText')}
          />
        </HubCards>
      </Section>
      <Section id="hub-figures" title={t('hubFiguresHeading')}>
        <HubCards>
          <HubCard
            link={{ to: '/staff/community/figures' }}
            title={t('cardFigures')}
            text={t('cardFiguresText')}
          />
        </HubCards>
      </Section>
    </CommunityFrame>
  );
}

/** One card per programme, with its division and how many events it has recorded in the 年度. */
function ProgrammeCards({ programmes, year }: { programmes: CommunityProgramme[]; year: number }) {
  const t = useT(hubMessages);
  const { locale } = useI18n();
  const names = useCodeNames();
  const yearLabel = fiscalYearLabel(year, { locale });
  const counts = useQueries({
    queries: programmes.map((p) => eventListQuery(p.code, { fiscalYear: year }, 1)),
  });
  return (
    <HubCards>
      {programmes.map((p, i) => {
        const total = counts[i]?.data?.total;
        return (
          <HubCard
            key={p.code}
            link={{ to: '/staff/community/programmes/$code', params: { code: p.code } }}
            title={nameOf(p, locale)}
            text={t('programmeDivision', { division: names('division', [p.divisionCode]) })}
            extra={
              total === undefined
                ? t('programmeEventsLoading', { year: yearLabel })
                : t('programmeEvents', { year: yearLabel, count: formatCount(total, locale) })
            }
          />
        );
      })}
    </HubCards>
  );
}
