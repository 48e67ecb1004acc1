import { z } from 'zod';
import {
  codeArraySchema,
  codeSchema,
  isoDateSchema,
  lineText,
  multiLineText,
  requiredLine,
  uuidSchema,
  versionSchema,
} from '../common/primitives';
import { BOARD_POST_KINDS, BOARD_POST_STATUSES, ORGANISATION_KINDS } from './codes';
import { booleanParam } from './shared';

/** 医療的ケア児かかりつけ医: a physician registered to care for children with medical care needs. */
export const physicianInputSchema = z
  .object({
    physicianName: requiredLine(100),
    clinicName: requiredLine(200),
    address: lineText(300).default(''),
    schoolDistrictCode: codeSchema.nullable().default(null),
    phone: lineText(30).default(''),
    /** The kinds of medical care the physician takes on (気管切開, 人工呼吸器, 経管栄養 …). */
    careTypes: codeArraySchema(30).refine((c) => c.length > 0, {
      error: '対応できる医療的ケアを1つ以上選んでください / pick at least one kind of care',
    }),
    ages: lineText(100).default(''),
    homeVisits: z.boolean().default(false),
    trainedOn: isoDateSchema.nullable().default(null),
    registeredOn: isoDateSchema,
    withdrawnOn: isoDateSchema.nullable().default(null),
    note: multiLineText(1000).default(''),
  })
  .refine((p) => !p.withdrawnOn || p.withdrawnOn >= p.registeredOn, {
    error: '登録取消日は登録日以降にしてください / withdrawal must not precede registration',
    path: ['withdrawnOn'],
  });
export type PhysicianInput = z.infer<typeof physicianInputSchema>;
export const physicianUpdateSchema = z.intersection(
  physicianInputSchema,
  z.object({ version: versionSchema }),
);

export const physicianSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  physicianName: z.string(),
  clinicName: z.string(),
  address: z.string(),
  schoolDistrictCode: z.string().nullable(),
  welfareDistrictCode: z.string().nullable(),
  phone: z.string(),
  careTypes: z.array(z.string()),
  ages: z.string(),
  homeVisits: z.boolean(),
  trainedOn: z.string().nullable(),
  registeredOn: z.string(),
  withdrawnOn: z.string().nullable(),
  note: z.string(),
});
export type Physician = z.infer<typeof physicianSchema>;
export const physicianListQuerySchema = z.object({
  careType: z.string().max(63).optional(),
  district: z.string().max(63).optional(),
  homeVisits: booleanParam.optional(),
  /** Registered now (not withdrawn); default true. */
  current: booleanParam.optional(),
});
export const physicianListSchema = z.object({
  items: z.array(physicianSchema),
  abilities: z.object({ edit: z.boolean() }),
});
export type PhysicianList = z.infer<typeof physicianListSchema>;

/** A 法人・企業・団体 that takes part in community building (events, the matching board). */
export const organisationInputSchema = z.object({
  name: requiredLine(200),
  kind: z.enum(ORGANISATION_KINDS),
  schoolDistrictCode: codeSchema.nullable().default(null),
  contact: lineText(200).default(''),
  note: multiLineText(1000).default(''),
  active: z.boolean().default(true),
});
export type OrganisationInput = z.infer<typeof organisationInputSchema>;
export const organisationUpdateSchema = organisationInputSchema.extend({ version: versionSchema });

export const organisationSchema = organisationInputSchema.extend({
  id: z.uuid(),
  version: z.number().int(),
  /** The first day it took part (an event it joined, or a match on the board); null: not yet. */
  firstParticipationOn: z.string().nullable(),
  events: z.number().int(),
});
export type Organisation = z.infer<typeof organisationSchema>;
export const organisationListQuerySchema = z.object({
  kind: z.enum(ORGANISATION_KINDS).optional(),
  q: z.string().trim().max(100).optional(),
});
export const organisationListSchema = z.object({
  items: z.array(organisationSchema),
  abilities: z.object({ edit: z.boolean() }),
});
export type OrganisationList = z.infer<typeof organisationListSchema>;

/** A post on the 社会福祉法人 ↔ community matching board. An offer names its organisation. */
export const boardPostInputSchema = z
  .object({
    kind: z.enum(BOARD_POST_KINDS),
    title: requiredLine(200),
    body: multiLineText(3000).default(''),
    fieldCode: codeSchema,
    schoolDistrictCode: codeSchema.nullable().default(null),
    organisationId: uuidSchema.nullable().default(null),
    /** Who raised a need (a 支え合い推進会議, a 町内会 …). */
    postedBy: lineText(200).default(''),
    postedOn: isoDateSchema,
  })
  .refine((p) => p.kind !== 'offer' || p.organisationId !== null, {
    error: '提供する法人・企業を選んでください / an offer names its organisation',
    path: ['organisationId'],
  })
  .refine((p) => p.kind !== 'need' || p.postedBy.length > 0, {
    error: 'ニーズを出した地域・団体を入力してください / name who raised the need',
    path: ['postedBy'],
  });
export type BoardPostInput = z.infer<typeof boardPostInputSchema>;
export const boardPostUpdateSchema = z.intersection(
  boardPostInputSchema,
  z.object({ version: versionSchema }),
);

export const boardPostSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  kind: z.enum(BOARD_POST_KINDS),
  title: z.string(),
  body: z.string(),
  fieldCode: z.string(),
  schoolDistrictCode: z.string().nullable(),
  organisationId: z.uuid().nullable(),
  organisationName: z.string().nullable(),
  postedBy: z.string(),
  postedOn: z.string(),
  status: z.enum(BOARD_POST_STATUSES),
});
export type BoardPost = z.infer<typeof boardPostSchema>;

export const boardMatchInputSchema = z.object({
  needPostId: uuidSchema,
  offerPostId: uuidSchema,
  agreedOn: isoDateSchema,
  note: multiLineText(1000).default(''),
});
export type BoardMatchInput = z.infer<typeof boardMatchInputSchema>;
export const boardMatchSchema = z.object({
  id: z.uuid(),
  needPostId: z.uuid(),
  needTitle: z.string(),
  offerPostId: z.uuid(),
  offerTitle: z.string(),
  organisationName: z.string(),
  agreedOn: z.string(),
  note: z.string(),
});
export type BoardMatch = z.infer<typeof boardMatchSchema>;

export const boardQuerySchema = z.object({
  status: z.enum(BOARD_POST_STATUSES).optional(),
  field: z.string().max(63).optional(),
});
export const boardSchema = z.object({
  needs: z.array(boardPostSchema),
  offers: z.array(boardPostSchema),
  matches: z.array(boardMatchSchema),
  abilities: z.object({ edit: z.boolean() }),
});
export type Board = z.infer<typeof boardSchema>;
export const closePostSchema = z.object({ version: versionSchema });
