import type { CodeLabels } from '../common/primitives';

/** Whether a group asking for an advisor is registered (one of the city's registers) — eligibility ①. */
export const GROUP_REGISTRATIONS = ['esd_project', 'hiroba', 'none'] as const;
export type GroupRegistration = (typeof GROUP_REGISTRATIONS)[number];
export const GROUP_REGISTRATION_LABELS: CodeLabels<typeof GROUP_REGISTRATIONS> = {
  esd_project: { ja: '「岡山ESDプロジェクト」参加団体', en: 'ESD project member' },
  hiroba: { ja: '団体検索サイトに登録', en: 'Registered on the group directory' },
  none: { ja: '登録なし', en: 'Not registered' },
};

/**
 * An advisor dispatch request's course: received → scheduled (advisor and date set) → held (the
 * ~2-hour session took place) → closed; or ineligible (the checks failed) or withdrawn.
 */
export const DISPATCH_STATUSES = [
  'received',
  'scheduled',
  'held',
  'closed',
  'ineligible',
  'withdrawn',
] as const;
export type DispatchStatus = (typeof DISPATCH_STATUSES)[number];
export const DISPATCH_STATUS_LABELS: CodeLabels<typeof DISPATCH_STATUSES> = {
  received: { ja: '受付', en: 'Received' },
  scheduled: { ja: '派遣予定', en: 'Scheduled' },
  held: { ja: '派遣済み（フォローアップ期間）', en: 'Held (follow-up period)' },
  closed: { ja: '完了', en: 'Closed' },
  ineligible: { ja: '対象外', en: 'Not eligible' },
  withdrawn: { ja: '取下げ', en: 'Withdrawn' },
};

/** The form of a dispatch session (講座・座学・ワークショップ). */
export const SESSION_FORMATS = ['lecture', 'seminar', 'workshop', 'consultation'] as const;
export type SessionFormat = (typeof SESSION_FORMATS)[number];
export const SESSION_FORMAT_LABELS: CodeLabels<typeof SESSION_FORMATS> = {
  lecture: { ja: '講座', en: 'Lecture' },
  seminar: { ja: '座学', en: 'Seminar' },
  workshop: { ja: 'ワークショップ', en: 'Workshop' },
  consultation: { ja: '個別相談', en: 'Consultation' },
};

/** A follow-up after a dispatch: an additional question or a consultation with the advisor. */
export const FOLLOW_UP_WAYS = ['question', 'consultation'] as const;
export type FollowUpWay = (typeof FOLLOW_UP_WAYS)[number];
export const FOLLOW_UP_WAY_LABELS: CodeLabels<typeof FOLLOW_UP_WAYS> = {
  question: { ja: '追加の質問', en: 'Question' },
  consultation: { ja: '相談', en: 'Consultation' },
};

/** The kinds of organisation that take part in community building (法人・企業・団体). */
export const ORGANISATION_KINDS = [
  'social_welfare_corporation',
  'npo',
  'company',
  'medical_corporation',
  'association',
  'network',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const ORGANISATION_KIND_LABELS: CodeLabels<typeof ORGANISATION_KINDS> = {
  social_welfare_corporation: { ja: '社会福祉法人', en: 'Social welfare corporation' },
  npo: { ja: 'NPO法人', en: 'NPO' },
  company: { ja: '企業', en: 'Company' },
  medical_corporation: { ja: '医療法人', en: 'Medical corporation' },
  association: { ja: '一般社団・財団法人', en: 'Association' },
  network: { ja: 'ネットワーク団体', en: 'Network' },
  other: { ja: 'その他の団体', en: 'Other' },
};

/** A post on the 社会福祉法人 ↔ community matching board: a community's need or an organisation's offer. */
export const BOARD_POST_KINDS = ['need', 'offer'] as const;
export type BoardPostKind = (typeof BOARD_POST_KINDS)[number];
export const BOARD_POST_KIND_LABELS: CodeLabels<typeof BOARD_POST_KINDS> = {
  need: { ja: '地域のニーズ', en: 'Community need' },
  offer: { ja: '法人の提供', en: 'Offer' },
};

export const BOARD_POST_STATUSES = ['open', 'matched', 'closed'] as const;
export type BoardPostStatus = (typeof BOARD_POST_STATUSES)[number];
export const BOARD_POST_STATUS_LABELS: CodeLabels<typeof BOARD_POST_STATUSES> = {
  open: { ja: '募集中', en: 'Open' },
  matched: { ja: 'マッチング成立', en: 'Matched' },
  closed: { ja: '終了', en: 'Closed' },
};
