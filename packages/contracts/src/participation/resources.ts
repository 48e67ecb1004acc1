import { z } from 'zod';
import {
  codeArraySchema,
  codeSchema,
  isoDateSchema,
  lineText,
  multiLineText,
  requiredLine,
  versionSchema,
} from '../common/primitives';
import { BARRIER_LEVELS, FAIR_KINDS, PLACE_KINDS, WEEKDAYS } from './codes';

const codes = codeArraySchema;
const count = (max: number) =>
  z
    .number({ error: '数値を入力してください / enter a number' })
    .int({ error: '整数で入力してください / whole numbers only' })
    .min(0, { error: '0以上で入力してください / 0 or more' })
    .max(max, { error: `${max}以下で入力してください / at most ${max}` });

/** An employment programme of the city (生涯活躍就労支援事業 …), its owner division and agencies. */
export const programmeSchema = z.object({
  code: z.string(),
  nameJa: z.string(),
  nameEn: z.string(),
  divisionCode: z.string(),
  divisionName: z.string(),
  /** Whether the programme runs matching (registration, openings, trials, follow-ups) in Tsunagu. */
  matching: z.boolean(),
  agencies: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      barrierLevels: z.array(z.enum(BARRIER_LEVELS)),
      desk: z.boolean(),
      /** The agency's active staff, whom a participant can be assigned to. */
      staff: z.array(z.object({ id: z.uuid(), name: z.string() })),
    }),
  ),
});
export type Programme = z.infer<typeof programmeSchema>;
export const programmeListSchema = z.object({ items: z.array(programmeSchema) });

/** 協力企業: an employer registered with a programme. */
export const employerInputSchema = z.object({
  programmeCode: codeSchema,
  name: requiredLine(200),
  industryCode: codeSchema,
  address: lineText(300).default(''),
  schoolDistrictCode: codeSchema.nullable().default(null),
  contactName: lineText(100).default(''),
  contactPhone: lineText(30).default(''),
  contactEmail: z
    .union([z.literal(''), z.email({ error: 'メールアドレスの形式が正しくありません / invalid email' })])
    .default(''),
  registeredOn: isoDateSchema,
  withdrawnOn: isoDateSchema.nullable().default(null),
  note: multiLineText(1000).default(''),
});
export type EmployerInput = z.infer<typeof employerInputSchema>;
export const employerUpdateSchema = employerInputSchema.extend({ version: versionSchema });
export type EmployerUpdate = z.infer<typeof employerUpdateSchema>;

/** 求人: an opening with carved tasks (業務の切り分け), hours, conditions and place. */
export const openingInputSchema = z.object({
  title: requiredLine(200),
  tasks: codes().refine((t) => t.length > 0, { error: '業務を1つ以上選んでください / pick a task' }),
  demands: codes(),
  carvingNote: multiLineText(2000).default(''),
  hoursPerWeek: count(60).refine((h) => h >= 1, { error: '1〜60時間で入力してください / 1–60 hours' }),
  days: z.array(z.enum(WEEKDAYS)).max(7).default([]),
  timeNote: lineText(200).default(''),
  wageNote: lineText(200).default(''),
  conditionsNote: multiLineText(1000).default(''),
  address: lineText(300).default(''),
  schoolDistrictCode: codeSchema.nullable().default(null),
  positions: count(999).refine((n) => n >= 1, { error: '1以上で入力してください / at least 1' }),
  open: z.boolean().default(true),
});
export type OpeningInput = z.infer<typeof openingInputSchema>;
export const openingUpdateSchema = openingInputSchema.extend({ version: versionSchema });
export type OpeningUpdate = z.infer<typeof openingUpdateSchema>;

export const openingSchema = openingInputSchema.extend({
  id: z.uuid(),
  version: z.number().int(),
  employerId: z.uuid(),
  employerName: z.string(),
  industryCode: z.string(),
  openedOn: z.string(),
  placed: z.number().int(),
});
export type Opening = z.infer<typeof openingSchema>;

