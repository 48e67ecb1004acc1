import {
  boardPostInputSchema,
  dispatchRequestInputSchema,
  eventInputSchema,
  organisationInputSchema,
  physicianInputSchema,
} from '@tsunagu/contracts/community';
import { fiscalYearOf } from '@tsunagu/japan';
import { and, asc, eq } from 'drizzle-orm';
import { advisors, codeListItems, supportCouncils } from '../../db/schema';
import type { Db } from '../../platform/db/database';
import { runAsSystem } from '../../platform/db/scope';
import { matchPosts, savePost } from '../community/board.service';
import { addFollowUp, receiveDispatch, recordSession, scheduleDispatch } from '../community/dispatch.service';
import { recordEvent } from '../community/events.service';
import { saveOrganisation, savePhysician } from '../community/registries.service';
import { daysFromToday, demoLookups } from './demo-cases';

/**
 * 支え合い推進会議 set up / active of the 96 districts per 年度: R2–R4 as published (FIGURES.md §6),
 * the later years invented so the current 年度 has data.
 */
const COUNCILS: [fiscalYear: number, established: number, active: number][] = [
  [2020, 57, 22],
  [2021, 60, 34],
  [2022, 62, 41],
  [2023, 64, 44],
  [2024, 66, 47],
  [2025, 68, 50],
  [2026, 69, 52],
];
const PROMOTERS = ['石田 恵', '岡本 智子', '藤原 一也', '三宅 由美', '小野 健太'];
const ACTIVITIES = [
  ['watching', 'place'],
  ['watching', 'errands'],
  ['place', 'meals'],
  ['watching', 'place', 'errands'],
];

