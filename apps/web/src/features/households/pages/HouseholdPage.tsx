import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { Household } from '@tsunagu/contracts/households';
import { useState } from 'react';
import { NotFoundPage } from '../../../app/ErrorPages';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { isApiError } from '../../../lib/api';
import { useErrorText } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { authMessages } from '../../auth/messages';
import { RequestCaseDialog } from '../../cases/components/RequestCaseDialog';
import { caseFormMessages } from '../../cases/form-messages';
import { SendReferralDialog } from '../../referrals/components/SendReferralDialog';
import { referralFormMessages } from '../../referrals/form-messages';
import { householdQuery } from '../api';
import { HouseholdRecords, jumpToRecords, RECORDS_ID } from '../components/HouseholdRecords';
import { SheetDownloadLink } from '../components/SheetDownloadLink';
import { TsunaguSheet } from '../components/TsunaguSheet';
import { editMessages } from '../edit-messages';
import { householdMessages } from '../messages';
import { fullName, selfMember } from '../people';
import { usePrintSheet } from '../use-print-sheet';

const route = getRouteApi('/_auth/staff/households/$id');

function Crumbs() {
  const t = useT(householdMessages);
  const a = useT(authMessages);
  return (
    <Breadcrumbs
      items={[
        { label: a('homeTitle'), to: '/staff' },
        { label: t('searchTitle'), to: '/staff/persons' },
        { label: t('sheetTitle') },
      ]}
    />
  );
}

/**
 * 世帯（つなぐシート）: the household as the user's agency sees it, with its corrections, 要配慮個人情報
 * and 変更履歴 below the sheet (screen only). A household the agency has no live link to answers 404,
 * and is shown exactly like an address that does not exist.
 */
export function HouseholdPage() {
  const { id } = route.useParams();
  const result = useQuery(householdQuery(id));
  if (result.isPending) return <Loading />;
  if (result.isError) {
    // 400 (not an id) and 404 (no such household, or none this agency may see) look the same.
    if (isApiError(result.error) && (result.error.status === 404 || result.error.status === 400))
      return <NotFoundPage />;
    return <LoadFailed error={result.error} />;
  }
  return <HouseholdView household={result.data} />;
}

function LoadFailed({ error }: { error: unknown }) {
  const t = useT(householdMessages);
  const errorText = useErrorText();
  useDocumentTitle(t('sheetTitle'));
  return (
    <div className="flex flex-col gap-6">
      <Crumbs />
      <h1 className="text-std-32B-150">{t('sheetTitle')}</h1>
      <Notice tone="error" live title={errorText(error)} />
    </div>
  );
}

function HouseholdView({ household }: { household: Household }) {
  const t = useT(householdMessages);
  const e = useT(editMessages);
  const r = useT(referralFormMessages);
  const k = useT(caseFormMessages);
  const errorText = useErrorText();
  const canRefer = household.abilities.refer;
  const [sending, setSending] = useState(false);
  const [asking, setAsking] = useState(false);
  const self = selfMember(household);
  const name = self ? fullName(self.person) : '';
  const printing = usePrintSheet(household.id);
  useDocumentTitle(`${t('householdOf', { name })}（${t('sheetName')}）`);
  return (
    <div className="flex flex-col gap-6">
      <div className="print-hide flex flex-wrap items-center justify-between gap-4">
        <div className="flex flex-col gap-3">
          <Crumbs />
          <a href={`#${RECORDS_ID}`} onClick={jumpToRecords} className="text-dns-16N-130">
            {e('jumpToRecords')}
          </a>
        </div>
        <div className="flex flex-wrap items-start gap-4">
          {canRefer ? <Button onClick={() => setSending(true)}>{r('sendButton')}</Button> : null}
          {canRefer ? (
            <Button variant="secondary" onClick={() => setAsking(true)}>
              {k('requestButton')}
            </Button>
          ) : null}
          <div className="flex flex-col items-end gap-1">
            <Button variant="secondary" onClick={printing.print} aria-describedby="print-hint">
              {t('print')}
            </Button>
            <p id="print-hint" className="text-dns-14N-130 text-solid-gray-700">
              {t('printHint')}
            </p>
            <SheetDownloadLink householdId={household.id} />
          </div>
        </div>
      </div>
      {canRefer ? (
        <>
          <SendReferralDialog household={household} open={sending} onClose={() => setSending(false)} />
          <RequestCaseDialog household={household} open={asking} onClose={() => setAsking(false)} />
        </>
      ) : null}
      {printing.failure ? (
        <div className="print-hide">
          <Notice tone="error" live title={t('printFailed')}>
            {errorText(printing.failure)}
          </Notice>
        </div>
      ) : null}
      <TsunaguSheet household={household} sensitive={printing.notes} />
      <HouseholdRecords household={household} />
    </div>
  );
}
