import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type SurveyDetail as Detail, SURVEY_ANSWER_LABELS } from '@tsunagu/contracts/plan';
import { fiscalYearLabel } from '@tsunagu/japan';
import { useState } from 'react';
import { Badge } from '../../../components/Badge';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { Table } from '../../../components/Table';
import { useToast } from '../../../components/Toast';
import { useErrorText } from '../../../lib/errors';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { commonMessages } from '../../../lib/messages';
import { closeSurvey, surveyListQuery, surveyQuery } from '../api';
import { surveyMessages } from '../survey-messages';

type Recipient = Detail['recipientList'][number];

/** 回答状況 of one survey: each agency, whether it answered and what; 締め切る while it is open. */
export function SurveyDetail({ id }: { id: string }) {
  const t = useT(surveyMessages);
  const c = useT(commonMessages);
  const { locale } = useI18n();
  const label = useLabel();
  const errorText = useErrorText();
  const notify = useToast();
  const queryClient = useQueryClient();
  const result = useQuery(surveyQuery(id));
  const [confirm, setConfirm] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  if (result.isPending) return <Loading />;
  if (result.isError) return <Notice tone="error" live title={errorText(result.error)} />;
  const s = result.data;
  const year = fiscalYearLabel(s.fiscalYear, { locale });

  async function close() {
    setBusy(true);
    setFailure(null);
    try {
      queryClient.setQueryData(surveyQuery(id).queryKey, await closeSurvey(id));
      notify(t('closed'));
      await queryClient.invalidateQueries({ queryKey: surveyListQuery.queryKey });
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
      setConfirm(false);
    }
  }

  const answered = (r: Recipient) =>
    r.answered ? (
      <Badge tone="success">
        <span aria-hidden="true">✓</span>
        {t('answered')}
      </Badge>
    ) : (
      <Badge tone="neutral">
        <span aria-hidden="true">－</span>
        {t('notAnswered')}
      </Badge>
    );

  return (
    <section aria-labelledby="survey-detail-heading" className="flex min-w-0 flex-col gap-4">
      <div className="flex flex-col gap-3 md:flex-row md:items-end md:justify-between">
        <div className="flex flex-col gap-1">
          <h3 id="survey-detail-heading" className="text-std-20B-150">
            {t('detailHeading', { year })}
          </h3>
          <p className="text-std-16N-170 text-solid-gray-800">{t('detailLead')}</p>
        </div>
        {s.state === 'open' ? (
          <Button variant="danger" onClick={() => setConfirm(true)}>
            {t('close')}
          </Button>
        ) : null}
      </div>
      {failure ? <Notice tone="error" live title={errorText(failure)} /> : null}
      <Table
        caption={t('recipientsCaption', { count: s.recipientList.length })}
        rows={s.recipientList}
        rowKey={(r) => r.agency.id}
        columns={[
          { key: 'agency', header: t('colAgency'), rowHeader: true, cell: (r) => r.agency.name },
          { key: 'answered', header: t('colAnswered'), cell: answered },
          {
            key: 'answer',
            header: t('colAnswer'),
            cell: (r) => (r.answer ? label(SURVEY_ANSWER_LABELS[r.answer]) : c('none')),
          },
          {
            key: 'comment',
            header: t('colComment'),
            cell: (r) => <span className="whitespace-pre-line">{r.comment ?? c('none')}</span>,
          },
        ]}
      />
      <Dialog
        open={confirm}
        onClose={() => setConfirm(false)}
        role="alertdialog"
        title={t('closeTitle', { year })}
        description={t('closeLead')}
        footer={
          <>
            <Button variant="secondary" data-autofocus onClick={() => setConfirm(false)}>
              {c('cancel')}
            </Button>
            <Button variant="danger" busy={busy} onClick={() => void close()}>
              {t('closeConfirm')}
            </Button>
          </>
        }
      />
    </section>
  );
}
