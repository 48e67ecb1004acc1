import type { CodeLabels } from '../common/primitives';
/**
 * The closed loop of a referral (SPEC M3, principle 1): a referral is accepted, handed on to a named
 * agency, or escalated to the coordinator — never refused. The server enforces these transitions and
 * the web offers only the actions allowed from the current state.
 */

export const REFERRAL_STATES = [
  'sent',
  'received',
  'accepted',
  'in_progress',
  'completed',
  'handed_on',
  'escalated',
] as const;
export type ReferralState = (typeof REFERRAL_STATES)[number];
export const REFERRAL_STATE_LABELS: CodeLabels<typeof REFERRAL_STATES> = {
  sent: { ja: '送付済み', en: 'Sent' },
  received: { ja: '受領', en: 'Received' },
  accepted: { ja: '受け入れ', en: 'Accepted' },
  in_progress: { ja: '支援中', en: 'In progress' },
  completed: { ja: '完了', en: 'Completed' },
  handed_on: { ja: '他機関へつないだ', en: 'Handed on' },
  escalated: { ja: '推進員へエスカレーション', en: 'Escalated' },
};

/** Until accepted, nobody owns the person's support: these states are the "ownerless" ones. */
export const OWNERLESS_STATES: readonly ReferralState[] = ['sent', 'received'];
/** Nothing more happens to a referral in these states (a hand-on continues in the next referral). */
export const CLOSED_STATES: readonly ReferralState[] = ['completed', 'handed_on', 'escalated'];

/** What the receiving agency does; each moves the referral from one of `from` to `to`. */
export const REFERRAL_ACTIONS = ['receive', 'accept', 'start', 'complete', 'hand_on', 'escalate'] as const;
export type ReferralAction = (typeof REFERRAL_ACTIONS)[number];
export const REFERRAL_TRANSITIONS: Record<
  ReferralAction,
  { from: readonly ReferralState[]; to: ReferralState }
> = {
  receive: { from: ['sent'], to: 'received' },
  accept: { from: ['sent', 'received'], to: 'accepted' },
  start: { from: ['accepted'], to: 'in_progress' },
  complete: { from: ['accepted', 'in_progress'], to: 'completed' },
  hand_on: { from: ['sent', 'received'], to: 'handed_on' },
  escalate: { from: ['sent', 'received'], to: 'escalated' },
};
export const REFERRAL_ACTION_LABELS: CodeLabels<typeof REFERRAL_ACTIONS> = {
  receive: { ja: '受領する', en: 'Mark received' },
  accept: { ja: '受け入れる', en: 'Accept' },
  start: { ja: '支援を始める', en: 'Start support' },
  complete: { ja: '完了にする', en: 'Complete' },
  hand_on: { ja: '他の機関へつなぐ', en: 'Hand on' },
  escalate: { ja: '推進員へエスカレーション', en: 'Escalate' },
};

/** Whether `action` may be taken on a referral in `state`. */
export function canTransition(state: ReferralState, action: ReferralAction): boolean {
  return REFERRAL_TRANSITIONS[action].from.includes(state);
}

/** How a completed referral ended for the person. */
export const REFERRAL_OUTCOMES = [
  'got_help',
  'could_not_contact',
  'moved_away',
  'declined',
  'other',
] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];
export const REFERRAL_OUTCOME_LABELS: CodeLabels<typeof REFERRAL_OUTCOMES> = {
  got_help: { ja: '支援につながった', en: 'Got help' },
  could_not_contact: { ja: '連絡がとれなかった', en: 'Could not contact' },
  moved_away: { ja: '転居した', en: 'Moved away' },
  declined: { ja: '本人が希望しなかった', en: 'Declined by the person' },
  other: { ja: 'その他', en: 'Other' },
};

/** Why a referral went to the coordinator: chosen by staff, or set by the system (overdue, bouncing). */
export const ESCALATION_REASONS = ['no_destination', 'no_service', 'other', 'overdue', 'bouncing'] as const;
export type EscalationReason = (typeof ESCALATION_REASONS)[number];
/** The reasons staff may choose; the others are the system's. */
export const MANUAL_ESCALATION_REASONS = ['no_destination', 'no_service', 'other'] as const;
export const ESCALATION_REASON_LABELS: CodeLabels<typeof ESCALATION_REASONS> = {
  no_destination: { ja: '連携先が確定しない', en: 'No agency can be settled on' },
  no_service: { ja: '適切な支援メニューがない', en: 'No suitable service' },
  other: { ja: 'その他', en: 'Other' },
  overdue: { ja: '受け入れ期限超過（自動）', en: 'Not accepted in time (automatic)' },
  bouncing: { ja: 'たらい回しの警報（自動）', en: 'Bouncing alarm (automatic)' },
};

/** The legal basis on which the household's information goes to the receiving agency. */
export const REFERRAL_BASES = ['consent', 'emergency'] as const;
export type ReferralBasis = (typeof REFERRAL_BASES)[number];
export const REFERRAL_BASIS_LABELS: CodeLabels<typeof REFERRAL_BASES> = {
  consent: { ja: '本人の同意', en: 'The person’s consent' },
  emergency: { ja: '緊急（生命・身体の保護）', en: 'Emergency (to protect life)' },
};

/** The bouncing alarm (SPEC M3): this many hand-ons without acceptance, or this many days without an owner. */
export const BOUNCING_HOPS = 3;
export const BOUNCING_OWNERLESS_DAYS = 14;
