import type { CodeLabels } from '../common/primitives';

/** What a participant is helped towards: work, or a place to go (通いの場・サロン・居場所). */
export const PARTICIPANT_AIMS = ['work', 'place'] as const;
export type ParticipantAim = (typeof PARTICIPANT_AIMS)[number];
export const PARTICIPANT_AIM_LABELS: CodeLabels<typeof PARTICIPANT_AIMS> = {
  work: { ja: '就労', en: 'Work' },
  place: { ja: '通いの場・居場所', en: 'A place to go' },
};

/**
 * 阻害要因: how much stands between the person and work. The programme allocates by it (small → a
 * private employment agency, medium or large → 社協), as the programme's agencies are configured.
 */
export const BARRIER_LEVELS = ['small', 'medium', 'large'] as const;
export type BarrierLevel = (typeof BARRIER_LEVELS)[number];
export const BARRIER_LEVEL_LABELS: CodeLabels<typeof BARRIER_LEVELS> = {
  small: { ja: '小（労働条件の調整などで就労しやすい）', en: 'Small' },
  medium: { ja: '中（生活面の支援も必要）', en: 'Medium' },
  large: { ja: '大（生活全体の支援が必要）', en: 'Large' },
};

export const HEALTH_LEVELS = ['good', 'fair', 'needs_care'] as const;
export type HealthLevel = (typeof HEALTH_LEVELS)[number];
export const HEALTH_LEVEL_LABELS: CodeLabels<typeof HEALTH_LEVELS> = {
  good: { ja: '良好', en: 'Good' },
  fair: { ja: '配慮があれば可', en: 'Fair, with care' },
  needs_care: { ja: '通院・療養中', en: 'Under treatment' },
};

/** How far the person can travel, in districts (the distance measure of matching). */
export const TRAVEL_RANGES = ['school', 'welfare', 'city'] as const;
export type TravelRange = (typeof TRAVEL_RANGES)[number];
export const TRAVEL_RANGE_LABELS: CodeLabels<typeof TRAVEL_RANGES> = {
  school: { ja: '同じ小学校区まで', en: 'Own school district' },
  welfare: { ja: '同じ福祉区まで', en: 'Own welfare district' },
  city: { ja: '市内どこでも', en: 'Anywhere in the city' },
};

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WEEKDAY_LABELS: CodeLabels<typeof WEEKDAYS> = {
  mon: { ja: '月', en: 'Mon' },
  tue: { ja: '火', en: 'Tue' },
  wed: { ja: '水', en: 'Wed' },
  thu: { ja: '木', en: 'Thu' },
  fri: { ja: '金', en: 'Fri' },
  sat: { ja: '土', en: 'Sat' },
  sun: { ja: '日', en: 'Sun' },
};

/**
 * A match's course: proposed by staff from the suggestions → 体験 (trial work or a visit) → placed
 * (就労 / 参加開始) → ended; or declined at any point before placement.
 */
export const MATCH_STATES = ['proposed', 'trial', 'placed', 'ended', 'declined'] as const;
export type MatchState = (typeof MATCH_STATES)[number];
export const MATCH_STATE_LABELS: CodeLabels<typeof MATCH_STATES> = {
  proposed: { ja: '提案中', en: 'Proposed' },
  trial: { ja: '体験中', en: 'On trial' },
  placed: { ja: '就労・参加中', en: 'Placed' },
  ended: { ja: '終了', en: 'Ended' },
  declined: { ja: '見送り', en: 'Declined' },
};

/** 定着支援: the follow-ups after a placement, months after the start. */
export const FOLLOW_UP_MONTHS = [1, 3, 6] as const;
export type FollowUpMonth = (typeof FOLLOW_UP_MONTHS)[number];

export const PLACE_KINDS = ['kayoi', 'salon', 'ibasho', 'volunteer'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export const PLACE_KIND_LABELS: CodeLabels<typeof PLACE_KINDS> = {
  kayoi: { ja: '通いの場', en: 'Community exercise group' },
  salon: { ja: 'ふれあいサロン', en: 'Salon' },
  ibasho: { ja: '居場所', en: 'Drop-in place' },
  volunteer: { ja: 'ボランティア活動', en: 'Volunteering' },
};

export const FAIR_KINDS = ['interview_session', 'employment_fair', 'aptitude_fair'] as const;
export type FairKind = (typeof FAIR_KINDS)[number];
export const FAIR_KIND_LABELS: CodeLabels<typeof FAIR_KINDS> = {
  interview_session: { ja: '就職面接会', en: 'Interview session' },
  employment_fair: { ja: '就職応援フェア', en: 'Employment fair' },
  aptitude_fair: { ja: '適職診断フェア', en: 'Aptitude fair' },
};
