import type { Survey } from '@tsunagu/contracts/plan';
import { fiscalYearLabel } from '@tsunagu/japan';
import { Button } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { Table } from '../../../components/Table';
import { useI18n, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { surveyMessages } from '../survey-messages';
import { percentText, SurveyBar } from './SurveyBar';
import { SurveyStateBadge } from './SurveyStateBadge';

/**
 * The surveys sent, newest 年度 first: state, closing date, response rate and the share answering
 * 「連携がとれている」 (indicator No 5), each as a bar with the figure written; a button opens the
 * responses of one.
 */
export function SurveyList({
  items,
  selected,
  onSelect,
}: {
  items: Survey[];
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const t = useT(surveyMessages);
  const { locale } = useI18n();
  const year = (s: Survey) => fiscalYearLabel(s.fiscalYear, { locale });
  if (items.length === 0) return <EmptyState title={t('listEmpty')}>{t('listEmptyHint')}</EmptyState>;
  return (
    <Table
      caption={t('listHeading', { count: items.length })}
      captionHidden
      rows={[...items].sort((a, b) => b.fiscalYear - a.fiscalYear)}
      rowKey={(s) => s.id}
      rowClassName={(s) => (s.id === selected ? 'bg-blue-50' : '')}
      columns={[
        { key: 'year', header: t('colYear'), rowHeader: true, className: 'whitespace-nowrap', cell: year },
        { key: 'state', header: t('colState'), cell: (s) => <SurveyStateBadge state={s.state} /> },
        {
          key: 'closes',
          header: t('colClosesOn'),
          className: 'whitespace-nowrap',
          cell: (s) => formatDay(s.closesOn, locale),
        },
        {
          key: 'response',
          header: t('colResponse'),
          cell: (s) => (
            <SurveyBar
              percent={s.responseRate}
              text={t('responses', {
                responses: s.responses,
                recipients: s.recipients,
                rate: percentText(s.responseRate),
              })}
            />
          ),
        },
        {
          key: 'rate',
          header: t('colRate'),
          cell: (s) => (
            <SurveyBar
              percent={s.collaborationRate}
              colour="bg-green-900"
              text={
                s.responses === 0
                  ? t('noResponses')
                  : t('collaboration', {
                      rate: percentText(s.collaborationRate),
                      yes: s.yes,
                      responses: s.responses,
                    })
              }
            />
          ),
        },
        {
          key: 'detail',
          header: t('colDetail'),
          cell: (s) => (
            <Button
              variant="secondary"
              size="sm"
              aria-label={t('showDetailFor', { year: year(s) })}
              aria-pressed={s.id === selected}
              onClick={() => onSelect(s.id)}
            >
              {t('showDetail')}
            </Button>
          ),
        },
      ]}
    />
  );
}
