import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { CommunityProgramme, ProgrammeEvent } from '@tsunagu/contracts/community';
import { useId, useState } from 'react';
import { AnchorLinkButton, Button } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { Pagination } from '../../../components/Pagination';
import { useErrorText } from '../../../lib/errors';
import { formatCount } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { useCodeNames } from '../../participation/components/ChoiceFields';
import { Section } from '../../participation/components/Facts';
import { communityProgrammesQuery, EVENT_PAGE_SIZE, eventListQuery, eventsXlsxUrl } from '../api';
import { CommunityFrame } from '../components/CommunityFrame';
import { EventDialog } from '../components/EventDialog';
import { EventFilters } from '../components/EventFilters';
import { EventTable } from '../components/EventTable';
import { ProgrammeTotals } from '../components/ProgrammeTotals';
import { countColumns, nameOf, shownKinds } from '../labels';
import { programmeMessages } from '../programme-messages';

const route = getRouteApi('/_auth/staff/community/programmes/$code');

/**
 * One programme (公民館 主催講座, サポーター養成講座 …): its events filtered by 年度, kind, theme and
 * district with the totals of the filtered list and an xlsx download, the totals by 年度, and — for
 * its division's staff — 記録する and 編集.
 */
export function ProgrammePage() {
  const t = useT(programmeMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const { code } = route.useParams();
  const programmes = useQuery(communityProgrammesQuery);
  const programme = programmes.data?.items.find((p) => p.code === code);
  if (programmes.isError) return <Notice tone="error" live title={errorText(programmes.error)} />;
  if (programmes.isPending) return <Loading />;
  if (!programme)
    return (
      <CommunityFrame title={t('notFound')} lead={t('notFoundHint')}>
        {null}
      </CommunityFrame>
    );
  return <ProgrammeView programme={programme} name={nameOf(programme, locale)} />;
}

function ProgrammeView({ programme, name }: { programme: CommunityProgramme; name: string }) {
  const t = useT(programmeMessages);
  const { locale } = useI18n();
  const names = useCodeNames();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const id = useId();
  const search = route.useSearch();
  const result = useQuery(eventListQuery(programme.code, search));
  const data = result.data;
  // null: closed; 'new': recording; otherwise the id of the event being edited.
  const [dialog, setDialog] = useState<string | null>(null);
  const editing: ProgrammeEvent | null =
    dialog && dialog !== 'new' ? (data?.items.find((e) => e.id === dialog) ?? null) : null;
  const filtered = Boolean(search.fiscalYear || search.kind || search.theme || search.district || search.q);
  const lead =
    programme.policyNo === null
      ? t('lead', { division: names('division', [programme.divisionCode]) })
      : t('leadPolicy', {
          division: names('division', [programme.divisionCode]),
          policy: programme.policyNo,
        });

  return (
    <CommunityFrame
      title={name}
      lead={lead}
      actions={programme.canWrite ? <Button onClick={() => setDialog('new')}>{t('record')}</Button> : null}
    >
      <Section
        id="programme-events"
        title={t('listHeading')}
        lead={programme.canWrite ? t('listLead') : t('listReaderLead')}
        actions={
          <AnchorLinkButton
            href={eventsXlsxUrl(programme.code, search)}
            download
            variant="secondary"
            aria-describedby={`${id}-xlsx`}
          >
            {t('download')}
            <span id={`${id}-xlsx`} className="sr-only">
              {t('downloadHint')}
            </span>
          </AnchorLinkButton>
        }
      >
        <EventFilters
          programme={programme}
          search={search}
          onSearch={(next) =>
            void navigate({
              to: '/staff/community/programmes/$code',
              params: { code: programme.code },
              search: next,
            })
          }
        />
        {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
        {result.isPending ? <Loading /> : null}
        {data && data.items.length === 0 ? (
          <EmptyState title={t(filtered ? 'emptyFiltered' : 'empty')}>
            {filtered || !programme.canWrite ? null : t('emptyHint')}
          </EmptyState>
        ) : null}
        {data && data.items.length > 0 ? (
          <div aria-busy={result.isPlaceholderData || undefined}>
            <EventTable
              programme={programme}
              caption={t('caption', { programme: name, total: formatCount(data.total, locale) })}
              items={data.items}
              totals={data.totals}
              columns={countColumns(shownKinds(programme, search.kind))}
              onEdit={programme.canWrite ? (e) => setDialog(e.id) : undefined}
            />
          </div>
        ) : null}
        {data ? <Pagination page={search.page ?? 1} total={data.total} pageSize={EVENT_PAGE_SIZE} /> : null}
      </Section>
      <ProgrammeTotals programme={programme} />
      <EventDialog
        open={dialog === 'new' || editing !== null}
        programme={programme}
        event={editing}
        onClose={() => setDialog(null)}
      />
    </CommunityFrame>
  );
}
