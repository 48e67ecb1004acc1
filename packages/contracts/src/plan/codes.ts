import type { CodeLabels } from '../common/primitives';

/** 進捗報告の状態: written by the division, sent to the planner, approved or returned with a comment. */
export const ENTRY_STATES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type EntryState = (typeof ENTRY_STATES)[number];
export const ENTRY_STATE_LABELS: CodeLabels<typeof ENTRY_STATES> = {
  draft: { ja: '作成中', en: 'Draft' },
  submitted: { ja: '提出済み（確認待ち）', en: 'Submitted' },
  approved: { ja: '承認済み', en: 'Approved' },
  returned: { ja: '差し戻し', en: 'Returned' },
};

/** What happened to a progress entry, in its history. */
export const ENTRY_EVENTS = ['created', 'edited', 'submitted', 'approved', 'returned', 'commented'] as const;
export type EntryEvent = (typeof ENTRY_EVENTS)[number];

/**
 * How an indicator's yearly figures add up: cumulative (opening balance plus every 年度 since a start
 * year), yearly (each 年度 on its own: rates, survey results, statistics) or stock (a count of what is
 * registered at the end of the 年度, which can go down).
 */
export const ACCUMULATIONS = ['cumulative', 'yearly', 'stock'] as const;
export type Accumulation = (typeof ACCUMULATIONS)[number];
export const ACCUMULATION_LABELS: CodeLabels<typeof ACCUMULATIONS> = {
  cumulative: { ja: '累計', en: 'Cumulative' },
  yearly: { ja: '単年度', en: 'Yearly' },
  stock: { ja: '年度末時点', en: 'At year end' },
};

/** Where an indicator's value for a 年度 came from. */
export const VALUE_ORIGINS = ['recorded', 'computed'] as const;
export type ValueOrigin = (typeof VALUE_ORIGINS)[number];

/** The answer an agency gives to 「関係機関との密な連携がとれている」と感じますか. */
export const SURVEY_ANSWERS = ['yes', 'no'] as const;
export type SurveyAnswer = (typeof SURVEY_ANSWERS)[number];
export const SURVEY_ANSWER_LABELS: CodeLabels<typeof SURVEY_ANSWERS> = {
  yes: { ja: '連携がとれていると感じる', en: 'Yes, we work closely together' },
  no: { ja: '連携がとれているとは感じない', en: 'No' },
};

export const SURVEY_STATES = ['open', 'closed'] as const;
export type SurveyState = (typeof SURVEY_STATES)[number];

/** Roadmap status of an item in a 年度, from its entries: none yet, being written, sent, all approved. */
export const ROADMAP_STATUSES = ['none', 'in_progress', 'submitted', 'approved'] as const;
export type RoadmapStatus = (typeof ROADMAP_STATUSES)[number];
export const ROADMAP_STATUS_LABELS: CodeLabels<typeof ROADMAP_STATUSES> = {
  none: { ja: '未報告', en: 'Not reported' },
  in_progress: { ja: '作成中', en: 'Being written' },
  submitted: { ja: '確認待ち', en: 'Awaiting approval' },
  approved: { ja: '承認済み', en: 'Approved' },
};
