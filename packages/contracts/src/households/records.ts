import { z } from 'zod';
import { codeSchema, lineText, multiLineText, requiredLine } from '../common/primitives';
import { personInputSchema, personSchema, RELATIONSHIPS, SENSITIVE_CATEGORIES } from './core';

const version = z.number().int().min(1);

/** Editing a person: every field as at entry, and the version read (a stale one is a 409). */
export const personUpdateSchema = personInputSchema.extend({ version });
export type PersonUpdate = z.infer<typeof personUpdateSchema>;

/** Editing a household: its address and school district. */
export const householdUpdateSchema = z.object({
  address: lineText(200).nullable(),
  schoolDistrictCode: codeSchema.nullable(),
  version,
});
export type HouseholdUpdate = z.infer<typeof householdUpdateSchema>;

/** Editing a membership: 続柄 and whether they live together. */
export const memberUpdateSchema = z.object({
  relationship: z.enum(RELATIONSHIPS),
  livesTogether: z.boolean(),
});
export type MemberUpdate = z.infer<typeof memberUpdateSchema>;

/** Adding a new person to a household. */
export const memberAddSchema = z.object({
  person: personInputSchema,
  relationship: z.enum(RELATIONSHIPS).exclude(['self']),
  livesTogether: z.boolean().default(true),
});
export type MemberAdd = z.infer<typeof memberAddSchema>;

export const memberParamsSchema = z.object({ id: z.uuid(), personId: z.uuid() });

/** 変更履歴: one change to a person, household or membership. */
export const HISTORY_ACTIONS = [
  'created',
  'updated',
  'member_added',
  'member_updated',
  'member_removed',
  'merged_from',
  'merged_into',
] as const;
export const historyEntrySchema = z.object({
  id: z.uuid(),
  entityType: z.enum(['person', 'household', 'household_member']),
  personId: z.uuid().nullable(),
  action: z.enum(HISTORY_ACTIONS),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
  changedByName: z.string().nullable(),
  changedByAgencyName: z.string().nullable(),
  changedAt: z.string(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export const historyListSchema = z.object({ items: z.array(historyEntrySchema) });

export const sensitiveNoteCreateSchema = z.object({
  category: z.enum(SENSITIVE_CATEGORIES),
  content: multiLineText(2000).refine((s) => s.trim().length > 0, { error: '入力してください / required' }),
  /** The entry this one corrects (entries are never changed). */
  supersedes: z.uuid().nullable().default(null),
});
export type SensitiveNoteCreate = z.infer<typeof sensitiveNoteCreateSchema>;

export const sensitiveNoteSchema = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  category: z.enum(SENSITIVE_CATEGORIES),
  content: z.string(),
  supersedes: z.uuid().nullable(),
  /** True when a later entry corrects this one. */
  superseded: z.boolean(),
  recordedByAgencyName: z.string(),
  createdAt: z.string(),
});
export type SensitiveNote = z.infer<typeof sensitiveNoteSchema>;
export const sensitiveNoteListSchema = z.object({ items: z.array(sensitiveNoteSchema) });

/** Printing the sheet: the 要配慮個人情報 to print, or null when the user may not take it out. */
export const sheetPrintSchema = z.object({ sensitive: z.array(sensitiveNoteSchema).nullable() });
/**
 * A print to log. From the 印刷 button, 要配慮個人情報 comes back for those allowed to print it; a print
 * from the browser's own menu (Ctrl+P) is logged without it, as the page carries none.
 */
export const sheetPrintRequestSchema = z.object({ withSensitive: z.boolean().default(true) });

/** 住所 → 学区: the district an address lies in, when the tenant's table knows its town. */
export const districtLookupSchema = z.object({ address: requiredLine(200) });
export const districtLookupResultSchema = z.object({
  schoolDistrictCode: z.string().nullable(),
  town: z.string().nullable(),
});

/** Duplicate check while entering a person: what has been typed so far. */
export const duplicateCheckSchema = z.object({
  familyName: lineText(50).default(''),
  givenName: lineText(50).default(''),
  familyNameKana: lineText(100).default(''),
  givenNameKana: lineText(100).default(''),
  birthDate: z.iso.date().nullable().default(null),
  address: lineText(200).nullable().default(null),
  phones: z.array(lineText(30)).max(5).default([]),
});
export type DuplicateCheck = z.infer<typeof duplicateCheckSchema>;

const duplicateReasonSchema = z.object({
  item: z.enum(['name_kana', 'name_kanji', 'birth_date', 'address', 'phone']),
  points: z.number(),
  detail: z.string(),
});
/**
 * A candidate the user's agency may see comes with the person, their households and why it matched;
 * one held only by other agencies is disclosed minimally — that it exists and how likely, nothing more.
 */
export const duplicateCandidateSchema = z.discriminatedUnion('visible', [
  z.object({
    visible: z.literal(true),
    score: z.number(),
    reasons: z.array(duplicateReasonSchema),
    person: personSchema,
    householdIds: z.array(z.uuid()),
  }),
  z.object({ visible: z.literal(false), score: z.number() }),
]);
export type DuplicateCandidate = z.infer<typeof duplicateCandidateSchema>;
export const duplicateCheckResultSchema = z.object({ items: z.array(duplicateCandidateSchema) });

/** For coordinators and admins: likely duplicate pairs across the tenant, identified enough to decide. */
export const duplicatePairSchema = z.object({
  score: z.number(),
  reasons: z.array(duplicateReasonSchema),
  persons: z.array(
    z.object({
      id: z.uuid(),
      familyName: z.string(),
      givenName: z.string(),
      familyNameKana: z.string(),
      givenNameKana: z.string(),
      birthDate: z.string().nullable(),
      address: z.string().nullable(),
      agencyNames: z.array(z.string()),
      createdAt: z.string(),
    }),
  ),
});
export const duplicatePairListSchema = z.object({ items: z.array(duplicatePairSchema) });

/** 別人として除外: the two records are different people; the pair leaves the review list. */
export const duplicateDismissSchema = z.object({
  personIds: z
    .tuple([z.uuid(), z.uuid()])
    .refine(([a, b]) => a !== b, { error: '異なる2人を指定してください / two different persons' }),
  note: multiLineText(1000).nullable().default(null),
});
export type DuplicateDismiss = z.infer<typeof duplicateDismissSchema>;

/** Merging a duplicate into the record that stays: nothing is deleted, both histories remain. */
export const personMergeSchema = z.object({
  intoPersonId: z.uuid(),
  reason: requiredLine(500),
});
export const personMergeResultSchema = z.object({ personId: z.uuid(), mergedPersonId: z.uuid() });

/** 下書き: the intake form as last typed, kept for its author only. */
export const intakeDraftSchema = z.object({
  payload: z.record(z.string(), z.unknown()),
  updatedAt: z.string(),
});
export const intakeDraftSaveSchema = z.object({ payload: z.record(z.string(), z.unknown()) });
