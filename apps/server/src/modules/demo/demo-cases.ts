import type { Role } from '@tsunagu/contracts';
import type { IntakeCreate, PersonInput } from '@tsunagu/contracts/households';
import { toIsoDate } from '@tsunagu/japan';
import { and, eq } from 'drizzle-orm';
import { agencies, codeListItems, users } from '../../db/schema';
import type { UserActor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { runAsSystem } from '../../platform/db/scope';
import { MemoryMailSender } from '../../platform/mail/mail';
import { addContact, addRecord, addTeamMember } from '../cases/case-work';
import { requestCase, triageCase } from '../cases/cases.service';
import { approvePlan, savePlan } from '../cases/plans.service';
import { recordConsent } from '../consents/consents.service';
import { listMembers } from '../households/households.repository';
import { createIntake } from '../intakes/intakes.service';
import { createMeeting, recordMinutes } from '../meetings/meetings.service';
import { escalateReferral } from '../referrals/referral-actions';
import { sendReferrals } from '../referrals/referrals.service';

const DAY = 86_400_000;
export const daysFromToday = (n: number) => toIsoDate(new Date(Date.now() + n * DAY));

const person = (
  p: Partial<PersonInput> &
    Pick<PersonInput, 'familyName' | 'givenName' | 'familyNameKana' | 'givenNameKana'>,
): PersonInput => ({
  birthDate: null,
  sex: 'unanswered',
  address: null,
  schoolDistrictCode: null,
  phones: [],
  ...p,
});

/**
 * Demo cases for the coordinator's screens, made through the services as the demo users would make
 * them (so every rule and audit record applies): an 8050 household in monitoring with a held case
 * conference and an overdue monitoring date, an escalated referral and a direct request waiting for
 * triage, and one case closed with advice only. All people are invented.
 */
export async function seedDemoCases(db: Db, tenantId: string): Promise<void> {
  const { actor, agency, school } = await demoLookups(db, tenantId);
  const staff = actor('staff@demo.example');
  const coordinator = actor('coordinator@demo.example');
  const naka = actor('staff-naka@demo.example');
  const mail = new MemoryMailSender();
  const categories = [
    'community-care-centre',
    'self-reliance-support',
    'social-welfare-council',
    'city-division',
  ];

  // 1. 8050: a mother in her eighties and a son withdrawn at home for years.
  const tanaka = await intake(db, staff, {
    summary: '母の介護保険の相談で来所。同居の長男が長年ひきこもり、家計が苦しいとのこと。',
    members: [
      {
        person: person({
          familyName: '田中',
          givenName: 'ハル',
          familyNameKana: 'タナカ',
          givenNameKana: 'ハル',
          birthDate: '1943-07-02',
          sex: 'female',
          address: '岡山市北区鹿田町二丁目4-5',
          schoolDistrictCode: school,
        }),
        relationship: 'self',
        livesTogether: true,
        problems: ['long-term-care', 'income-work'],
      },
      {
        person: person({
          familyName: '田中',
          givenName: '誠',
          familyNameKana: 'タナカ',
          givenNameKana: 'マコト',
          birthDate: '1973-11-20',
          sex: 'male',
        }),
        relationship: 'child',
        livesTogether: true,
        problems: ['hikikomori'],
      },
    ],
    consentCategories: categories,
  });
  await recordConsent(db, staff, tanaka.selfId, {
    purpose: 'multi_agency_meeting',
    scopeAgencyIds: [],
    scopeAgencyCategories: categories,
    method: 'written',
    obtainedOn: daysFromToday(-40),
    note: null,
  });
  const request = await requestCase(db, staff, {
    householdId: tanaka.householdId,
    personId: tanaka.selfId,
    summary: '母の介護と長男のひきこもり、家計の問題が重なり、一機関では支えきれない。',
    receivedOn: daysFromToday(-45),
  });
  await triageCase(db, coordinator, { caseId: request.id, kind: 'coordinated', advice: null, note: null });
  const team = [
    { agencyId: agency('hokatsu-kita-chuo'), role: 'person_support' as const, contactName: '包括 花子' },
    { agencyId: agency('yorisoi-support'), role: 'partner_support' as const, contactName: '寄添 三郎' },
  ];
  for (const m of team) await addTeamMember(db, coordinator, request.id, m);
  await addContact(db, coordinator, request.id, {
    contactedOn: daysFromToday(-40),
    agencyId: agency('hokatsu-kita-chuo'),
    method: 'visit',
    content: '包括と同行して自宅訪問。長男とは会えず、手紙を置いた。',
  });
  await addContact(db, coordinator, request.id, {
    contactedOn: daysFromToday(-35),
    agencyId: agency('yorisoi-support'),
    method: 'phone',
    content: '寄り添いサポートセンターへ家計改善支援の可否を相談。',
  });
  await addRecord(db, staff, request.id, {
    occurredOn: daysFromToday(-30),
    body: '長男から電話あり。「母のことは心配している」と話した。',
    correctsId: null,
  });
  const meeting = await createMeeting(db, coordinator, {
    kind: 'case_conference',
    heldOn: daysFromToday(-21),
    place: '北区役所 会議室',
    purpose: '役割分担と支援計画の確認',
    caseIds: [request.id],
    attendees: [
      { agencyId: agency('coordinator-desk'), personName: '推進 次郎', role: '司会' },
      { agencyId: agency('hokatsu-kita-chuo'), personName: '包括 花子', role: null },
      { agencyId: agency('yorisoi-support'), personName: '寄添 三郎', role: null },
      { agencyId: agency('shakyo'), personName: '助言 和子', role: 'アドバイザー' },
    ],
  });
  await recordMinutes(db, coordinator, meeting.id, {
    version: 1,
    minutes: '母の介護サービス導入を先行し、長男には寄り添いサポートセンターが手紙と訪問で関わる。',
    decisions: [{ caseId: request.id, text: '包括が母の支援、寄り添いが長男と家計の支援を担う。' }],
    roles: [{ caseId: request.id, agencyId: agency('shakyo'), role: 'advisor' }],
    actionItems: [
      {
        caseId: request.id,
        ownerAgencyId: agency('hokatsu-kita-chuo'),
        title: '要介護認定の申請を支援する',
        dueOn: daysFromToday(-5),
      },
      {
        caseId: request.id,
        ownerAgencyId: agency('yorisoi-support'),
        title: '長男への訪問日程を調整する',
        dueOn: daysFromToday(10),
      },
    ],
  });
  const plan = await savePlan(db, coordinator, request.id, {
    personWords: '「この家で息子と暮らし続けたい」',
    goals: [{ text: '母が介護サービスを使い始める' }, { text: '長男が月1回は支援者と話す' }],
    actions: [
      {
        goalIndex: 0,
        text: '要介護認定の申請とケアマネジャーの紹介',
        ownerAgencyId: agency('hokatsu-kita-chuo'),
        dueOn: daysFromToday(-2),
      },
      {
        goalIndex: 1,
        text: '手紙と訪問で長男と関係をつくる',
        ownerAgencyId: agency('yorisoi-support'),
        dueOn: daysFromToday(30),
      },
    ],
    participationSupport: true,
    outreach: true,
    monitoringDates: [daysFromToday(-3), daysFromToday(40)],
    nextReviewOn: daysFromToday(90),
  });
  await approvePlan(db, coordinator, plan.id);

  // 2. An escalation: the second agency could not take it on and handed it to the coordinator.
  const ito = await intake(db, staff, {
    summary: '近所の人から、一人暮らしの高齢男性の家がごみで溢れていると相談。',
    members: [
      {
        person: person({
          familyName: '伊藤',
          givenName: '茂',
          familyNameKana: 'イトウ',
          givenNameKana: 'シゲル',
          birthDate: '1950-03-15',
          sex: 'male',
        }),
        relationship: 'self',
        livesTogether: true,
        problems: ['isolation'],
      },
    ],
    consentCategories: categories,
  });
  const [referral] = (
    await sendReferrals(db, mail, staff, {
      householdId: ito.householdId,
      personId: ito.selfId,
      toAgencyIds: [agency('hokatsu-naka')],
      reason: '転居予定先の中区で見守りをお願いしたい。',
      basis: 'consent',
      emergencyReason: null,
    })
  ).items;
  await escalateReferral(db, mail, naka, referral!.id, {
    version: referral!.version,
    reason: 'no_destination',
    note: 'ごみ屋敷と認知症の疑い、家族との関係断絶が重なり、当センターだけでは調整できない。',
  });

  // 3. A direct request waiting for triage; 4. one closed with advice only.
  const sato = await intake(db, staff, {
    summary: '30代の娘が精神的に不安定で、母親が仕事を辞めざるを得ないかもしれない。',
    members: [
      {
        person: person({
          familyName: '佐藤',
          givenName: '恵子',
          familyNameKana: 'サトウ',
          givenNameKana: 'ケイコ',
          birthDate: '1965-01-08',
          sex: 'female',
        }),
        relationship: 'self',
        livesTogether: true,
        problems: ['income-work'],
      },
      {
        person: person({
          familyName: '佐藤',
          givenName: '美咲',
          familyNameKana: 'サトウ',
          givenNameKana: 'ミサキ',
          birthDate: '1992-05-30',
          sex: 'female',
        }),
        relationship: 'child',
        livesTogether: true,
        problems: ['isolation'],
      },
    ],
    consentCategories: categories,
  });
  await requestCase(db, staff, {
    householdId: sato.householdId,
    personId: sato.selfId,
    summary: '母の就労継続と娘の支援をどこにつなぐべきか相談したい。',
    receivedOn: daysFromToday(-1),
  });
  const advice = await requestCase(db, staff, {
    householdId: ito.householdId,
    personId: ito.selfId,
    summary: '成年後見制度の利用について、手続きの窓口を知りたい。',
    receivedOn: daysFromToday(-60),
  });
  await triageCase(db, coordinator, {
    caseId: advice.id,
    kind: 'advice_only',
    advice: '成年後見センターへの相談方法と必要書類を伝えた。',
    note: null,
  });
}

/** A household recorded by the actor's agency with the 本人's consent to share with the categories. */
async function intake(
  db: Db,
  actor: UserActor,
  input: { summary: string; members: IntakeCreate['members']; consentCategories: string[] },
) {
  const main = input.members[0]!;
  const { householdId } = await createIntake(db, actor, {
    receivedOn: daysFromToday(-50),
    channel: 'visit',
    visitor: 'self',
    summary: input.summary,
    urgency: 'normal',
    accommodation: null,
    members: input.members,
    mainProblem: { member: 0, code: main.problems[0]! },
    consent: {
      members: [0],
      purpose: 'support_sharing',
      scopeAgencyIds: [],
      scopeAgencyCategories: input.consentCategories,
      method: 'written',
      obtainedOn: daysFromToday(-50),
      note: null,
    },
  });
  const members = await runAsSystem(db, (tx) => listMembers(tx, householdId));
  const self = members.find((m) => m.member.relationship === 'self')!;
  return { householdId, selfId: self.person.id };
}

/** The demo users as actors and the demo agencies by code, for seeding through the services. */
export async function demoLookups(db: Db, tenantId: string) {
  return runAsSystem(db, async (tx) => {
    const userRows = await tx.select().from(users).where(eq(users.tenantId, tenantId));
    const agencyRows = await tx
      .select({ id: agencies.id, code: agencies.code })
      .from(agencies)
      .where(eq(agencies.tenantId, tenantId));
    const [school] = await tx
      .select({ code: codeListItems.code })
      .from(codeListItems)
      .where(
        and(
          eq(codeListItems.tenantId, tenantId),
          eq(codeListItems.list, 'school_district'),
          eq(codeListItems.parentCode, 'kita-chuo'),
        ),
      )
      .limit(1);
    const byCode = new Map(agencyRows.map((a) => [a.code, a.id]));
    return {
      school: school?.code ?? null,
      agency: (code: string) => {
        const id = byCode.get(code);
        if (!id) throw new Error(`demo: no agency ${code}`);
        return id;
      },
      actor: (email: string): UserActor => {
        const u = userRows.find((r) => r.email === email);
        if (!u) throw new Error(`demo: no user ${email}`);
        return {
          kind: 'user',
          tenantId,
          userId: u.id,
          sessionId: '',
          agencyId: u.agencyId,
          divisionCode: u.divisionCode,
          roles: u.roles as Role[],
        };
      },
    };
  });
}
