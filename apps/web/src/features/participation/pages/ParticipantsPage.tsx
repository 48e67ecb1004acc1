import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import {
  PARTICIPANT_AIM_LABELS,
  PARTICIPANT_AIMS,
  PARTICIPANT_STAGES,
  type ParticipantAim,
  type ParticipantStage,
} from '@tsunagu/contracts/participation';
import { type FormEvent, useId } from 'react';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { Button, LinkButton } from '../../../components/Button';
import { Checkbox } from '../../../components/Checkbox';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { Pagination } from '../../../components/Pagination';
import { Select } from '../../../components/Select';
import { useErrorText } from '../../../lib/errors';
import { formatCount } from '../../../lib/format';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { useMe } from '../../auth/api';
import { authMessages } from '../../auth/messages';
import { PARTICIPATION_PAGE_SIZE, participantListQuery, programmesQuery } from '../api';
import { Section } from '../components/Facts';
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
  const label = useLabel();
  const { locale } = useI18n();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const me = useMe();
  const id = useId();
  const search = route.useSearch();
  const result = useQuery(participantListQuery(search));
  const programmes = useQuery(programmesQuery).data?.items ?? [];
  useDocumentTitle(t('title'));
  const filtered = Boolean(search.aim || search.stage || search.programme || search.mine);
  const data = result.data;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '') || undefined;
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
        <search aria-label={t('filterLabel')}>
          <form
            key={JSON.stringify(search)}
            onSubmit={submit}
            className="flex flex-wrap items-end gap-4 rounded-8 bg-solid-gray-50 p-4"
          >
            <div className="w-full max-w-[12rem]">
              <Select id={`${id}-aim`} name="aim" label={t('filterAim')} defaultValue={search.aim ?? ''}>
                <option value="">{t('all')}</option>
                {PARTICIPANT_AIMS.map((aim) => (
                  <option key={aim} value={aim}>
                    {label(PARTICIPANT_AIM_LABELS[aim])}
                  </option>
                ))}
              </Select>
            </div>
            <div className="w-full max-w-[12rem]">
              <Select
                id={`${id}-stage`}
                name="stage"
                label={t('filterStage')}
                defaultValue={search.stage ?? ''}
              >
                <option value="">{t('all')}</option>
                {PARTICIPANT_STAGES.map((stage) => (
                  <option key={stage} value={stage}>
                    {label(STAGE_LABELS[stage])}
                  </option>
                ))}
              </Select>
            </div>
            <div className="w-full max-w-md">
              <Select
                id={`${id}-programme`}
                name="programme"
                label={t('filterProgramme')}
                defaultValue={search.programme ?? ''}
              >
                <option value="">{t('all')}</option>
                {programmes.map((p) => (
                  <option key={p.code} value={p.code}>
                    {locale === 'ja' ? p.nameJa : p.nameEn}
                  </option>
                ))}
              </Select>
            </div>
            <div className="flex min-h-12 items-center">
              <Checkbox
                id={`${id}-mine`}
                name="mine"
                value="1"
                label={t('filterMine')}
                defaultChecked={search.mine ?? false}
              />
            </div>
            <div className="flex gap-3">
              <Button type="submit">{t('filterSubmit')}</Button>
              {filtered ? (
                <Button
                  variant="tertiary"
                  onClick={() => void navigate({ to: '/staff/participation', search: {} })}
                >
                  {t('filterClear')}
                </Button>
              ) : null}
            </div>
          </form>
        </search>
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
