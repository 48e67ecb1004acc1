/**
 * Referrals (つなぐ) over the generated city, as the referral service and the sweep would have left
 * them on the morning of `asOf` (06:00 in Japan: yesterday's office hours and last night's sweep are
 * over). A chain starts at an agency that knows the household — historically right after one of its
 * intakes (FY2021–FY2025), lately (the 8 weeks before `asOf`) from any of its live links — and goes to
 * another agency chosen by district and by how its fields fit the household's recorded problems, as
 * the intake generator chooses recording agencies; never the sending agency, never one the chain
 * already passed through. Each referral then follows the state machine of
 * packages/contracts/src/referrals/states.ts in time: opened (received), then accepted within a few
 * business days, started and completed after weeks to years; or handed on (the next hop in the same
 * chain, sent the moment this one closes); or escalated by staff; or, when nobody acted in time,
 * escalated by the sweep — 'bouncing' at the third hop or 14 days after the chain began, 'overdue' the
 * night after `escalate_due_on`. What lies after `asOf` has not happened: those referrals are still
 * sent / received (overdue once `accept_due_on` has passed), accepted or in progress.
 * Deadlines come from the app's referralDeadlines() (addBusinessDays of packages/japan, the tenant's
 * 2 and 5 business days). The receiving agency gets a live link per referral (basis 'referral'),
 * time-limited for emergencies (14 days) and after handing on (14 days more), revoked for a few whose
 * consent was withdrawn; an escalation opens the household to the coordinator desk.
 * Deterministic: the same city, seed, scale, settings and `asOf` give the same rows.
 */
import {
  BOUNCING_HOPS,
  BOUNCING_OWNERLESS_DAYS,
  type ReferralAction,
  type ReferralState,
} from '@tsunagu/contracts/referrals';
import type { TenantSettings } from '@tsunagu/contracts/settings';
import { addBusinessDays, isBusinessDay, toIsoDate } from '@tsunagu/japan';
import { referralDeadlines } from '../../apps/server/src/modules/referrals/referral-deadlines';
import { type AgencyRef, type City, type CityRefs, FULL_SCALE, INTAKE_WINDOW, REFERENCE_DATE } from './city';
import { dayOf, isoOfDay, officeTime } from './dates';
import { CATEGORY_PULL, LOCAL_PULL, recordingAgencies } from './intakes';
import { Prng, Weighted } from './prng';

export type GenReferral = {
  id: string;
  chainId: string;
  parentId: string | null;
  hop: number;
  householdId: string;
  personId: string | null;
  fromAgencyCode: string;
  toAgencyCode: string;
  reason: string;
  basis: 'consent' | 'emergency';
  emergencyReason: string | null;
  state: ReferralState;
  sentAt: Date;
  chainStartedAt: Date;
  acceptDueOn: string;
  escalateDueOn: string;
  overdueNotifiedAt: Date | null;
  receivedAt: Date | null;
  acceptedAt: Date | null;
  startedAt: Date | null;
  closedAt: Date | null;
  outcome: string | null;
  outcomeNote: string | null;
  escalationReason: string | null;
  escalationNote: string | null;
  escalatedAutomatically: boolean;
  nextReferralId: string | null;
  createdBy: string;
  version: number;
};

/** A history entry; `actorUserId` and `agencyCode` are null when the sweep acted. */
export type GenReferralEvent = {
  referralId: string;
  chainId: string;
  at: Date;
  action: ReferralAction | 'send' | 'auto_escalate';
  fromState: ReferralState | null;
  toState: ReferralState;
  actorUserId: string | null;
  agencyCode: string | null;
  note: string | null;
};

/** A live link with basis and source 'referral' (source = the referral's id). */
export type GenReferralLink = {
  id: string;
  householdId: string;
  agencyCode: string;
  sourceId: string;
  createdBy: string | null;
  validFrom: Date;
  validUntil: Date | null;
  revokedAt: Date | null;
};

