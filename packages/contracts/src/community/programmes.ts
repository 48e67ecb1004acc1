import { z } from 'zod';
import {
  codeArraySchema,
  codeSchema,
  isoDateSchema,
  lineText,
  multiLineText,
  pageQuerySchema,
  requiredLine,
  uuidSchema,
  versionSchema,
} from '../common/primitives';
import { count, fiscalYearParam } from './shared';

/** A count field of an event kind (参加者数（市民）, 修了者数 …), configured per programme. */
export const eventFieldSchema = z.object({ code: z.string(), nameJa: z.string(), nameEn: z.string() });

/** A kind of event a programme records (講座, 研修, 会議 …); `followsKind`: it follows up one of that kind. */
export const eventKindSchema = z.object({
  code: z.string(),
  nameJa: z.string(),
  nameEn: z.string(),
  followsKind: z.string().nullable(),
  fields: z.array(eventFieldSchema),
});
export type EventKind = z.infer<typeof eventKindSchema>;

/**
 * A programme whose activities are recorded here (公民館 主催講座, サポーター養成講座, 在宅医療 研修 …):
 * its owner division, the plan policy it serves, its event kinds and what its events carry.
 */
export const communityProgrammeSchema = z.object({
  code: z.string(),
  nameJa: z.string(),
  nameEn: z.string(),
  divisionCode: z.string(),
  divisionName: z.string(),
  policyNo: z.number().int().nullable(),
  usesThemes: z.boolean(),
  usesProfessions: z.boolean(),
  recordsOrganisations: z.boolean(),
  kinds: z.array(eventKindSchema),
  /** Whether the actor may record this programme's events (its owner division's staff, planners, admins). */
  canWrite: z.boolean(),
});
export type CommunityProgramme = z.infer<typeof communityProgrammeSchema>;
export const communityProgrammeListSchema = z.object({ items: z.array(communityProgrammeSchema) });

/** An event of a programme: a course, training, lecture, meeting, forum …, with its counts. */
export const eventInputSchema = z.object({
  programmeCode: codeSchema,
  kindCode: codeSchema,
  title: requiredLine(200),
  heldOn: isoDateSchema,
  venue: lineText(200).default(''),
  schoolDistrictCode: codeSchema.nullable().default(null),
  welfareDistrictCode: codeSchema.nullable().default(null),
  themeCode: codeSchema.nullable().default(null),
  professions: codeArraySchema(30),
  /** 回数: an event held as a series counts its sessions (default one). */
  sessions: count(999)
    .refine((n) => n >= 1, { error: '1以上で入力してください / at least 1' })
    .default(1),
  /** The kind's count fields, by field code; a field left out counts as 0. */
  counts: z.record(codeSchema, count(1_000_000)).default({}),
  organisationIds: z.array(uuidSchema).max(200).default([]),
  followsEventId: uuidSchema.nullable().default(null),
  note: multiLineText(2000).default(''),
});
export type EventInput = z.infer<typeof eventInputSchema>;
export const eventUpdateSchema = eventInputSchema
  .omit({ programmeCode: true })
  .extend({ version: versionSchema });
export type EventUpdate = z.infer<typeof eventUpdateSchema>;

export const programmeEventSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  programmeCode: z.string(),
  kindCode: z.string(),
  title: z.string(),
  heldOn: z.string(),
  fiscalYear: z.number().int(),
  venue: z.string(),
  schoolDistrictCode: z.string().nullable(),
  welfareDistrictCode: z.string().nullable(),
  themeCode: z.string().nullable(),
  professions: z.array(z.string()),
  sessions: z.number().int(),
  counts: z.record(z.string(), z.number().int()),
  organisations: z.array(z.object({ id: z.uuid(), name: z.string() })),
  follows: z.object({ id: z.uuid(), title: z.string(), heldOn: z.string() }).nullable(),
  note: z.string(),
});
export type ProgrammeEvent = z.infer<typeof programmeEventSchema>;

export const eventListQuerySchema = pageQuerySchema.extend({
  fiscalYear: fiscalYearParam.optional(),
  kind: z.string().max(63).optional(),
  theme: z.string().max(63).optional(),
  /** A school district, or a welfare district (matching its school districts too). */
  district: z.string().max(63).optional(),
  q: z.string().trim().max(100).optional(),
});
export type EventListQuery = z.infer<typeof eventListQuerySchema>;

/** Events, counts and sessions summed: over a filtered list, or per kind and 年度. */
export const eventTotalsSchema = z.object({
  events: z.number().int(),
  sessions: z.number().int(),
  counts: z.record(z.string(), z.number().int()),
});
export type EventTotals = z.infer<typeof eventTotalsSchema>;

export const eventListSchema = z.object({
  items: z.array(programmeEventSchema),
  total: z.number().int(),
  totals: eventTotalsSchema,
});
export type EventList = z.infer<typeof eventListSchema>;

/** A programme's totals by 年度: per event kind, and per theme where the programme has themes. */
export const programmeTotalsSchema = z.object({
  programmeCode: z.string(),
  years: z.array(z.number().int()),
  byKind: z.array(eventTotalsSchema.extend({ fiscalYear: z.number().int(), kindCode: z.string() })),
  byTheme: z.array(
    z.object({ fiscalYear: z.number().int(), themeCode: z.string(), events: z.number().int() }),
  ),
});
export type ProgrammeTotals = z.infer<typeof programmeTotalsSchema>;

export const totalsQuerySchema = z.object({
  from: fiscalYearParam.optional(),
  to: fiscalYearParam.optional(),
});
