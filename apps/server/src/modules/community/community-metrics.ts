import type { MetricDefinition } from '../plan/metric';
import {
  councilSeries,
  dispatchSeries,
  firstParticipationSeries,
  taggedFieldSeries,
} from './community-statistics';

const base = { module: 'community', byDivision: false, kind: 'count' } as const;

/**
 * Community building as metrics (FIGURES.md §6): supporter graduates for indicator No 9 (opening
 * balance + graduates), organisations taking part for No 10, councils and advisor dispatches.
 */
export const communityMetrics: MetricDefinition[] = [
  {
    ...base,
    key: 'supporters.graduates',
    name: '生活・介護支援サポーター養成講座の修了者数',
    description:
      'その年度に開催した養成講座の修了者数の合計（事業設定で「supporters.graduates」と印を付けた項目の合計）。累計の指標では開始時点の養成数に各年度の修了者数を加える。',
    unit: '人',
    compute: (tx, tenantId, from, to) => taggedFieldSeries(tx, tenantId, 'supporters.graduates', from, to),
  },
  {
    ...base,
    key: 'community.organisations_joined',
    name: '地域づくり活動に初めて参加した法人・企業数',
    description:
      '地域づくりのフォーラム・講座・交流会（事業設定で印を付けた事業）に参加者として記録された日、またはマッチング掲示板で地域のニーズとマッチングした日のうち、集計期間（累計の指標では起点年度から）の中で最も早い日がその年度にある法人・企業・団体の数。同じ団体は一度だけ数える。累計にすると、起点年度以降に参加した法人・企業数になる。',
    unit: '団体',
    compute: (tx, tenantId, from, to) =>
      firstParticipationSeries(tx, tenantId, 'community.organisations_joined', from, to),
  },
  {
    ...base,
    key: 'community.councils_established',
    name: '支え合い推進会議の設置地域数',
    description: 'その年度に支え合い推進会議が設置されている小学校区・地区の数（年度ごとの記録）。',
    unit: '地域',
    compute: (tx, tenantId, from, to) => councilSeries(tx, tenantId, 'established', from, to),
  },
  {
    ...base,
    key: 'community.councils_active',
    name: '支え合い推進会議の活動地域数',
    description: '設置されている支え合い推進会議のうち、その年度に活動している地域の数。',
    unit: '地域',
    compute: (tx, tenantId, from, to) => councilSeries(tx, tenantId, 'active', from, to),
  },
  {
    ...base,
    key: 'community.advisor_dispatches',
    name: '市民活動支援アドバイザー派遣件数',
    description: 'アドバイザーの派遣（約2時間の講座・助言）を実施した件数（実施日の年度）。',
    unit: '件',
    compute: (tx, tenantId, from, to) => dispatchSeries(tx, tenantId, from, to),
  },
];