export type ReferralSet = {
  /** The day in Japan the data set is as of; `now` is 06:00 that day. */
  asOf: string;
  now: Date;
  /** The first day of the recent weeks. */
  recentFrom: string;
  coordinatorAgencyCode: string | null;
  referrals: GenReferral[];
  events: GenReferralEvent[];
  links: GenReferralLink[];
};

export type ReferralOptions = {
  seed: number;
  /** 1 = 40,000 referrals. */
  scale: number;
  asOf: string;
  /** The tenant's settings: the accept / auto-escalate business days and the year-end closure. */
  settings: TenantSettings;
  coordinatorAgencyCode: string | null;
};

const MINUTE = 60_000;
const DAY = 86_400_000;
/** The receiving agency keeps its link this long after handing on (referral-actions.ts). */
const HANDED_ON_LINK_DAYS = 14;
/** An emergency opens the household to the receiver for this long (referral-basis.ts). */
const EMERGENCY_LINK_DAYS = 14;
const RECENT_WEEKS = 8;
/** Referrals a business day lately against the historical average: use of the platform grew. */
const RECENT_GROWTH = 1.2;

/** Hand-ons per chain: ~8% of referrals end handed on; a third hand-on meets the bouncing alarm. */
const HAND_ONS = new Weighted<number>([
  [0, 930],
  [1, 52],
  [2, 13],
  [3, 5],
]);
/** What the receiver of the chain's last referral does: accept, escalate, or nothing (the sweep will). */
const FATES = new Weighted<'accept' | 'escalate' | 'auto'>([
  ['accept', 950],
  ['escalate', 20],
  ['auto', 30],
]);
/** Business days after sending. Accepting after 2 is late (overdue until then). */
const ACCEPT_DELAY = new Weighted<number>([
  [0, 32],
  [1, 30],
  [2, 18],
  [3, 10],
  [4, 6],
  [5, 4],
]);
const OPEN_DELAY = new Weighted<number>([
  [0, 75],
  [1, 20],
  [2, 5],
]);
const HAND_ON_DELAY = new Weighted<number>([
  [0, 35],
  [1, 40],
  [2, 25],
]);
const ESCALATE_DELAY = new Weighted<number>([
  [0, 30],
  [1, 30],
  [2, 20],
  [3, 10],
  [4, 10],
]);
const START_DELAY = new Weighted<number>([
  [0, 40],
  [1, 25],
  [2, 15],
  [3, 10],
  [5, 10],
]);
/** Days from the start of support to completion. */
const SUPPORT_DAYS = new Weighted<readonly [number, number]>([
  [[3, 45], 45],
  [[45, 180], 35],
  [[180, 540], 15],
  [[540, 900], 5],
]);
/** Days from acceptance to completion when the support needs no start of its own (a check, a referral on). */
const SHORT_DAYS: readonly [number, number] = [3, 60];
/** Supports that go on beyond the data set (伴走支援, guardianship). */
const ONGOING_SHARE = 0.015;
const STARTS_SHARE = 0.75;
const OPENED_SHARE = 0.93;
const EMERGENCY_SHARE = 0.06;
const WITHDRAWN_SHARE = 0.015;
const OUTCOMES = new Weighted<string>([
  ['got_help', 76],
  ['could_not_contact', 7],
  ['moved_away', 4],
  ['declined', 8],
  ['other', 5],
]);
const MANUAL_REASONS = new Weighted<string>([
  ['no_destination', 45],
  ['no_service', 35],
  ['other', 20],
]);

