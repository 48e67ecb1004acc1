import type { INTAKE_CHANNELS, URGENCIES, VISITORS } from '@tsunagu/contracts/households';

// The sheet is a Japanese paper form: these are the words the web app shows for the same codes
// (apps/web/src/features/households/messages.ts).

export const CHANNEL_LABELS: Record<(typeof INTAKE_CHANNELS)[number], string> = {
  visit: '来所',
  phone: '電話',
  home_visit: '訪問',
  mail: '文書',
  online: 'オンライン',
  other: 'その他',
};

export const VISITOR_LABELS: Record<(typeof VISITORS)[number], string> = {
  self: '本人',
  family: '家族',
  relative: '親族',
  welfare_commissioner: '民生委員',
  agency: '関係機関',
  neighbour: '近隣住民',
  other: 'その他',
};

export const URGENCY_LABELS: Record<(typeof URGENCIES)[number], string> = {
  low: '低',
  normal: '通常',
  high: '高',
  emergency: '緊急',
};

/** What an empty box says, as on the printed sheet. */
export const NONE = '—';
export const MAIN_MARK = '【主訴】';
export const SHEET_CAUTION =
  'この用紙には個人情報が含まれます。取り扱いに注意し、目的外に使用しないでください。';
