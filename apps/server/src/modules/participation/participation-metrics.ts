import type { ParticipationStatisticsRow } from '@tsunagu/contracts/participation';
import type { MetricDefinition, Series } from '../plan/metric';
import {
  computeParticipationStatistics,
  employersActive,
  type ProgrammeScope,
} from './participation-statistics';

const scopeOf = (divisionCode?: string): ProgrammeScope => (divisionCode ? { divisionCode } : { all: true });

function column(key: 'registrations' | 'placements' | 'retentionRate'): MetricDefinition['compute'] {
  return async (tx, tenantId, from, to, divisionCode) => {
    const rows = await computeParticipationStatistics(tx, tenantId, scopeOf(divisionCode), from, to);
    const series: Series = new Map();
    for (const r of rows) {
      const v = r[key as keyof ParticipationStatisticsRow] as number | null;
      if (v !== null) series.set(r.fiscalYear, v);
    }
    return series;
  };
}

const base = { module: 'participation', byDivision: true } as const;

/**
 * The employment programmes' figures (FIGURES.md §3) as metrics, each counted over the programmes of
 * the indicator's owner division: indicators No 7 (placements, cumulative from R3) and No 8
 * (employers: new registrations cumulative from R3, or those registered at the 年度's end).
 */
export const participationMetrics: MetricDefinition[] = [
  {
    ...base,
    key: 'employment.placements',
    name: '就労支援により就労に繋がった人数',
    description:
      '担当課の就労支援事業の利用者のうち、その年度に就労を開始した人数（マッチングで「就労開始」を記録した求人の件数。通いの場への参加は含まない）。',
    unit: '人',
    kind: 'count',
    compute: column('placements'),
  },
  {
    ...base,
    key: 'employment.registrations',
    name: '就労支援事業の利用者登録数',
    description: '担当課の就労支援事業にその年度に登録した利用者の数（登録日の年度）。',
    unit: '人',
    kind: 'count',
    compute: column('registrations'),
  },
  {
    ...base,
    key: 'employment.retention_rate',
    name: '就労の定着率',
    description:
      '就労開始から6か月の時点がその年度に来た人のうち、6か月後の定着支援で就労を続けていた人の割合（%、小数第1位を四捨五入）。6か月より前に離職した人は分母に入れ、6か月後の確認がまだの人は入れない。',
    unit: '%',
    kind: 'rate',
    compute: column('retentionRate'),
  },
  {
    ...base,
    key: 'employment.employers_registered',
    name: '就労支援協力企業の新規登録数',
    description:
      '担当課の就労支援事業にその年度に登録した協力企業の数（登録日の年度）。累計の指標にすると「計画開始以降の登録企業数」になる。',
    unit: '社',
    kind: 'count',
    compute: async (tx, tenantId, from, to, divisionCode) => {
      const rows = await computeParticipationStatistics(tx, tenantId, scopeOf(divisionCode), from - 1, to);
      const series: Series = new Map();
      for (let i = 1; i < rows.length; i++)
        series.set(rows[i]!.fiscalYear, rows[i]!.employersCumulative - rows[i - 1]!.employersCumulative);
      return series;
    },
  },
  {
    ...base,
    key: 'employment.employers_active',
    name: '就労支援協力企業の登録数（年度末時点）',
    description: '年度末に担当課の就労支援事業に登録している（登録を取り下げていない）協力企業の数。',
    unit: '社',
    kind: 'count',
    compute: (tx, tenantId, from, to, divisionCode) =>
      employersActive(tx, tenantId, scopeOf(divisionCode), from, to),
  },
];