const REASONS: ((label: string) => string)[] = [
  (l) => `${l}について相談あり。専門的な支援をお願いします。`,
  (l) => `${l}の課題があり、貴機関での支援が必要と判断しました。`,
  (l) => `本人・家族より${l}について相談。支援の検討をお願いします。`,
  (l) => `${l}について継続的な関わりが必要なため、つなぎます。`,
];
const HAND_ON_REASONS: ((label: string) => string)[] = [
  (l) => `${l}は当機関の支援の対象外のため、より適切な貴機関へつなぎます。`,
  (l) => `面談の結果、${l}が主な課題と分かりました。貴機関での対応をお願いします。`,
];
const EMERGENCY_REASONS = [
  '本人と連絡が取れず、室内で倒れている可能性がある。',
  '家族からの暴力があり、本人の身体に危険がある。',
  'ライフラインが止まり、生命に危険がある。',
];
const ESCALATION_NOTES = [
  '複数の課題が絡み、単独の機関では対応が難しい。',
  '受け入れ先が見つからないため、推進員に調整を依頼。',
  null,
];
const OUTCOME_NOTES = ['定期的な訪問につながった。', '制度の利用申請を支援した。', '家族の協力が得られた。'];

/** What the generator needs to know of a household: district, ages and the problems recorded. */
type HouseholdInfo = {
  welfare: string;
  ages: number[];
  problems: { code: string; personId: string }[];
  /** Problem codes with how often they were recorded. */
  codes: Map<string, number>;
  selfId: string | null;
};

function householdInfos(city: City): Map<string, HouseholdInfo> {
  const ref = dayOf(REFERENCE_DATE);
  const age = (birth: string | null) => (birth ? Math.floor((ref - dayOf(birth)) / 365.25) : 45);
  const personAge = new Map(city.persons.map((p) => [p.id, age(p.birthDate)]));
  const out = new Map<string, HouseholdInfo>();
  for (const h of city.households)
    out.set(h.id, { welfare: h.welfareDistrictCode, ages: [], problems: [], codes: new Map(), selfId: null });
  for (const m of city.members) {
    const h = out.get(m.householdId)!;
    h.ages.push(personAge.get(m.personId) ?? 45);
    if (m.relationship === 'self') h.selfId = m.personId;
  }
  for (const p of city.problems) {
    const h = out.get(p.householdId)!;
    h.problems.push({ code: p.categoryCode, personId: p.personId });
    h.codes.set(p.categoryCode, (h.codes.get(p.categoryCode) ?? 0) + 1);
  }
  return out;
}

/**
 * How likely `to` is the agency `from` sends the household to: it must serve the household's district
 * (and, like the intake generator's pull, the children's / employment / elderly desks need the ages),
 * then its kind and how many of the household's recorded problems it covers, more for those `from`
 * does not cover itself.
 */
function destinationWeight(to: AgencyRef, from: AgencyRef, h: HouseholdInfo, allDistricts: number): number {
  if (!to.districts.includes(h.welfare)) return 0;
  if (to.categoryCode === 'children-consultation' && !h.ages.some((a) => a < 20)) return 0;
  if (to.categoryCode === 'employment-support' && !h.ages.some((a) => a >= 18 && a < 70)) return 0;
  if (to.categoryCode === 'community-care-centre' && !h.ages.some((a) => a >= 65)) return 0;
  let fit = 0.1;
  for (const [code, n] of h.codes)
    if (to.fields.includes(code)) fit += n * (from.fields.includes(code) ? 0.4 : 2);
  const local = to.districts.length < allDistricts ? LOCAL_PULL : 1;
  return (CATEGORY_PULL[to.categoryCode] ?? 0.2) * fit * local;
}

const laterOf = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b);
const earlierOf = (a: Date, b: Date) => (a.getTime() <= b.getTime() ? a : b);
const plusDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY);

