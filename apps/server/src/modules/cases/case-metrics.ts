import type { CaseStatisticsRow } from '@tsunagu/contracts/cases';
import type { MetricDefinition, Series } from '../plan/metric';
import { computeCaseStatistics } from './case-statistics';

type Column = keyof Omit<CaseStatisticsRow, 'fiscalYear'>;

function fromStatistics(column: Column): MetricDefinition['compute'] {
  return async (tx, tenantId, from, to) => {
    const stats = await computeCaseStatistics(tx, tenantId, from, to);
    return new Map(stats.rows.map((r) => [r.fiscalYear, r[column]])) as Series;
  };
}

const metric = (
  key: string,
  column: Column,
  name: string,
  description: string,
  unit: string,
): MetricDefinition => ({
  key,
  name,
  description,
  unit,
  kind: 'count',
  module: 'cases',
  byDivision: false,
  compute: fromStatistics(column),
});

/** The 総合相談支援体制 事業実績 (FIGURES.md §1) as metrics: each a column of the case statistics. */
export const caseMetrics: MetricDefinition[] = [
  metric(
    'cases.handled',
    'total',
    '推進員が対応したケース件数（支援調整＋相談のみ）',
    '推進員が振り分けたケースの件数。支援調整したケースと、問い合わせ・相談のみで支援完了したケースの合計。受付日の年度で数える。成果指標「複合課題が円滑に解決できたケース件数」の元になる。',
    '件',
  ),
  metric(
    'cases.coordinated',
    'coordinated',
    '推進員の相談受付後、関係機関と支援調整した件数',
    '振り分けで「支援調整」としたケースの件数（受付日の年度）。',
    '件',
  ),
  metric(
    'cases.advice_only',
    'adviceOnly',
    '推進員への問い合わせ・相談のみで支援完了した件数',
    '振り分けで「相談のみ」として助言を記録し完了したケースの件数（受付日の年度）。',
    '件',
  ),
  metric(
    'cases.conferences',
    'conferences',
    'ケース検討会議の開催回数',
    '開催済みの複合課題ケース検討会・重層的支援会議・支援会議の回数（開催日の年度）。予定のみの会議は数えない。',
    '回',
  ),
  metric(
    'cases.contacts',
    'contacts',
    '推進員の訪問等による関係機関との個別調整回数',
    '支援調整ケースに記録した個別調整（訪問・電話・メール・会議）の回数（調整日の年度）。',
    '回',
  ),
  metric(
    'cases.advisor_meetings',
    'advisorMeetings',
    'アドバイザー会議の開催回数',
    '開催済みのアドバイザー会議の回数（開催日の年度）。',
    '回',
  ),
  metric(
    'cases.unresolved_reviews',
    'unresolvedReviews',
    '解決に至らなかった複合課題ケースの検証件数',
    '「解決に至らず」で終結したケースについて記録した検証の件数（検証日の年度）。',
    '件',
  ),
];
