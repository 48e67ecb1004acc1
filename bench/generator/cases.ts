/**
 * Coordinated cases (SPEC M4) over the generated city and its referrals, as the case services, the
 * plan services and the triggers of migration 0022 would have left them on the morning of the
 * referrals' `asOf`. Most cases come from escalated referrals (triaged by the coordinator a few
 * business days after the escalation; the last days' escalations still wait in the queue), the rest
 * are direct requests of an agency that knows the household. Triage makes ~55% coordinated cases and
 * ~45% advice-only ones (closed at once), the ratio of FIGURES.md §1. A coordinated case gets the
 * coordinator desk (全体調整) and 1–5 agencies with roles on its team, 個別調整 contacts (~4 on average),
 * outreach visits for some, an append-only 支援経過記録 (~100,000 × scale entries in all, skewed: a few
 * cases have hundreds), 1–3 plan versions with goals, actions (→ action items) and monitoring dates
 * (done with evaluations, overdue, or to come), and a place on the agenda of case conferences with
 * their attendees, decisions and action items; many are closed with an outcome, a case closed
 * unresolved mostly with its 検証. The demo staff's agency is on the team of ~100 × scale cases.
 * Live links are made exactly as the triggers would: one per team membership (revoked when it ends,
 * which closing the case does) and one for the coordinator desk per case.
 * Deterministic: its own PRNG stream, so the city and the referrals are the same with or without cases.
 */
import type { TenantSettings } from '@tsunagu/contracts/settings';
import { addBusinessDays, toIsoDate } from '@tsunagu/japan';
import { type AgencyRef, type City, type CityRefs, INTAKE_WINDOW, REFERENCE_DATE } from './city';
import { dayOf, isoOfDay, officeTime } from './dates';
import { drawFamilyName, drawGivenName } from './names';
import { apportion, Prng, Weighted } from './prng';
import type { ReferralSet } from './referrals';

/** Full-scale sizes of SPEC §5: 3,000 cases, 100,000 support records. */
export const CASE_SCALE = { cases: 3_000, records: 100_000, staffCases: 100 } as const;

export type CaseKind = 'advice_only' | 'coordinated';
export type CaseStage = 'triage' | 'assessment' | 'planning' | 'monitoring' | 'closed';

export type GenCase = {
  id: string;
  number: number;
  householdId: string;
  personId: string | null;
  source: 'escalation' | 'direct';
  referralId: string | null;
  requestAgencyCode: string | null;
  summary: string;
  receivedOn: string;
  kind: CaseKind | null;
  stage: CaseStage;
  advice: string | null;
  triagedAt: Date | null;
  triagedBy: string | null;
  closedOn: string | null;
  outcome: string | null;
  closureNote: string | null;
  createdBy: string;
  createdAt: Date;
  version: number;
};

export type GenTeamMember = {
  id: string;
  caseId: string;
  agencyCode: string;
  role: 'person_support' | 'partner_support' | 'overall_coordination' | 'advisor' | 'facilitator';
  contactName: string | null;
  addedBy: string;
  addedAt: Date;
  endedAt: Date | null;
};

export type GenContact = {
  id: string;
  caseId: string;
  agencyCode: string;
  contactedOn: string;
  method: 'visit' | 'phone' | 'mail' | 'meeting';
  content: string;
  recordedBy: string;
  recordedAt: Date;
};

export type GenOutreach = {
  id: string;
  caseId: string;
  visitedOn: string;
  beforeConsent: boolean;
  place: string | null;
  summary: string;
  recordedBy: string;
  recordedAt: Date;
};

export type GenRecord = {
  id: string;
  caseId: string;
  occurredOn: string;
  body: string;
  correctsId: string | null;
  authorId: string;
  agencyCode: string | null;
  recordedAt: Date;
};

export type GenReview = {
  id: string;
  caseId: string;
  reviewedOn: string;
  findings: string;
  lessons: string | null;
  reviewerId: string;
  createdAt: Date;
};

export type GenPlan = {
  id: string;
  caseId: string;
  version: number;
  state: 'draft' | 'approved' | 'superseded';
  personWords: string;
  goals: { text: string }[];
  /** The owner agency by code; the loader writes its id into the jsonb. */
  actions: { goalIndex: number; text: string; ownerAgencyCode: string; dueOn: string }[];
  participationSupport: boolean;
  outreach: boolean;
  monitoringDates: string[];
  nextReviewOn: string;
  createdBy: string;
  createdAt: Date;
  approvedBy: string | null;
  approvedAt: Date | null;
};

export type GenMonitoring = {
  id: string;
  caseId: string;
  planId: string;
  dueOn: string;
  doneOn: string | null;
  evaluations:
    | { goalIndex: number; result: 'achieved' | 'partly' | 'not_achieved'; comment: string | null }[]
    | null;
  decision: 'continue' | 'review' | null;
  note: string | null;
  recordedBy: string | null;
  cancelledAt: Date | null;
};

export type GenActionItem = {
  id: string;
  caseId: string;
  meetingId: string | null;
  planId: string | null;
  ownerAgencyCode: string;
  title: string;
  dueOn: string;
  doneAt: Date | null;
  doneBy: string | null;
  cancelledAt: Date | null;
  createdBy: string;
  createdAt: Date;
};

export type GenMeeting = {
  id: string;
  kind: 'case_conference' | 'multi_agency' | 'support_council' | 'advisor';
  state: 'planned' | 'held' | 'closed';
  heldOn: string;
  place: string | null;
  purpose: string;
  minutes: string | null;
  decisions: { caseId: string | null; text: string }[];
  createdBy: string;
  createdAt: Date;
  closedAt: Date | null;
  version: number;
};

export type GenMeetingCase = { meetingId: string; caseId: string; position: number };

export type GenAttendee = {
  id: string;
  meetingId: string;
  agencyCode: string;
  personName: string;
  role: string | null;
  secrecyAcknowledgedAt: Date | null;
  acknowledgementRecordedBy: string | null;
};

/** A live link as the case triggers make it: basis 'case_team', source a team row or the case. */
export type GenCaseLink = {
  id: string;
  householdId: string;
  agencyCode: string;
  sourceType: 'case_team' | 'case';
  sourceId: string;
  createdBy: string;
  validFrom: Date;
  revokedAt: Date | null;
};

/** A staff account the generated rows name (authors, recorders): one clerk per agency. */
export type GenCaseUser = {
  id: string;
  agencyCode: string;
  email: string;
  displayName: string;
  roles: string[];
};