export const employerSchema = employerInputSchema.extend({
  id: z.uuid(),
  version: z.number().int(),
  programmeName: z.string(),
  openings: z.array(openingSchema),
  abilities: z.object({ edit: z.boolean() }),
});
export type Employer = z.infer<typeof employerSchema>;
export const employerSummarySchema = employerInputSchema.omit({ note: true }).extend({
  id: z.uuid(),
  programmeName: z.string(),
  openOpenings: z.number().int(),
  placements: z.number().int(),
});
export type EmployerSummary = z.infer<typeof employerSummarySchema>;
export const employerListQuerySchema = z.object({
  q: lineText(100).optional(),
  programme: codeSchema.optional(),
  industry: codeSchema.optional(),
  active: z.enum(['1']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const employerListSchema = z.object({
  items: z.array(employerSummarySchema),
  total: z.number().int(),
  abilities: z.object({ create: z.boolean() }),
});
export type EmployerList = z.infer<typeof employerListSchema>;

/** 通いの場・サロン・居場所: a place to go, as a community resource. */
export const placeInputSchema = z.object({
  name: requiredLine(200),
  kind: z.enum(PLACE_KINDS),
  host: lineText(200).default(''),
  address: lineText(300).default(''),
  schoolDistrictCode: codeSchema.nullable().default(null),
  days: z.array(z.enum(WEEKDAYS)).max(7).default([]),
  timeNote: lineText(200).default(''),
  accessibility: codes(),
  interests: codes(),
  capacity: count(9999).nullable().default(null),
  feeNote: lineText(200).default(''),
  contact: lineText(200).default(''),
  active: z.boolean().default(true),
});
export type PlaceInput = z.infer<typeof placeInputSchema>;
export const placeUpdateSchema = placeInputSchema.extend({ version: versionSchema });
export const placeSchema = placeInputSchema.extend({
  id: z.uuid(),
  version: z.number().int(),
  attending: z.number().int(),
});
export type Place = z.infer<typeof placeSchema>;
export const placeListQuerySchema = z.object({
  kind: z.enum(PLACE_KINDS).optional(),
  district: codeSchema.optional(),
  interest: codeSchema.optional(),
});
export const placeListSchema = z.object({
  items: z.array(placeSchema),
  abilities: z.object({ create: z.boolean() }),
});
export type PlaceList = z.infer<typeof placeListSchema>;

/** 就職面接会・フェア: a fair with its participants and hires (counts, as the organisers report them). */
export const fairInputSchema = z
  .object({
    kind: z.enum(FAIR_KINDS),
    name: requiredLine(200),
    heldOn: isoDateSchema,
    venue: lineText(200).default(''),
    coHost: lineText(200).default(''),
    programmeCode: codeSchema.nullable().default(null),
    employers: count(9999).nullable().default(null),
    participants: count(99999),
    hires: count(99999).nullable().default(null),
    note: multiLineText(1000).default(''),
  })
  .refine((f) => f.hires === null || f.hires <= f.participants, {
    error: '就職者数は参加人数以下です / hires cannot exceed participants',
    path: ['hires'],
  });
export type FairInput = z.infer<typeof fairInputSchema>;
export const fairUpdateSchema = z.intersection(fairInputSchema, z.object({ version: versionSchema }));
export type FairUpdate = z.infer<typeof fairUpdateSchema>;
export const fairSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  kind: z.enum(FAIR_KINDS),
  name: z.string(),
  heldOn: z.string(),
  fiscalYear: z.number().int(),
  venue: z.string(),
  coHost: z.string(),
  programmeCode: z.string().nullable(),
  employers: z.number().int().nullable(),
  participants: z.number().int(),
  hires: z.number().int().nullable(),
  /** 就職率 = hires ÷ participants, %, one decimal rounded half up. */
  hireRate: z.number().nullable(),
  note: z.string(),
});
export type Fair = z.infer<typeof fairSchema>;
export const fairListSchema = z.object({
  items: z.array(fairSchema),
  abilities: z.object({ create: z.boolean() }),
});
export type FairList = z.infer<typeof fairListSchema>;
