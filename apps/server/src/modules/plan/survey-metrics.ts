import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database';
import type { MetricDefinition } from './metric';

/** Share of `part` in `whole` as a percentage with one decimal (42.55… → 42.6), or null if none. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part * 1000) / whole) / 10;
}

/** The agency survey as a metric: indicator No 5. */
export const surveyMetrics: MetricDefinition[] = [
  {
    key: 'survey.collaboration_rate',
    name: '「関係機関との密な連携がとれている」と感じる相談機関の割合',
    description:
      '年度ごとの相談機関アンケートで「連携がとれていると感じる」と答えた機関の数 ÷ 回答した機関の数（%、小数第1位を四捨五入）。未回答の機関は分母に入れない。',
    unit: '%',
    kind: 'rate',
    module: 'plan',
    byDivision: false,
    compute: async (tx, tenantId, from, to) => {
      const rows = await queryRows<{ fy: number; yes: string | number; n: string | number }>(
        tx,
        sql`select s.fiscal_year as fy, count(*) filter (where r.answer = 'yes') as yes, count(*) as n
          from agency_surveys s join survey_recipients r on r.survey_id = s.id
          where s.tenant_id = ${tenantId} and s.fiscal_year between ${from} and ${to} and r.answer is not null
          group by 1`,
      );
      const series = new Map<number, number>();
      for (const r of rows) {
        const rate = percent(Number(r.yes), Number(r.n));
        if (rate !== null) series.set(Number(r.fy), rate);
      }
      return series;
    },
  },
];
