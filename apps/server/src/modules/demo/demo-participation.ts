import {
  employerInputSchema,
  fairInputSchema,
  openingInputSchema,
  type Participant,
  participantCreateSchema,
  placeInputSchema,
} from '@tsunagu/contracts/participation';
import type { Db } from '../../platform/db/database';
import { proposeMatch, recordPlacement, recordTrial } from '../participation/matches.service';
import { registerParticipant } from '../participation/participants.service';
import { createFair, createPlace } from '../participation/places.service';
import { createEmployer, createOpening } from '../participation/resources.service';
import { daysFromToday, demoLookups } from './demo-cases';

/** 障害者就職面接会 as published (FIGURES.md §4; seed l. 879–898): date, participants, hires. */
const INTERVIEW_SESSIONS: [heldOn: string, participants: number, hires: number][] = [
  ['2020-08-25', 108, 22],
  ['2021-01-21', 97, 16],
  ['2021-08-24', 105, 23],
  ['2022-01-24', 77, 10],
  ['2022-08-23', 106, 20],
  ['2023-01-23', 78, 10],
];

/**
 * The employment programme to show the app with: the published interview sessions, and invented
 * employers, openings, places to go and three participants of the lifelong programme (one placed
 * 40 days ago, so its first follow-up is overdue; one proposed; one looking for a place to go).
 */
export async function seedDemoParticipation(db: Db, tenantId: string): Promise<void> {
  const { actor, school } = await demoLookups(db, tenantId);
  const desk = actor('programme@demo.example');
  for (const [heldOn, participants, hires] of INTERVIEW_SESSIONS)
    await createFair(
      db,
      desk,
      fairInputSchema.parse({
        kind: 'interview_session',
        name: '障害者就職面接会',
        heldOn,
        programmeCode: 'disability-employment',
        participants,
        hires,
        coHost: 'ハローワーク岡山',
      }),
    );
  const care = await createEmployer(
    db,
    desk,
    employerInputSchema.parse({
      programmeCode: 'lifelong',
      name: '社会福祉法人 あさひ会（デモ）',
      industryCode: 'care',
      address: '岡山市北区鹿田町3-1-1',
      schoolDistrictCode: school,
      contactName: '採用担当',
      contactPhone: '086-000-3001',
      registeredOn: daysFromToday(-200),
    }),
  );
  const morning = await createOpening(
    db,
    desk,
    care.id,
    openingInputSchema.parse({
      title: 'デイサービスの配膳・シーツ交換（午前）',
      tasks: ['care-assist', 'cleaning'],
      demands: ['standing'],
      carvingNote: '介護職員の業務のうち、配膳とシーツ交換だけを切り出しました。利用者の介助はありません。',
      hoursPerWeek: 12,
      days: ['mon', 'wed', 'fri'],
      timeNote: '9:00〜13:00',
      wageNote: '時給1,000円',
      schoolDistrictCode: school,
      positions: 2,
    }),
  );
  const shop = await createEmployer(
    db,
    desk,
    employerInputSchema.parse({
      programmeCode: 'lifelong',
      name: '岡山ファーム直売所（デモ）',
      industryCode: 'retail',
      address: '岡山市中区平井1-1-1',
      registeredOn: daysFromToday(-90),
    }),
  );
  await createOpening(
    db,
    desk,
    shop.id,
    openingInputSchema.parse({
      title: '野菜の袋詰め・品出し',
      tasks: ['light-work', 'sorting'],
      demands: ['lifting', 'early-late'],
      carvingNote: '開店前の袋詰めと品出しを切り出しました。重い箱の運搬は別の職員が行います。',
      hoursPerWeek: 15,
      days: ['tue', 'thu', 'sat'],
      timeNote: '7:00〜12:00',
      positions: 1,
    }),
  );
  for (const place of [
    { name: '鹿田いきいき百歳体操', kind: 'kayoi', interests: ['exercise', 'talk'], days: ['tue', 'fri'] },
    { name: 'ふれあいサロン さくら', kind: 'salon', interests: ['talk', 'crafts', 'music'], days: ['wed'] },
    { name: 'みんなの畑', kind: 'ibasho', interests: ['garden', 'helping'], days: ['mon', 'thu'] },
  ])
    await createPlace(
      db,
      desk,
      placeInputSchema.parse({
        ...place,
        host: '地区社会福祉協議会（デモ）',
        schoolDistrictCode: school,
        accessibility: ['step-free', 'toilet'],
        timeNote: '10:00〜11:30',
      }),
    );
  const register = (givenName: string, kana: string, extra: Record<string, unknown>) =>
    registerParticipant(
      db,
      desk,
      participantCreateSchema.parse({
        programmeCode: 'lifelong',
        person: {
          familyName: '見本',
          givenName,
          familyNameKana: 'ミホン',
          givenNameKana: kana,
          birthDate: '1956-09-01',
          sex: 'unanswered',
          address: '岡山市北区鹿田町1-2-3',
          schoolDistrictCode: school,
          phones: [],
        },
        registeredOn: daysFromToday(-60),
        healthLevel: 'fair',
        wishesNote: '午前中に、人の役に立つ仕事がしたい。',
        availableDays: ['mon', 'wed', 'fri'],
        maxHoursPerWeek: 15,
        ...extra,
      }),
    );
  const placed = await register('勤', 'ツトム', {
    aim: 'work',
    abilities: ['care-assist', 'cleaning'],
    limits: ['lifting'],
    wishedIndustries: ['care'],
    barrierLevel: 'medium',
  });
  const step = (p: Participant) => p.matches[0]!;
  let p = await proposeMatch(db, desk, {
    participantId: placed.id,
    openingId: morning.id,
    placeId: null,
    proposedOn: daysFromToday(-55),
  });
  p = await recordTrial(db, desk, step(p).id, {
    version: step(p).version,
    trialFrom: daysFromToday(-50),
    trialTo: daysFromToday(-46),
    trialNote: '配膳を3日間体験。',
  });
  await recordPlacement(db, desk, step(p).id, { version: step(p).version, placedOn: daysFromToday(-40) });
  const looking = await register('働子', 'ハタラコ', {
    aim: 'work',
    abilities: ['light-work', 'cleaning'],
    barrierLevel: 'small',
    registeredOn: daysFromToday(-20),
  });
  await proposeMatch(db, desk, {
    participantId: looking.id,
    openingId: morning.id,
    placeId: null,
    proposedOn: daysFromToday(-10),
  });
  await register('集', 'アツム', {
    aim: 'place',
    interests: ['talk', 'exercise'],
    barrierLevel: 'large',
    barriersNote: '退職後、外出の機会が減っている。',
  });
}