export type CaseSet = {
  asOf: string;
  now: Date;
  deskCode: string;
  staffAgencyCode: string;
  users: GenCaseUser[];
  cases: GenCase[];
  team: GenTeamMember[];
  contacts: GenContact[];
  outreach: GenOutreach[];
  records: GenRecord[];
  reviews: GenReview[];
  plans: GenPlan[];
  monitorings: GenMonitoring[];
  actionItems: GenActionItem[];
  meetings: GenMeeting[];
  meetingCases: GenMeetingCase[];
  attendees: GenAttendee[];
  links: GenCaseLink[];
  /** Escalated referrals a case was made from: triage marks them seen by the coordinator. */
  seen: { referralId: string; at: Date }[];
};

export type CaseOptions = {
  seed: number;
  /** 1 = 3,000 cases and 100,000 support records. */
  scale: number;
  settings: TenantSettings;
  /** The demo staff's agency (hokatsu-kita-chuo), put on the teams of ~100 × scale cases. */
  staffAgencyCode: string;
};

const DAY = 86_400_000;
const MINUTE = 60_000;
const COORDINATED_SHARE = 149 / 277;
/** Escalations triaged at most this share of all cases; the rest are direct requests. */
const ESCALATION_CAP = 0.8;
/** Direct requests made in the 8 weeks before `asOf` (the platform is in use now). */
const RECENT_SHARE = 0.04;
const RECENT_DAYS = 56;
/** Agency kinds that are not on teams (community halls) or only as the coordinator desk. */
const NOT_ON_TEAMS = new Set(['community-centre']);
const ADVISOR_AGENCIES = ['shakyo', 'seinen-koken', 'kikan-sodan', 'mental-health-centre'];
const MAX_RECORDS = 1_000;

const TRIAGE_DELAY = new Weighted<number>([
  [0, 25],
  [1, 35],
  [2, 20],
  [3, 12],
  [5, 8],
]);
/** Days from triage to closure of a coordinated case. */
const CASE_DAYS = new Weighted<readonly [number, number]>([
  [[30, 120], 30],
  [[120, 365], 35],
  [[365, 730], 22],
  [[730, 1500], 13],
]);
const EXTRA_MEMBERS = new Weighted<number>([
  [1, 25],
  [2, 35],
  [3, 24],
  [4, 11],
  [5, 5],
]);
const ROLES = new Weighted<GenTeamMember['role']>([
  ['person_support', 30],
  ['partner_support', 40],
  ['advisor', 22],
  ['facilitator', 8],
]);
const CONTACTS = new Weighted<number>([
  [0, 8],
  [1, 10],
  [2, 13],
  [3, 15],
  [4, 15],
  [5, 12],
  [6, 9],
  [7, 7],
  [8, 5],
  [10, 4],
  [14, 2],
]);
const METHODS = new Weighted<GenContact['method']>([
  ['visit', 35],
  ['phone', 40],
  ['mail', 10],
  ['meeting', 15],
]);
const OUTCOMES = new Weighted<string>([
  ['resolved', 34],
  ['stabilised', 30],
  ['transferred', 14],
  ['ended', 11],
  ['unresolved', 11],
]);
const VERSIONS = new Weighted<number>([
  [1, 60],
  [2, 30],
  [3, 10],
]);
const MEETINGS_PER_CASE = new Weighted<number>([
  [0, 35],
  [1, 40],
  [2, 18],
  [3, 7],
]);
const MEETING_KINDS = new Weighted<GenMeeting['kind']>([
  ['case_conference', 72],
  ['multi_agency', 12],
  ['support_council', 9],
  ['advisor', 7],
]);
const AGENDA_SIZE = new Weighted<number>([
  [1, 45],
  [2, 30],
  [3, 15],
  [4, 10],
]);
const EVALUATIONS = new Weighted<'achieved' | 'partly' | 'not_achieved'>([
  ['achieved', 35],
  ['partly', 45],
  ['not_achieved', 20],
]);