async function seedCouncils(db: Db, tenantId: string) {
  await runAsSystem(db, async (tx) => {
    const districts = await tx
      .select({ code: codeListItems.code })
      .from(codeListItems)
      .where(and(eq(codeListItems.tenantId, tenantId), eq(codeListItems.list, 'school_district')))
      .orderBy(asc(codeListItems.sortOrder));
    // A fixed shuffle (a stride coprime with 96), so every welfare district has councils of each kind.
    const order = districts.map((_, i) => districts[(i * 37) % districts.length]!);
    const rows = COUNCILS.flatMap(([fiscalYear, established, active]) =>
      order.slice(0, established).map((d, i) => ({
        tenantId,
        divisionCode: 'community-care',
        schoolDistrictCode: d.code,
        fiscalYear,
        established: true,
        establishedOn: `${2016 + (i % 5)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
        active: i < active,
        activities: i < active ? ACTIVITIES[i % ACTIVITIES.length]! : [],
        promoterName: PROMOTERS[i % PROMOTERS.length]!,
      })),
    );
    await tx.insert(supportCouncils).values(rows);
  });
}

/**
 * Community building to show the app with: councils over the years, a few events of the current
 * 年度 for each kind of programme, organisations and the matching board, physicians, and advisor
 * dispatches (one held with a follow-up still owed). Names are invented.
 */
export async function seedDemoCommunity(db: Db, tenantId: string): Promise<void> {
  await seedCouncils(db, tenantId);
  const { actor, school } = await demoLookups(db, tenantId);
  const kominkan = actor('kominkan@demo.example');
  const care = actor('community@demo.example');
  const civic = actor('civic@demo.example');
  const medical = actor('medical@demo.example');
  const fy = fiscalYearOf(new Date());
  const event = (who: typeof care, e: Record<string, unknown>) =>
    recordEvent(db, who, eventInputSchema.parse(e));
  const themes = ['disaster', 'community', 'inclusion', 'ict', 'childcare', 'health'];
  for (const [i, theme] of themes.entries())
    await event(kominkan, {
      programmeCode: 'kominkan-courses',
      kindCode: 'course',
      title: [
        '親子で学ぶ防災',
        '地域の歴史探訪',
        'みんなの居場所づくり',
        'スマホ教室',
        '子育てひろば',
        '健康体操',
      ][i],
      heldOn: daysFromToday(-20 * (i + 1)),
      venue: '京山公民館',
      schoolDistrictCode: school,
      themeCode: theme,
      counts: { participants: 12 + 3 * i },
    });
  const course = await event(care, {
    programmeCode: 'supporter-course',
    kindCode: 'course',
    title: '生活・介護支援サポーター養成講座（3回シリーズ）',
    heldOn: `${fy}-06-10`,
    venue: '岡西公民館',
    sessions: 3,
    counts: { participants: 18, graduates: 15 },
  });
  await event(care, {
    programmeCode: 'supporter-course',
    kindCode: 'activity-survey',
    title: '修了者の活動状況調査',
    heldOn: daysFromToday(-10),
    followsEventId: course.id,
    counts: { surveyed: 15, active: 9, approached: 6 },
  });
  await event(medical, {
    programmeCode: 'acp-lectures',
    kindCode: 'outreach',
    title: '在宅医療と人生会議のすすめ（出前講座）',
    heldOn: daysFromToday(-30),
    venue: '福祉交流プラザ',
    schoolDistrictCode: school,
    counts: { participants: 28 },
  });
  await event(medical, {
    programmeCode: 'home-care-training',
    kindCode: 'visiting-care',
    title: '訪問診療支援研修（MCS研修会）',
    heldOn: daysFromToday(-50),
    professions: ['doctor', 'visiting-nurse', 'pharmacist'],
    counts: { participants: 160 },
  });
  const orgs = [];
  for (const [name, kind] of [
    ['社会福祉法人 あさひ福祉会', 'social_welfare_corporation'],
    ['株式会社 みどり商事', 'company'],
    ['NPO法人 まちの縁側', 'npo'],
  ] as const)
    orgs.push(await saveOrganisation(db, civic, null, organisationInputSchema.parse({ name, kind })));
  await event(civic, {
    programmeCode: 'forums',
    kindCode: 'exchange',
    title: '社会福祉法人地域貢献情報交換会',
    heldOn: daysFromToday(-40),
    venue: '岡山市役所',
    organisationIds: [orgs[0]!.id, orgs[1]!.id],
    counts: { participants: 35 },
  });
  const need = await savePost(
    db,
    care,
    null,
    boardPostInputSchema.parse({
      kind: 'need',
      title: 'サロンの会場と送迎の協力をお願いしたい',
      fieldCode: 'transport',
      schoolDistrictCode: school,
      postedBy: '支え合い推進会議',
      postedOn: daysFromToday(-35),
    }),
  );
  const offer = await savePost(
    db,
    care,
    null,
    boardPostInputSchema.parse({
      kind: 'offer',
      title: '送迎車両と地域交流スペースを提供できます',
      fieldCode: 'transport',
      organisationId: orgs[0]!.id,
      postedOn: daysFromToday(-33),
    }),
  );
  await matchPosts(db, care, {
    needPostId: need.id,
    offerPostId: offer.id,
    agreedOn: daysFromToday(-25),
    note: '',
  });
  await savePost(
    db,
    care,
    null,
    boardPostInputSchema.parse({
      kind: 'need',
      title: '見守り活動の担い手を募集',
      fieldCode: 'volunteers',
      postedBy: '町内会',
      postedOn: daysFromToday(-5),
    }),
  );
  await savePhysician(
    db,
    medical,
    null,
    physicianInputSchema.parse({
      physicianName: '山本 健一',
      clinicName: 'やまもと小児科クリニック',
      schoolDistrictCode: school,
      careTypes: ['suction', 'tube-feeding', 'oxygen'],
      ages: '0〜18歳',
      homeVisits: true,
      trainedOn: `${fy - 1}-11-10`,
      registeredOn: `${fy - 2}-04-01`,
    }),
  );
  await savePhysician(
    db,
    medical,
    null,
    physicianInputSchema.parse({
      physicianName: '佐藤 由紀',
      clinicName: 'さとう内科・小児科',
      careTypes: ['tracheostomy', 'ventilator', 'suction'],
      ages: '就学前',
      registeredOn: `${fy - 1}-10-01`,
    }),
  );
  const [welfareAdvisor] = await runAsSystem(db, (tx) =>
    tx
      .select()
      .from(advisors)
      .where(and(eq(advisors.tenantId, tenantId), eq(advisors.fieldCode, 'welfare')))
      .limit(1),
  );
  const held = await receiveDispatch(
    db,
    civic,
    dispatchRequestInputSchema.parse({
      groupName: 'ひだまり見守り隊',
      groupRegistration: 'hiroba',
      groupActiveSince: '2019-04-01',
      fieldCode: 'welfare',
      request: '地域の困りごとの把握方法と支え合い活動の始め方を教えてほしい',
      receivedOn: daysFromToday(-50),
    }),
  );
  await scheduleDispatch(db, civic, held.id, {
    advisorId: welfareAdvisor!.id,
    sessionOn: daysFromToday(-30),
    version: 1,
  });
  await recordSession(db, civic, held.id, {
    sessionOn: daysFromToday(-30),
    sessionHours: 2,
    sessionFormat: 'workshop',
    sessionParticipants: 14,
    sessionNote: '',
    version: 2,
  });
  await addFollowUp(db, civic, held.id, { heldOn: daysFromToday(-10), way: 'question', note: '' });
  await receiveDispatch(
    db,
    civic,
    dispatchRequestInputSchema.parse({
      groupName: 'こども食堂 さくら',
      groupRegistration: 'esd_project',
      groupActiveSince: '2021-06-01',
      fieldCode: 'communication',
      request: 'ソーシャルメディアを使った広報の幅を広げたい',
      receivedOn: daysFromToday(-3),
    }),
  );
}