/** Generates ~40,000 × scale referrals (exactly that many) with their history and live links. */
export function generateReferrals(city: City, refs: CityRefs, options: ReferralOptions): ReferralSet {
  const rng = new Prng((options.seed ^ 0x7e4e_a11e) >>> 0);
  const target = Math.max(1, Math.round(FULL_SCALE.referrals * options.scale));
  const { settings } = options;
  const dayOptions = { yearEndClosure: settings.yearEndClosure };
  const now = new Date(Date.parse(`${options.asOf}T06:00:00+09:00`));
  const agencies = recordingAgencies(refs.agencies);
  const byCode = new Map(refs.agencies.map((a) => [a.code, a]));
  const allDistricts = refs.welfareDistricts.length;
  const infos = householdInfos(city);
  const label = new Map(refs.problemCategories.map((c) => [c.code, c.labelJa]));
  const clerkOf = new Map<string, string>();
  for (const i of city.intakes) if (!clerkOf.has(i.agencyCode)) clerkOf.set(i.agencyCode, i.createdBy);
  const clerk = (code: string) => {
    const known = clerkOf.get(code);
    if (known) return known;
    const id = rng.uuid();
    clerkOf.set(code, id);
    return id;
  };

  // Business days of the recent weeks, and the share of chains that start in them.
  const businessDays = (from: number, to: number) => {
    const out: string[] = [];
    for (let d = from; d <= to; d++) if (isBusinessDay(isoOfDay(d), dayOptions)) out.push(isoOfDay(d));
    return out;
  };
  const asOfDay = dayOf(options.asOf);
  const recentDays = businessDays(asOfDay - RECENT_WEEKS * 7, asOfDay - 1);
  const historical = businessDays(dayOf(INTAKE_WINDOW.from), dayOf(INTAKE_WINDOW.to)).length;
  const recentShare = (recentDays.length * RECENT_GROWTH) / (historical + recentDays.length * RECENT_GROWTH);

  /** `n` business days after `t` at an office hour; 0: later the same day. */
  const after = (t: Date, n: number) =>
    n === 0
      ? new Date(t.getTime() + rng.int(10, 150) * MINUTE)
      : officeTime(addBusinessDays(toIsoDate(t), n, dayOptions), rng.int(0, 480));
  /** When the sweep (every 15 minutes) first runs on a day: just after midnight in Japan. */
  const sweepOn = (iso: string) => new Date(Date.parse(`${iso}T00:00:00+09:00`) + rng.int(1, 15) * MINUTE);
  const dayAfter = (iso: string) => isoOfDay(dayOf(iso) + 1);

  const destination = (h: HouseholdInfo, from: AgencyRef, passed: string[]) => {
    const entries = agencies
      .filter((a) => !passed.includes(a.code))
      .map((a) => [a, destinationWeight(a, from, h, allDistricts)] as const)
      .filter(([, w]) => w > 0);
    return entries.length ? new Weighted(entries).draw(rng) : null;
  };

  const set: ReferralSet = {
    asOf: options.asOf,
    now,
    recentFrom: recentDays[0] ?? options.asOf,
    coordinatorAgencyCode: options.coordinatorAgencyCode,
    referrals: [],
    events: [],
    links: [],
  };

  /** One referral from its sending to `now`; returns it, and the next hop's agency if handed on. */
  const makeReferral = (
    chain: { id: string; startedAt: Date; householdId: string; personId: string | null },
    hop: number,
    parentId: string | null,
    id: string,
    from: AgencyRef,
    to: AgencyRef,
    sentAt: Date,
    reason: string,
    next: AgencyRef | null,
    wantedHandOn: boolean,
  ): { referral: GenReferral; nextId: string | null; nextReason: string | null } => {
    const basis = rng.chance(EMERGENCY_SHARE) ? 'emergency' : 'consent';
    const { acceptDueOn, escalateDueOn } = referralDeadlines(sentAt, settings);
    const bounceAt =
      hop >= BOUNCING_HOPS
        ? new Date(sentAt.getTime() + rng.int(1, 15) * MINUTE)
        : new Date(chain.startedAt.getTime() + BOUNCING_OWNERLESS_DAYS * DAY + rng.int(1, 15) * MINUTE);
    const overdueAt = sweepOn(dayAfter(escalateDueOn));
    const autoAt = earlierOf(bounceAt, overdueAt);
    const autoReason = bounceAt.getTime() <= overdueAt.getTime() ? 'bouncing' : 'overdue';
    const noticeAt = sweepOn(dayAfter(acceptDueOn));

    let action: 'accept' | 'hand_on' | 'escalate' | 'auto' =
      hop >= BOUNCING_HOPS ? 'auto' : next ? 'hand_on' : wantedHandOn ? 'escalate' : FATES.draw(rng);
    const delay =
      action === 'accept'
        ? ACCEPT_DELAY.draw(rng)
        : action === 'hand_on'
          ? HAND_ON_DELAY.draw(rng)
          : ESCALATE_DELAY.draw(rng);
    let at = action === 'auto' ? autoAt : after(sentAt, delay);
    if (at.getTime() >= autoAt.getTime()) {
      action = 'auto';
      at = autoAt;
    }
    const opened = rng.chance(OPENED_SHARE) ? after(sentAt, OPEN_DELAY.draw(rng)) : null;
    const explicitReceive = opened && opened.getTime() < earlierOf(at, now).getTime() ? opened : null;

    const fromClerk = clerk(from.code);
    const toClerk = clerk(to.code);
    const r: GenReferral = {
      id,
      chainId: chain.id,
      parentId,
      hop,
      householdId: chain.householdId,
      personId: chain.personId,
      fromAgencyCode: from.code,
      toAgencyCode: to.code,
      reason,
      basis,
      emergencyReason: basis === 'emergency' ? rng.pick(EMERGENCY_REASONS) : null,
      state: 'sent',
      sentAt,
      chainStartedAt: chain.startedAt,
      acceptDueOn,
      escalateDueOn,
      overdueNotifiedAt: null,
      receivedAt: explicitReceive,
      acceptedAt: null,
      startedAt: null,
      closedAt: null,
      outcome: null,
      outcomeNote: null,
      escalationReason: null,
      escalationNote: null,
      escalatedAutomatically: false,
      nextReferralId: null,
      createdBy: fromClerk,
      version: 1,
    };
    const events: GenReferralEvent[] = [];
    const event = (
      at: Date,
      action: GenReferralEvent['action'],
      fromState: ReferralState | null,
      toState: ReferralState,
      note: string | null = null,
      actor: 'from' | 'to' | 'system' = 'to',
    ) =>
      events.push({
        referralId: id,
        chainId: chain.id,
        at,
        action,
        fromState,
        toState,
        actorUserId: actor === 'system' ? null : actor === 'from' ? fromClerk : toClerk,
        agencyCode: actor === 'system' ? null : actor === 'from' ? from.code : to.code,
        note,
      });
    event(sentAt, 'send', null, 'sent', null, 'from');
    if (explicitReceive) event(explicitReceive, 'receive', 'sent', 'received');
    const waiting: ReferralState = explicitReceive ? 'received' : 'sent';
    let nextId: string | null = null;
    let nextReason: string | null = null;

    if (at.getTime() > now.getTime()) {
      // Nobody has acted yet: still without an owner (overdue once the accept deadline passed).
      r.state = waiting;
      if (noticeAt.getTime() <= now.getTime()) r.overdueNotifiedAt = noticeAt;
    } else {
      if (noticeAt.getTime() < at.getTime()) r.overdueNotifiedAt = noticeAt;
      r.receivedAt = action === 'auto' ? explicitReceive : (explicitReceive ?? at);
      if (action === 'accept') {
        r.state = 'accepted';
        r.acceptedAt = at;
        event(at, 'accept', waiting, 'accepted');
        const startAt = rng.chance(STARTS_SHARE) ? after(at, START_DELAY.draw(rng)) : null;
        const [lo, hi] = startAt ? SUPPORT_DAYS.draw(rng) : SHORT_DAYS;
        const days = rng.int(lo, hi);
        const base = startAt ?? at;
        const completeAt = rng.chance(ONGOING_SHARE)
          ? null
          : laterOf(
              officeTime(
                addBusinessDays(isoOfDay(dayOf(toIsoDate(base)) + days), 0, dayOptions),
                rng.int(0, 480),
              ),
              new Date(base.getTime() + 30 * MINUTE),
            );
        const outcome = OUTCOMES.draw(rng);
        const note = rng.chance(0.25) ? rng.pick(OUTCOME_NOTES) : null;
        if (startAt && startAt.getTime() <= now.getTime()) {
          r.state = 'in_progress';
          r.startedAt = startAt;
          event(startAt, 'start', 'accepted', 'in_progress');
        }
        if (completeAt && completeAt.getTime() <= now.getTime()) {
          event(completeAt, 'complete', r.state, 'completed', note);
          r.state = 'completed';
          r.closedAt = completeAt;
          r.outcome = outcome;
          r.outcomeNote = note;
        }
      } else if (action === 'hand_on') {
        nextId = rng.uuid();
        const problem = problemFor(rng, infos.get(chain.householdId)!, next!);
        nextReason = rng.pick(HAND_ON_REASONS)(label.get(problem?.code ?? '') ?? 'その他');
        r.state = 'handed_on';
        r.closedAt = at;
        r.nextReferralId = nextId;
        event(at, 'hand_on', waiting, 'handed_on', nextReason);
      } else if (action === 'escalate') {
        r.state = 'escalated';
        r.closedAt = at;
        r.escalationReason = wantedHandOn ? 'no_destination' : MANUAL_REASONS.draw(rng);
        r.escalationNote = rng.pick(ESCALATION_NOTES);
        event(at, 'escalate', waiting, 'escalated', r.escalationNote);
      } else {
        r.state = 'escalated';
        r.closedAt = at;
        r.escalationReason = autoReason;
        r.escalatedAutomatically = true;
        event(at, 'auto_escalate', waiting, 'escalated', null, 'system');
      }
    }
    r.version = events.length;
    set.referrals.push(r);
    set.events.push(...events);

    // The receiver's link: from the sending; 14 days for an emergency, 14 days after handing on.
    const withdrawnAt =
      basis === 'consent' && rng.chance(WITHDRAWN_SHARE) ? plusDays(sentAt, rng.int(3, 300)) : null;
    set.links.push({
      id: rng.uuid(),
      householdId: chain.householdId,
      agencyCode: to.code,
      sourceId: id,
      createdBy: fromClerk,
      validFrom: sentAt,
      validUntil:
        r.state === 'handed_on'
          ? plusDays(r.closedAt!, HANDED_ON_LINK_DAYS)
          : basis === 'emergency'
            ? plusDays(sentAt, EMERGENCY_LINK_DAYS)
            : null,
      revokedAt: withdrawnAt && withdrawnAt.getTime() <= now.getTime() ? withdrawnAt : null,
    });
    if (r.state === 'escalated' && options.coordinatorAgencyCode) {
      set.links.push({
        id: rng.uuid(),
        householdId: chain.householdId,
        agencyCode: options.coordinatorAgencyCode,
        sourceId: id,
        createdBy: r.escalatedAutomatically ? null : toClerk,
        validFrom: r.closedAt!,
        validUntil: null,
        revokedAt: null,
      });
    }
    return { referral: r, nextId, nextReason };
  };

  const makeChain = (householdId: string, fromCode: string, sentAt: Date, handOns: number) => {
    const h = infos.get(householdId)!;
    let from = byCode.get(fromCode)!;
    const passed = [from.code];
    const first = destination(h, from, passed);
    if (!first) return;
    let to: AgencyRef = first;
    const problem = problemFor(rng, h, to);
    const chain = {
      id: rng.uuid(),
      startedAt: sentAt,
      householdId,
      personId: problem?.personId ?? h.selfId,
    };
    let reason = rng.pick(REASONS)(label.get(problem?.code ?? '') ?? 'その他');
    let id = chain.id;
    let parentId: string | null = null;
    for (let hop = 0; ; hop++) {
      passed.push(to.code);
      const wantedHandOn = hop < handOns;
      const next: AgencyRef | null = wantedHandOn ? destination(h, to, passed) : null;
      const made = makeReferral(chain, hop, parentId, id, from, to, sentAt, reason, next, wantedHandOn);
      if (!made.nextId || !next) return;
      parentId = id;
      id = made.nextId;
      sentAt = made.referral.closedAt!;
      reason = made.nextReason!;
      from = to;
      to = next;
    }
  };

  let tries = 0;
  while (set.referrals.length < target) {
    if (++tries > target * 20)
      throw new Error('could not place the referrals: no agency fits the households');
    const budget = target - set.referrals.length;
    const handOns = Math.min(HAND_ONS.draw(rng), budget - 1);
    if (rng.chance(recentShare)) {
      const link = rng.pick(city.liveLinks);
      makeChain(
        link.householdId,
        link.agencyCode,
        officeTime(rng.pick(recentDays), rng.int(0, 480)),
        handOns,
      );
    } else {
      const intake = rng.pick(city.intakes);
      const sentAt = rng.chance(0.55) ? after(intake.createdAt, 0) : after(intake.createdAt, rng.int(1, 10));
      makeChain(intake.householdId, intake.agencyCode, sentAt, handOns);
    }
  }
  return set;
}