const SUMMARIES: ((problems: string) => string)[] = [
  (p) => `${p}の課題が重なり、一つの機関では支えきれないため推進員に相談。`,
  (p) => `${p}について複数の機関が関わっているが、役割分担ができていない。`,
  (p) => `本人・家族ともに${p}を抱えており、支援の方向性を一緒に考えてほしい。`,
  (p) => `${p}の相談。世帯全体への関わりが必要と判断し、調整を依頼。`,
];
const ADVICE = [
  '担当窓口と必要書類を伝え、相談機関の職員が同行することになった。',
  '既存の制度で対応できるため、利用方法と連絡先を助言した。',
  '関係機関への相談の仕方を助言。必要があれば再度相談するよう伝えた。',
  '成年後見センターへの相談方法と必要書類を伝えた。',
];
const CONTACT_TEXTS = [
  '支援の進み具合を確認し、次回の訪問日程を調整した。',
  '本人の状況を共有し、役割分担を確認した。',
  '制度の利用について可否を相談した。',
  '家族の意向を伝え、支援方針をすり合わせた。',
  '同行訪問の日程を調整した。',
];
const PLACES = ['自宅', '自宅前', '近所の公園', '公民館', '病院', null];
const OUTREACH_TEXTS = [
  '訪問したが不在。手紙を置いた。',
  '玄関先で短時間話せた。体調は変わりないとのこと。',
  '本人と面会。次回の訪問を了承した。',
  '家族と話した。本人はまだ会うことを望んでいない。',
];
/** Sentences of 支援経過記録 entries: an entry is 1–5 of them (40–250 characters). */
const RECORD_SENTENCES = [
  '自宅を訪問し、本人と面談した。',
  '本人から電話があり、最近の様子を聞いた。',
  '食事は一日二回とれているとのこと。',
  '母の通院に同行し、主治医から病状の説明を受けた。',
  '家計の状況を確認し、滞納している公共料金の分納について相談した。',
  '長男は部屋から出てこなかったが、ドア越しに声をかけると返事があった。',
  'ケアマネジャーと連絡を取り、サービスの利用状況を確認した。',
  '生活保護の申請について、福祉事務所の担当者と協議した。',
  '本人は「もう少し様子を見たい」と話し、次回の訪問を約束した。',
  '近隣住民から、夜間に大きな声が聞こえるとの情報提供があった。',
  '民生委員と情報を共有し、見守りを依頼した。',
  '就労について本人の希望を聞き、生涯かつやく支援センターの利用を提案した。',
  '部屋の片付けについて、本人の了承を得てボランティアセンターに相談した。',
  '体調がすぐれない様子のため、受診を勧めた。',
  '支援会議での役割分担に沿って、各機関の対応状況を確認した。',
  '本人と家族の間で意見の食い違いがあり、双方の話を聞いた。',
  '家賃の支払いが滞っており、住居確保給付金の手続きを支援した。',
  '通所先での様子を確認したところ、休まず通えているとのこと。',
];
const CORRECTION = '（訂正）先の記録の日付と内容に誤りがあったため、次のとおり訂正する。';
const PERSON_WORDS = [
  '「この家で家族と暮らし続けたい」',
  '「人に迷惑をかけずに暮らしたい」',
  '「少しずつでも働けるようになりたい」',
  '「借金を片付けて落ち着いて暮らしたい」',
  '「息子が外に出られるようになってほしい」',
];
const GOALS = [
  '介護サービスを使い始める',
  '月に一度は支援者と話す',
  '家計の見直しをして滞納を解消する',
  '通いの場に参加する',
  '受診を継続する',
  '就労体験に参加する',
  '住まいを確保する',
];
const ACTIONS = [
  '訪問して本人と関係をつくる',
  '制度の申請を支援する',
  '家計改善の面談を行う',
  '通いの場への同行',
  '受診に同行する',
  '就労体験先との調整',
];
const MINUTES = [
  '各機関の関わりの状況を共有し、当面の役割分担を確認した。',
  '本人の意向を踏まえ、支援計画の見直しを検討した。',
  '家族への支援を強化することとし、担当機関を決めた。',
];
const REVIEW_TEXTS = [
  '本人との関係づくりに時間がかかり、支援が届く前に転居した。',
  '関係機関の役割分担が曖昧で、対応が遅れた。',
  '家族の同意が得られず、支援に入れなかった。',
];
const LESSONS = ['早い段階で支援会議を開き、役割を明確にする。', '初回訪問に複数の機関で同行する。', null];
const CLOSURE_NOTES: Record<string, string> = {
  resolved: '課題が解決し、各機関の通常の支援に移行した。',
  stabilised: '生活が安定したため、地域の見守りに移行した。',
  transferred: '障害福祉サービスの計画相談に移行した。',
  ended: '本人の転居により終結。',
  unresolved: '本人の拒否が強く、支援に至らないまま連絡が途絶えた。',
};

const plusDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY);
/** A time clipped to before the case closed (or before `now` while it is open). */
const before = (d: { closedAt: Date | null; now: Date }, at: Date) =>
  new Date(Math.min(at.getTime(), (d.closedAt ?? d.now).getTime() - MINUTE));
const laterOf = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b);

/** What the generator needs to know of a household. */
type HouseholdInfo = {
  welfare: string;
  selfId: string | null;
  memberIds: string[];
  elderly: boolean;
  problems: Map<string, number>;
  /** Agencies with a link to the household (intake or referral), by code. */
  known: Set<string>;
};

function householdInfos(city: City, referrals: ReferralSet): Map<string, HouseholdInfo> {
  const aged65 = `${Number(REFERENCE_DATE.slice(0, 4)) - 65}${REFERENCE_DATE.slice(4)}`;
  const elderly = new Set(city.persons.filter((p) => p.birthDate && p.birthDate <= aged65).map((p) => p.id));
  const out = new Map<string, HouseholdInfo>();
  for (const h of city.households)
    out.set(h.id, {
      welfare: h.welfareDistrictCode,
      selfId: null,
      memberIds: [],
      elderly: false,
      problems: new Map(),
      known: new Set(),
    });
  for (const m of city.members) {
    const h = out.get(m.householdId)!;
    h.memberIds.push(m.personId);
    if (m.relationship === 'self') h.selfId = m.personId;
    if (elderly.has(m.personId)) h.elderly = true;
  }
  for (const p of city.problems) {
    const h = out.get(p.householdId)!;
    h.problems.set(p.categoryCode, (h.problems.get(p.categoryCode) ?? 0) + 1);
  }
  for (const l of city.liveLinks) out.get(l.householdId)!.known.add(l.agencyCode);
  for (const l of referrals.links)
    if (l.agencyCode !== referrals.coordinatorAgencyCode) out.get(l.householdId)!.known.add(l.agencyCode);
  return out;
}

/** A case before its work is generated: who, when, and what triage made of it. */
type Draft = {
  c: GenCase;
  info: HouseholdInfo;
  /** Day numbers: triage, and the last day anything happens (closure or the day before `asOf`). */
  triageDay: number;
  lastDay: number;
  closedAt: Date | null;
  now: Date;
};

