import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import {
  PARTICIPANT_AIM_LABELS,
  PARTICIPANT_AIMS,
  PARTICIPANT_STAGES,
  type ParticipantAim,
  type ParticipantStage,
} from '@tsunagu/contracts/participation';
import { useId } from 'react';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { LinkButton } from '../../../components/Button';
import { Checkbox } from '../../../components/Checkbox';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { Pagination } from '../../../components/Pagination';
import { useErrorText } from '../../../lib/errors';
import { formatCount } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { useMe } from '../../auth/api';
import { authMessages } from '../../auth/messages';
import { PARTICIPATION_PAGE_SIZE, participantListQuery } from '../api';
import { ProgrammeOptions } from '../components/AddResourceForm';
import { LabelledOptions } from '../components/ChoiceFields';
import { Section } from '../components/Facts';
import { FilterBar, FilterSelect, filterValue } from '../components/FilterBar';
import { FollowUpStrip } from '../components/FollowUpStrip';
import { ParticipantTable } from '../components/ParticipantTable';
import { ParticipationNav } from '../components/ParticipationNav';
import { STAGE_LABELS } from '../labels';
import { participationMessages } from '../messages';
import { canRegister } from '../roles';

const route = getRouteApi('/_auth/staff/participation');

/**
 * 参加支援・就労支援: the participants the user's agency sees with their stage, allocation and next
 * follow-up, filtered by aim, stage, programme and 自分の担当; the follow-ups due at a glance; the
 * links to the other pages of the feature.
 */
export function ParticipantsPage() {
  const t = useT(participationMessages);
  const a = useT(authMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const me = useMe();
  const id = useId();
  const search = route.useSearch();
  const result = useQuery(participantListQuery(search));
  useDocumentTitle(t('title'));
  const filtered = Boolean(search.aim || search.stage || search.programme || search.mine);
  const data = result.data;

  function submit(form: FormData) {
    const value = (name: string) => filterValue(form, name);
    void navigate({
      to: '/staff/participation',
      search: {
        aim: value('aim') as ParticipantAim | undefined,
        stage: value('stage') as ParticipantStage | undefined,
        programme: value('programme'),
        mine: form.get('mine') ? true : undefined,
      },
    });
  }

  return (
    <div className="flex min-w-0 flex-col gap-8 *:min-w-0">
      <PageHeader
        title={t('title')}
        lead={t('lead')}
        breadcrumbs={<Breadcrumbs items={[{ label: a('homeTitle'), to: '/staff' }, { label: t('title') }]} />}
        actions={
          canRegister(me) ? (
            <LinkButton to="/staff/participation/new" search={{}}>
              {t('register')}
            </LinkButton>
          ) : null
        }
      />
      <ParticipationNav />
      <FollowUpStrip />
      <Section id="participant-list" title={t('listHeading')} lead={t('listLead')}>
        <FilterBar
          t={t}
          search={search}
          filtered={filtered}
          onSearch={submit}
          onClear={() => void navigate({ to: '/staff/participation', search: {} })}
        >
          <FilterSelect name="aim" label={t('filterAim')} value={search.aim} width="max-w-[12rem]">
            <LabelledOptions codes={PARTICIPANT_AIMS} labels={PARTICIPANT_AIM_LABELS} />
          </FilterSelect>
          <FilterSelect name="stage" label={t('filterStage')} value={search.stage} width="max-w-[12rem]">
            <LabelledOptions codes={PARTICIPANT_STAGES} labels={STAGE_LABELS} />
          </FilterSelect>
          <FilterSelect
            name="programme"
            label={t('filterProgramme')}
            value={search.programme}
            width="max-w-md"
          >
            <ProgrammeOptions />
          </FilterSelect>
          <div className="flex min-h-12 items-center">
            <Checkbox
              id={`${id}-mine`}
              name="mine"
              value="1"
              label={t('filterMine')}
              defaultChecked={search.mine ?? false}
            />
          </div>
        </FilterBar>
        {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
        {result.isPending ? <Loading /> : null}
        {data && data.items.length === 0 ? (
          <EmptyState
            title={t(filtered ? 'emptyFiltered' : 'empty')}
            action={
              !filtered && canRegister(me) ? (
                <LinkButton to="/staff/participation/new" search={{}} variant="secondary">
                  {t('register')}
                </LinkButton>
              ) : null
            }
          >
            {filtered ? null : t(canRegister(me) ? 'emptyHint' : 'emptyHintReader')}
          </EmptyState>
        ) : null}
        {data && data.items.length > 0 ? (
          <ParticipantTable
            items={data.items}
            caption={t('listCaption', { total: formatCount(data.total, locale) })}
          />
        ) : null}
        {data ? (
          <Pagination page={search.page ?? 1} total={data.total} pageSize={PARTICIPATION_PAGE_SIZE} />
        ) : null}
      </Section>
    </div>
  );
}