/** The recorded problem the referral is about: one the receiving agency covers if there is one. */
function problemFor(rng: Prng, h: HouseholdInfo, to: AgencyRef) {
  const covered = h.problems.filter((p) => to.fields.includes(p.code));
  const pool = covered.length ? covered : h.problems;
  return pool.length ? rng.pick(pool) : null;
}

const OPEN_STATES: readonly ReferralState[] = ['sent', 'received', 'accepted', 'in_progress'];
const OWNERLESS: readonly ReferralState[] = ['sent', 'received'];

/** Counts of the referral data set and of one agency's inbox, for the report and the tests. */
export function describeReferrals(set: ReferralSet, agencyCode: string) {
  const byState: Record<string, number> = {};
  for (const r of set.referrals) byState[r.state] = (byState[r.state] ?? 0) + 1;
  const overdue = (r: GenReferral) => OWNERLESS.includes(r.state) && r.acceptDueOn < set.asOf;
  const inbox = (rows: GenReferral[]) => ({
    total: rows.length,
    open: rows.filter((r) => OPEN_STATES.includes(r.state)).length,
    ownerless: rows.filter((r) => OWNERLESS.includes(r.state)).length,
    overdue: rows.filter(overdue).length,
  });
  const escalated = set.referrals.filter((r) => r.state === 'escalated');
  const referralLinks = set.links.filter((l) => l.agencyCode !== set.coordinatorAgencyCode);
  return {
    asOf: set.asOf,
    recentFrom: set.recentFrom,
    referrals: set.referrals.length,
    chains: set.referrals.filter((r) => r.hop === 0).length,
    maxHop: Math.max(0, ...set.referrals.map((r) => r.hop)),
    recent: set.referrals.filter((r) => toIsoDate(r.sentAt) >= set.recentFrom).length,
    byState,
    emergency: set.referrals.filter((r) => r.basis === 'emergency').length,
    escalations: {
      manual: escalated.filter((r) => !r.escalatedAutomatically).length,
      overdue: escalated.filter((r) => r.escalatedAutomatically && r.escalationReason === 'overdue').length,
      bouncing: escalated.filter((r) => r.escalatedAutomatically && r.escalationReason === 'bouncing').length,
    },
    overdue: set.referrals.filter(overdue).length,
    events: set.events.length,
    links: {
      receiver: referralLinks.length,
      timeLimited: referralLinks.filter((l) => l.validUntil).length,
      revoked: referralLinks.filter((l) => l.revokedAt).length,
      coordinator: set.links.length - referralLinks.length,
    },
    incoming: inbox(set.referrals.filter((r) => r.toAgencyCode === agencyCode)),
    outgoing: inbox(set.referrals.filter((r) => r.fromAgencyCode === agencyCode)),
  };
}