/** Generates exactly 3,000 × scale cases with everything the case page shows. */
export function generateCases(
  city: City,
  refs: CityRefs,
  referrals: ReferralSet,
  options: CaseOptions,
): CaseSet {
  const rng = new Prng((options.seed ^ 0x0ca5_e5ee) >>> 0);
  const deskCode = referrals.coordinatorAgencyCode;
  if (!deskCode) throw new Error('cases need the coordinator desk (tenant setting coordinatorAgencyId)');
  const target = Math.max(1, Math.round(CASE_SCALE.cases * options.scale));
  const recordTarget = Math.round(CASE_SCALE.records * options.scale);
  const staffTarget = Math.max(1, Math.round(CASE_SCALE.staffCases * options.scale));
  const dayOptions = { yearEndClosure: options.settings.yearEndClosure };
  const now = referrals.now;
  const asOfDay = dayOf(referrals.asOf);
  /** The last day anything has happened: yesterday (at 06:00 nobody has worked yet today). */
  const yesterday = asOfDay - 1;
  const infos = householdInfos(city, referrals);
  const byCode = new Map(refs.agencies.map((a) => [a.code, a]));
  const label = new Map(refs.problemCategories.map((c) => [c.code, c.labelJa]));
  const teamAgencies = refs.agencies
    .filter(
      (a) => !NOT_ON_TEAMS.has(a.categoryCode) && a.code !== deskCode && a.code !== options.staffAgencyCode,
    )
    .sort((a, b) => a.code.localeCompare(b.code));

  /** The next business day on or after `day`, as a day number. */
  const business = (day: number) => dayOf(addBusinessDays(isoOfDay(day), 0, dayOptions));
  /** An office-hours time on the business day on or after `day`. */
  const timeOn = (day: number) => officeTime(isoOfDay(business(day)), rng.int(0, 480));
  const dayBetween = (from: number, to: number) => business(rng.int(from, Math.max(from, to)));

  // Clerks: one account per agency (the intake generator's clerk where it has one), plus the desk's.
  const clerkOf = new Map<string, string>();
  for (const i of city.intakes) if (!clerkOf.has(i.agencyCode)) clerkOf.set(i.agencyCode, i.createdBy);
  const users = new Map<string, GenCaseUser>();
  const contactNames = new Map<string, string>();
  const clerk = (code: string) => {
    const known = users.get(code);
    if (known) return known.id;
    const id = clerkOf.get(code) ?? rng.uuid();
    const sex = rng.chance(0.6) ? 'female' : 'male';
    const family = drawFamilyName(rng).kanji;
    const given = drawGivenName(rng, sex, rng.int(1965, 1998)).kanji;
    users.set(code, {
      id,
      agencyCode: code,
      email: `clerk.${code}@bench.example`,
      displayName: `${family} ${given}`,
      roles: code === deskCode ? ['coordinator'] : ['agency_staff'],
    });
    contactNames.set(code, `${family} ${given}`);
    return id;
  };
  /** The name of the agency's clerk (a team's contact person, a meeting's attendee). */
  const nameOf = (code: string) => {
    clerk(code);
    return contactNames.get(code)!;
  };
  const desk = clerk(deskCode);

  const set: CaseSet = {
    asOf: referrals.asOf,
    now,
    deskCode,
    staffAgencyCode: options.staffAgencyCode,
    users: [],
    cases: [],
    team: [],
    contacts: [],
    outreach: [],
    records: [],
    reviews: [],
    plans: [],
    monitorings: [],
    actionItems: [],
    meetings: [],
    meetingCases: [],
    attendees: [],
    links: [],
    seen: [],
  };

  const problemText = (h: HouseholdInfo) => {
    const codes = [...h.problems.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const names = codes.slice(0, 3).map(([code]) => label.get(code) ?? code);
    return names.length ? names.join('・') : '生活全般';
  };
  const newCase = (
    fields: Pick<
      GenCase,
      'householdId' | 'personId' | 'source' | 'referralId' | 'requestAgencyCode' | 'summary'
    > & {
      receivedDay: number;
      createdAt: Date;
      createdBy: string;
    },
  ): GenCase => ({
    id: rng.uuid(),
    number: 0,
    householdId: fields.householdId,
    personId: fields.personId,
    source: fields.source,
    referralId: fields.referralId,
    requestAgencyCode: fields.requestAgencyCode,
    summary: fields.summary,
    receivedOn: isoOfDay(fields.receivedDay),
    kind: null,
    stage: 'triage',
    advice: null,
    triagedAt: null,
    triagedBy: null,
    closedOn: null,
    outcome: null,
    closureNote: null,
    createdBy: fields.createdBy,
    createdAt: fields.createdAt,
    version: 1,
  });

  // 1. Escalated referrals triaged into cases (a case is opened at triage), the newest still waiting.
  const drafts: { c: GenCase; triageAt: Date | null }[] = [];
  const escalated = referrals.referrals.filter((r) => r.state === 'escalated' && r.closedAt);
  const triaged: { r: (typeof escalated)[number]; at: Date }[] = [];
  for (const r of escalated) {
    const day = dayOf(toIsoDate(r.closedAt!));
    const at = laterOf(
      officeTime(addBusinessDays(isoOfDay(day), TRIAGE_DELAY.draw(rng), dayOptions), rng.int(0, 480)),
      new Date(r.closedAt!.getTime() + 20 * MINUTE),
    );
    if (at.getTime() < now.getTime()) triaged.push({ r, at });
  }
  const escalationCount = Math.min(triaged.length, Math.floor(target * ESCALATION_CAP));
  const chosen = rng.shuffle(triaged.slice()).slice(0, escalationCount);
  chosen.sort((a, b) => a.at.getTime() - b.at.getTime() || a.r.id.localeCompare(b.r.id));
  for (const { r, at } of chosen) {
    const summary = [r.reason, r.escalationNote].filter((s) => s?.trim()).join('\n\n');
    const c = newCase({
      householdId: r.householdId,
      personId: r.personId,
      source: 'escalation',
      referralId: r.id,
      requestAgencyCode: r.toAgencyCode,
      summary,
      receivedDay: dayOf(toIsoDate(r.closedAt!)),
      createdAt: at,
      createdBy: desk,
    });
    drafts.push({ c, triageAt: at });
    set.seen.push({ referralId: r.id, at });
  }

  // 2. Direct requests by an agency that knows the household: after one of its intakes, or lately.
  const recentFrom = asOfDay - RECENT_DAYS;
  const windowTo = dayOf(INTAKE_WINDOW.to);
  while (drafts.length < target) {
    let householdId: string;
    let agencyCode: string;
    let day: number;
    if (rng.chance(RECENT_SHARE)) {
      const link = rng.pick(city.liveLinks);
      householdId = link.householdId;
      agencyCode = link.agencyCode;
      day = business(rng.int(recentFrom, yesterday));
      if (day > yesterday) continue;
    } else {
      const intake = rng.pick(city.intakes);
      householdId = intake.householdId;
      agencyCode = intake.agencyCode;
      day = business(Math.min(dayOf(intake.receivedOn) + rng.int(0, 60), windowTo));
      if (day > yesterday) continue;
    }
    const info = infos.get(householdId)!;
    const createdAt = officeTime(isoOfDay(day), rng.int(0, 480));
    const c = newCase({
      householdId,
      personId: info.selfId ?? info.memberIds[0] ?? null,
      source: 'direct',
      referralId: null,
      requestAgencyCode: agencyCode,
      summary: rng.pick(SUMMARIES)(problemText(info)),
      receivedDay: day,
      createdAt,
      createdBy: clerk(agencyCode),
    });
    const triageAt = officeTime(
      addBusinessDays(isoOfDay(day), TRIAGE_DELAY.draw(rng), dayOptions),
      rng.int(0, 480),
    );
    const at = laterOf(triageAt, new Date(createdAt.getTime() + 30 * MINUTE));
    drafts.push({ c, triageAt: at.getTime() < now.getTime() ? at : null });
  }

  // Numbers in the order the cases were made, as the sequence would have given them.
  drafts.sort((a, b) => a.c.createdAt.getTime() - b.c.createdAt.getTime() || a.c.id.localeCompare(b.c.id));
  drafts.forEach((d, i) => {
    d.c.number = i + 1;
  });

  // 3. Triage: advice only (closed at once) or coordinated; each case opens the household to the desk.
  const coordinated: Draft[] = [];
  for (const { c, triageAt } of drafts) {
    set.cases.push(c);
    set.links.push({
      id: rng.uuid(),
      householdId: c.householdId,
      agencyCode: deskCode,
      sourceType: 'case',
      sourceId: c.id,
      createdBy: c.createdBy,
      validFrom: c.createdAt,
      revokedAt: null,
    });
    if (!triageAt) continue;
    c.triagedAt = triageAt;
    c.triagedBy = desk;
    c.version = 2;
    if (!rng.chance(COORDINATED_SHARE)) {
      c.kind = 'advice_only';
      c.stage = 'closed';
      c.advice = rng.pick(ADVICE);
      c.closedOn = toIsoDate(triageAt);
      continue;
    }
    c.kind = 'coordinated';
    c.stage = 'assessment';
    const triageDay = dayOf(toIsoDate(triageAt));
    const [lo, hi] = CASE_DAYS.draw(rng);
    const closeDay = business(triageDay + rng.int(lo, hi));
    const closedAt = closeDay <= yesterday ? timeOn(closeDay) : null;
    coordinated.push({
      c,
      info: infos.get(c.householdId)!,
      triageDay,
      lastDay: closedAt ? closeDay : yesterday,
      closedAt,
      now,
    });
  }

  // The staff's agency: on the teams of ~100 × scale cases of its district, the elderly and the
  // households it knows first; two of its open cases are long ones with a heavy record.
  const staffAgency = byCode.get(options.staffAgencyCode);
  const staffWeight = (d: Draft) => {
    if (!staffAgency?.districts.includes(d.info.welfare)) return 0.001;
    if (d.c.requestAgencyCode === options.staffAgencyCode) return 50;
    return (d.info.known.has(options.staffAgencyCode) ? 6 : 1) * (d.info.elderly ? 3 : 1);
  };
  const staffCases = new Set(
    drawByWeight(rng, coordinated, staffWeight, Math.min(staffTarget, coordinated.length)),
  );

  const teams = new Map<Draft, GenTeamMember[]>();
  for (const d of coordinated) {
    const team = makeTeam(d, staffCases.has(d));
    teams.set(d, team);
  }

  function makeTeam(d: Draft, withStaff: boolean): GenTeamMember[] {
    const { c } = d;
    const members: GenTeamMember[] = [
      {
        id: rng.uuid(),
        caseId: c.id,
        agencyCode: deskCode!,
        role: 'overall_coordination',
        contactName: nameOf(deskCode!),
        addedBy: desk,
        addedAt: c.triagedAt!,
        endedAt: null,
      },
    ];
    const extra = EXTRA_MEMBERS.draw(rng);
    const picked: AgencyRef[] = [];
    if (withStaff && staffAgency) picked.push(staffAgency);
    else if (
      c.requestAgencyCode &&
      byCode.has(c.requestAgencyCode) &&
      c.requestAgencyCode !== deskCode &&
      c.requestAgencyCode !== options.staffAgencyCode
    )
      picked.push(byCode.get(c.requestAgencyCode)!);
    const weight = (a: AgencyRef) => {
      if (picked.includes(a)) return 0;
      if (!a.districts.includes(d.info.welfare)) return 0;
      let fit = 0.3;
      for (const [code, n] of d.info.problems) if (a.fields.includes(code)) fit += Math.min(n, 3);
      return (
        fit *
        (d.info.known.has(a.code) ? 4 : 1) *
        (a.districts.length < refs.welfareDistricts.length ? 1.5 : 1)
      );
    };
    while (picked.length < extra) {
      const entries = teamAgencies.map((a) => [a, weight(a)] as const).filter(([, w]) => w > 0);
      if (!entries.length) break;
      picked.push(new Weighted(entries).draw(rng));
    }
    picked.forEach((a, i) => {
      const addedDay = i === 0 ? d.triageDay : d.triageDay + rng.int(0, 28);
      if (addedDay > d.lastDay) return;
      const addedAt = i === 0 ? new Date(c.triagedAt!.getTime() + rng.int(5, 60) * MINUTE) : timeOn(addedDay);
      if (addedAt.getTime() >= (d.closedAt ?? now).getTime()) return;
      const role: GenTeamMember['role'] =
        i === 0 ? 'person_support' : ADVISOR_AGENCIES.includes(a.code) ? 'advisor' : ROLES.draw(rng);
      const staff = a.code === options.staffAgencyCode;
      // Some agencies leave the team before the case ends (never the staff's: it reads its cases).
      const leaves = !staff && i > 0 && rng.chance(0.08);
      const leftDay = leaves ? business(addedDay + rng.int(30, 240)) : Number.POSITIVE_INFINITY;
      members.push({
        id: rng.uuid(),
        caseId: c.id,
        agencyCode: a.code,
        role,
        contactName: rng.chance(0.8) ? nameOf(a.code) : null,
        addedBy: desk,
        addedAt,
        endedAt: leftDay < d.lastDay ? timeOn(leftDay) : null,
      });
    });
    return members;
  }

  // 4. Support records: ~100,000 × scale over the coordinated cases, by how long each ran and how
  // intense it was (log-normal); capped at 1,000 a case. Two of the staff's open cases run heavy.
  const openStaff = coordinated
    .filter((d) => staffCases.has(d) && !d.closedAt)
    .sort((a, b) => a.triageDay - b.triageDay);
  const heavy = new Set(openStaff.slice(0, 2));
  const weights = coordinated.map((d) => {
    const months = Math.max(0.3, (d.lastDay - d.triageDay) / 30);
    const intensity = Math.exp(0.9 * gaussian(rng));
    return months ** 0.7 * intensity * (heavy.has(d) ? 12 : 1);
  });
  const counts = capped(apportion(weights, recordTarget), MAX_RECORDS);

  coordinated.forEach((d, i) => {
    const team = teams.get(d)!;
    set.team.push(...team);
    for (const m of team)
      set.links.push({
        id: rng.uuid(),
        householdId: d.c.householdId,
        agencyCode: m.agencyCode,
        sourceType: 'case_team',
        sourceId: m.id,
        createdBy: m.addedBy,
        validFrom: m.addedAt,
        revokedAt: null,
      });
    work(d, team, counts[i]!);
  });

  function work(d: Draft, team: GenTeamMember[], recordCount: number) {
    const { c } = d;
    const agencies = team.map((m) => m.agencyCode);
    const others = agencies.filter((a) => a !== deskCode);
    const authorsOf = others.length ? others : agencies;

    // 個別調整 by the coordinator with the team's agencies.
    const contacts = CONTACTS.draw(rng);
    for (let k = 0; k < contacts; k++) {
      const day = dayBetween(d.triageDay, d.lastDay);
      if (day > d.lastDay) continue;
      const at = laterOf(timeOn(day), c.triagedAt!);
      if (at.getTime() >= (d.closedAt ?? now).getTime()) continue;
      set.contacts.push({
        id: rng.uuid(),
        caseId: c.id,
        agencyCode: rng.pick(authorsOf),
        contactedOn: isoOfDay(day),
        method: METHODS.draw(rng),
        content: rng.pick(CONTACT_TEXTS),
        recordedBy: desk,
        recordedAt: at,
      });
    }

    // Outreach for a third: the first visits before the person has consented.
    if (rng.chance(0.35)) {
      const visits = rng.int(1, 4);
      const untilDay = Math.min(d.lastDay, d.triageDay + 150);
      for (let k = 0; k < visits; k++) {
        const day = dayBetween(d.triageDay, untilDay);
        if (day > d.lastDay) continue;
        const who = rng.chance(0.5) ? deskCode! : rng.pick(authorsOf);
        set.outreach.push({
          id: rng.uuid(),
          caseId: c.id,
          visitedOn: isoOfDay(day),
          beforeConsent: k < 2 && rng.chance(0.6),
          place: rng.pick(PLACES),
          summary: rng.pick(OUTREACH_TEXTS),
          recordedBy: clerk(who),
          recordedAt: before(d, laterOf(timeOn(day), c.triagedAt!)),
        });
      }
    }

    // 支援経過記録: entries spread over the case's life; ~2% correct an earlier one.
    const days = Array.from({ length: recordCount }, () => rng.int(d.triageDay, d.lastDay)).sort(
      (a, b) => a - b,
    );
    const written: GenRecord[] = [];
    for (const day of days) {
      const who = rng.chance(0.25) ? deskCode! : rng.pick(authorsOf);
      const corrects = written.length > 3 && rng.chance(0.02) ? rng.pick(written) : null;
      const sentences = rng.int(1, 5);
      const body = Array.from({ length: sentences }, () => rng.pick(RECORD_SENTENCES)).join('');
      const recordedAt = before(d, laterOf(officeTime(isoOfDay(day), rng.int(0, 600)), c.triagedAt!));
      const r: GenRecord = {
        id: rng.uuid(),
        caseId: c.id,
        occurredOn: isoOfDay(day),
        body: corrects ? `${CORRECTION}${body}` : body,
        correctsId: corrects?.id ?? null,
        authorId: clerk(who),
        agencyCode: who,
        recordedAt,
      };
      written.push(r);
    }
    set.records.push(...written);

    // Support plans: versions drafted and approved; each approval schedules its monitoring dates
    // (cancelling the open ones of the version before) and puts its actions in the owners' lists.
    const versions = d.lastDay - d.triageDay < 150 ? 1 : VERSIONS.draw(rng);
    let draftDay = business(d.triageDay + rng.int(14, 60));
    let previous: { plan: GenPlan; monitorings: GenMonitoring[]; items: GenActionItem[] } | null = null;
    let reviewPending = false;
    let lastPlan: GenPlan | null = null;
    const caseMonitorings: GenMonitoring[] = [];
    const planItems: GenActionItem[] = [];
    for (let v = 1; v <= versions && draftDay <= d.lastDay; v++) {
      const goals = Array.from({ length: rng.int(1, 4) }, () => ({ text: rng.pick(GOALS) }));
      const approveDay = business(draftDay + rng.int(0, 14));
      const approved = approveDay <= d.lastDay;
      const createdAt = timeOn(draftDay);
      const approvedAt = approved
        ? laterOf(timeOn(approveDay), new Date(createdAt.getTime() + 30 * MINUTE))
        : null;
      if (approvedAt && approvedAt.getTime() >= (d.closedAt ?? now).getTime()) break;
      // Monitoring every 1–3 months after approval (closing the case cancels those still open).
      const dates: number[] = [];
      let at = approveDay;
      for (let k = rng.int(1, 4); k > 0; k--) {
        at = business(at + rng.int(30, 90));
        dates.push(at);
      }
      const actions = goals.flatMap((_, goalIndex) =>
        Array.from({ length: rng.int(1, 2) }, () => ({
          goalIndex,
          text: rng.pick(ACTIONS),
          ownerAgencyCode: rng.pick(agencies),
          dueOn: isoOfDay(business(approveDay + rng.int(14, 150))),
        })),
      );
      const plan: GenPlan = {
        id: rng.uuid(),
        caseId: c.id,
        version: v,
        state: approved ? 'approved' : 'draft',
        personWords: rng.pick(PERSON_WORDS),
        goals,
        actions,
        participationSupport: rng.chance(0.4),
        outreach: rng.chance(0.35),
        monitoringDates: dates.map(isoOfDay),
        nextReviewOn: isoOfDay(business(approveDay + rng.int(150, 365))),
        createdBy: rng.chance(0.6) ? desk : clerk(rng.pick(authorsOf)),
        createdAt,
        approvedBy: approved ? desk : null,
        approvedAt,
      };
      set.plans.push(plan);
      lastPlan = plan;
      c.version += v === 1 ? 1 : 0; // the first draft moves the case to planning (trigger)
      if (!approvedAt) break;
      c.version += 1; // approval: monitoring
      if (previous) {
        previous.plan.state = 'superseded';
        for (const m of previous.monitorings) if (!m.doneOn && !m.cancelledAt) m.cancelledAt = approvedAt;
        for (const t of previous.items)
          if (!t.cancelledAt && (!t.doneAt || t.doneAt.getTime() > approvedAt.getTime())) {
            t.doneAt = null;
            t.doneBy = null;
            t.cancelledAt = approvedAt;
          }
      }
      const items = actions.map((a) =>
        actionItem(c.id, null, plan.id, a.ownerAgencyCode, a.text, dayOf(a.dueOn), approvedAt, d),
      );
      set.actionItems.push(...items);
      planItems.push(...items);
      // Monitorings: the past ones done (a few overdue); for a version that is not the last, the
      // review (再検討) at one of them reopens planning and the next version is drafted after it.
      const last = v === versions;
      const reviewAt = last ? -1 : rng.int(0, dates.length - 1);
      const monitorings: GenMonitoring[] = [];
      reviewPending = false;
      for (const [k, due] of dates.entries()) {
        const m: GenMonitoring = {
          id: rng.uuid(),
          caseId: c.id,
          planId: plan.id,
          dueOn: isoOfDay(due),
          doneOn: null,
          evaluations: null,
          decision: null,
          note: null,
          recordedBy: null,
          cancelledAt: null,
        };
        monitorings.push(m);
        if (k > reviewAt && reviewAt >= 0) continue; // after the review: cancelled by the next approval
        const doneDay = due + rng.int(0, 7);
        if (doneDay > d.lastDay || (k !== reviewAt && rng.chance(0.08))) continue;
        m.doneOn = isoOfDay(doneDay);
        m.evaluations = goals.map((_, goalIndex) => ({
          goalIndex,
          result: EVALUATIONS.draw(rng),
          comment: rng.chance(0.3) ? '本人の意欲が出てきている。' : null,
        }));
        m.decision = k === reviewAt ? 'review' : 'continue';
        m.note = rng.chance(0.3) ? '次回までに関係機関の対応状況を確認する。' : null;
        m.recordedBy = desk;
        if (k === reviewAt) {
          reviewPending = true;
          c.version += 1;
          draftDay = business(doneDay + rng.int(0, 10));
        }
      }
      set.monitorings.push(...monitorings);
      caseMonitorings.push(...monitorings);
      previous = { plan, monitorings, items };
      if (!reviewPending) break; // the last version, or its review has not come yet
    }
    if (!d.closedAt) {
      c.stage = !lastPlan
        ? 'assessment'
        : lastPlan.state === 'draft' || reviewPending
          ? 'planning'
          : 'monitoring';
      return;
    }
    c.stage = 'closed';
    c.version += 1;
    c.closedOn = isoOfDay(d.lastDay);
    c.outcome = OUTCOMES.draw(rng);
    c.closureNote = CLOSURE_NOTES[c.outcome]!;
    // Closing ends every membership (trigger case_desk_link) and so the team's links.
    for (const m of team) if (!m.endedAt) m.endedAt = d.closedAt;
    // The plan ends with the case: its open monitorings and plan actions are cancelled.
    const closedAt = d.closedAt;
    for (const m of caseMonitorings) if (!m.doneOn && !m.cancelledAt) m.cancelledAt = closedAt;
    for (const t of planItems)
      if (!t.cancelledAt && (!t.doneAt || t.doneAt.getTime() > closedAt.getTime())) {
        t.doneAt = null;
        t.doneBy = null;
        t.cancelledAt = closedAt;
      }
    if (c.outcome === 'unresolved' && rng.chance(0.8)) {
      const day = business(d.lastDay + rng.int(7, 60));
      if (day <= yesterday)
        set.reviews.push({
          id: rng.uuid(),
          caseId: c.id,
          reviewedOn: isoOfDay(day),
          findings: rng.pick(REVIEW_TEXTS),
          lessons: rng.pick(LESSONS),
          reviewerId: desk,
          createdAt: timeOn(day),
        });
    }
  }

  /** An action item, done (by its owner, around its due date) if that has happened. */
  function actionItem(
    caseId: string,
    meetingId: string | null,
    planId: string | null,
    owner: string,
    title: string,
    dueDay: number,
    createdAt: Date,
    d: Draft,
  ): GenActionItem {
    const doneDay = business(dueDay + rng.int(-20, 10));
    const doneAt =
      doneDay <= d.lastDay && rng.chance(0.85) ? laterOf(timeOn(doneDay), plusDays(createdAt, 0.01)) : null;
    const done = doneAt && doneAt.getTime() < now.getTime() ? doneAt : null;
    return {
      id: rng.uuid(),
      caseId,
      meetingId,
      planId,
      ownerAgencyCode: owner,
      title,
      dueOn: isoOfDay(dueDay),
      doneAt: done,
      doneBy: done ? clerk(owner) : null,
      cancelledAt: null,
      createdBy: desk,
      createdAt,
    };
  }

  // Team links end with the memberships (set above, closing included).
  const linkOf = new Map(set.links.filter((l) => l.sourceType === 'case_team').map((l) => [l.sourceId, l]));
  for (const m of set.team) if (m.endedAt) linkOf.get(m.id)!.revokedAt = m.endedAt;

  // 5. Meetings: each coordinated case on 0–3 agendas; cases of the same kind of meeting within a
  // week are discussed together (1–4 a meeting). Attendees: the desk and the agenda cases' teams.
  const slots: { d: Draft; kind: GenMeeting['kind']; day: number }[] = [];
  for (const d of coordinated) {
    const n = MEETINGS_PER_CASE.draw(rng);
    const until = d.closedAt ? d.lastDay : yesterday + 30;
    for (let k = 0; k < n; k++) {
      const day = dayBetween(d.triageDay + 7, until);
      if (day > until) continue;
      slots.push({ d, kind: MEETING_KINDS.draw(rng), day });
    }
  }
  slots.sort((a, b) => a.kind.localeCompare(b.kind) || a.day - b.day || a.d.c.number - b.d.c.number);
  for (let i = 0; i < slots.length; ) {
    const first = slots[i]!;
    const size = AGENDA_SIZE.draw(rng);
    const agenda = [first];
    let j = i + 1;
    while (
      j < slots.length &&
      agenda.length < size &&
      slots[j]!.kind === first.kind &&
      slots[j]!.day <= first.day + 6
    ) {
      if (!agenda.some((s) => s.d === slots[j]!.d)) agenda.push(slots[j]!);
      j++;
    }
    i = j;
    meeting(
      first.kind,
      first.day,
      agenda.map((s) => s.d),
    );
  }

  function meeting(kind: GenMeeting['kind'], day: number, agenda: Draft[]) {
    const heldAt = timeOn(day);
    const state: GenMeeting['state'] = day > yesterday ? 'planned' : day > yesterday - 14 ? 'held' : 'closed';
    const closedAt = state === 'closed' ? timeOn(day + rng.int(1, 10)) : null;
    const m: GenMeeting = {
      id: rng.uuid(),
      kind,
      state,
      heldOn: isoOfDay(day),
      place: rng.pick(['北区役所 会議室', '保健福祉会館 会議室', '市役所本庁舎 会議室', 'オンライン', null]),
      purpose: kind === 'advisor' ? '支援方針についての助言' : '役割分担と支援計画の確認',
      minutes: state === 'planned' ? null : rng.pick(MINUTES),
      decisions:
        state === 'planned'
          ? []
          : agenda.map((d) => ({
              caseId: d.c.id,
              text: '各機関の役割を確認し、次回まで現在の支援を継続する。',
            })),
      createdBy: desk,
      createdAt: timeOn(Math.min(yesterday, Math.max(agenda[0]!.triageDay, day - rng.int(7, 21)))),
      closedAt: closedAt && closedAt.getTime() < now.getTime() ? closedAt : null,
      version: state === 'planned' ? 1 : state === 'held' ? 2 : 3,
    };
    if (m.state === 'closed' && !m.closedAt) {
      m.state = 'held';
      m.version = 2;
    }
    set.meetings.push(m);
    agenda.forEach((d, position) => {
      set.meetingCases.push({ meetingId: m.id, caseId: d.c.id, position });
    });
    const attending = new Map<string, string | null>([[deskCode!, '司会']]);
    for (const d of agenda)
      for (const t of teams.get(d)!) {
        const on =
          t.addedAt.getTime() <= heldAt.getTime() && (!t.endedAt || t.endedAt.getTime() > heldAt.getTime());
        if (on && !attending.has(t.agencyCode)) attending.set(t.agencyCode, null);
      }
    if (kind === 'advisor' && !attending.has('shakyo') && byCode.has('shakyo'))
      attending.set('shakyo', 'アドバイザー');
    const acknowledged = kind === 'support_council' && state !== 'planned';
    for (const [code, role] of attending)
      set.attendees.push({
        id: rng.uuid(),
        meetingId: m.id,
        agencyCode: code,
        personName: nameOf(code),
        role,
        secrecyAcknowledgedAt: acknowledged ? heldAt : null,
        acknowledgementRecordedBy: acknowledged ? desk : null,
      });
    if (state === 'planned') return;
    for (const d of agenda) {
      const owners = teams
        .get(d)!
        .filter((t) => attending.has(t.agencyCode))
        .map((t) => t.agencyCode);
      const n = rng.int(0, 2);
      for (let k = 0; k < n && owners.length; k++)
        set.actionItems.push(
          actionItem(
            d.c.id,
            m.id,
            null,
            rng.pick(owners),
            rng.pick(ACTIONS),
            business(day + rng.int(7, 60)),
            heldAt,
            d,
          ),
        );
    }
  }

  set.users = [...users.values()];
  return set;
}

/** A standard normal draw (Box–Muller). */
function gaussian(rng: Prng): number {
  const u = 1 - rng.next();
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Counts capped at `max`, the excess spread over the others in proportion (the total is kept). */
function capped(counts: number[], max: number): number[] {
  const out = counts.slice();
  let excess = 0;
  for (let i = 0; i < out.length; i++)
    if (out[i]! > max) {
      excess += out[i]! - max;
      out[i] = max;
    }
  if (excess > 0) {
    const room = out.map((c) => (c < max ? c + 1 : 0));
    const extra = apportion(room, excess);
    for (let i = 0; i < out.length; i++) out[i] = Math.min(max, out[i]! + extra[i]!);
  }
  return out;
}

/** Up to n distinct items, each drawn with probability proportional to its weight (Efraimidis–Spirakis). */
function drawByWeight<T>(rng: Prng, items: readonly T[], weight: (item: T) => number, n: number): T[] {
  return items
    .map((item, i) => ({ item, i, key: Math.log(1 - rng.next()) / Math.max(weight(item), 1e-9) }))
    .sort((a, b) => b.key - a.key || a.i - b.i)
    .slice(0, n)
    .map((x) => x.item);
}

/** Counts of the case data set, for the report and the tests. */
export function describeCases(set: CaseSet) {
  const by = <T>(rows: T[], key: (r: T) => string | null) => {
    const out: Record<string, number> = {};
    for (const r of rows) {
      const k = key(r) ?? 'null';
      out[k] = (out[k] ?? 0) + 1;
    }
    return out;
  };
  const recordsOf = new Map<string, number>();
  for (const r of set.records) recordsOf.set(r.caseId, (recordsOf.get(r.caseId) ?? 0) + 1);
  const sizes = [...recordsOf.values()].sort((a, b) => b - a);
  const staffTeams = new Set(
    set.team.filter((t) => t.agencyCode === set.staffAgencyCode).map((t) => t.caseId),
  );
  const staffOpen = new Set(
    set.team.filter((t) => t.agencyCode === set.staffAgencyCode && !t.endedAt).map((t) => t.caseId),
  );
  const coordinated = set.cases.filter((c) => c.kind === 'coordinated');
  return {
    asOf: set.asOf,
    cases: set.cases.length,
    bySource: by(set.cases, (c) => c.source),
    byKind: by(set.cases, (c) => c.kind ?? 'untriaged'),
    byStage: by(set.cases, (c) => c.stage),
    closedCoordinated: coordinated.filter((c) => c.stage === 'closed').length,
    unresolved: coordinated.filter((c) => c.outcome === 'unresolved').length,
    team: set.team.length,
    contacts: set.contacts.length,
    outreach: set.outreach.length,
    records: set.records.length,
    corrections: set.records.filter((r) => r.correctsId).length,
    recordsPerCase: {
      max: sizes[0] ?? 0,
      top5: sizes.slice(0, 5),
      over300: sizes.filter((n) => n > 300).length,
      median: sizes[Math.floor(sizes.length / 2)] ?? 0,
    },
    reviews: set.reviews.length,
    plans: set.plans.length,
    plansByState: by(set.plans, (p) => p.state),
    monitorings: set.monitorings.length,
    actionItems: set.actionItems.length,
    meetings: set.meetings.length,
    meetingsByKind: by(set.meetings, (m) => m.kind),
    agendaItems: set.meetingCases.length,
    attendees: set.attendees.length,
    links: set.links.length,
    users: set.users.length,
    staffCases: staffTeams.size,
    staffOpenCases: staffOpen.size,
  };
}
