import { z } from 'zod';
import { codeSchema, lineText, multiLineText, requiredLine, versionSchema } from '../common/primitives';

const kanaPattern = /^[\u3041-\u3096\u30a1-\u30fa\u30fc\u30fb\u3000 ]+$/;

export const agencyServiceSchema = z.object({
  name: requiredLine(100),
  description: multiLineText(1000).default(''),
});

export const agencyContactSchema = z.object({
  phone: lineText(30)
    .regex(/^[0-9０-９()（）\-－ ]*$/, {
      error: '電話番号は数字とハイフンで入力してください / digits and hyphens only',
    })
    .nullable()
    .default(null),
  email: z
    .email({ error: 'メールアドレスの形式が正しくありません / invalid e-mail' })
    .max(254)
    .nullable()
    .default(null),
  address: lineText(200).nullable().default(null),
  url: z
    .url({ protocol: /^https?$/, error: 'URLは http(s):// で始めてください / URL must be http(s)' })
    .max(500)
    .nullable()
    .default(null),
});

/** What a planner edits, a manager proposes and an import row carries. */
export const agencyInputSchema = z.object({
  code: codeSchema,
  name: requiredLine(120),
  nameKana: requiredLine(200).refine((s) => kanaPattern.test(s), {
    error: 'ふりがなはひらがな・カタカナで入力してください / kana only',
  }),
  categoryCode: codeSchema,
  fields: z.array(codeSchema).max(30).default([]),
  services: z.array(agencyServiceSchema).max(30).default([]),
  districts: z.array(codeSchema).max(200).default([]),
  contact: agencyContactSchema,
  hours: lineText(200).nullable().default(null),
  supportCouncilMember: z.boolean().default(false),
  capacityNote: multiLineText(500).nullable().default(null),
  isPublic: z.boolean().default(true),
});
export type AgencyInput = z.infer<typeof agencyInputSchema>;

/** A blank entry: what a new agency starts from (the form's 新規登録, an import row's missing columns). */
export function emptyAgencyInput(code = ''): AgencyInput {
  return {
    code,
    name: '',
    nameKana: '',
    categoryCode: '',
    fields: [],
    services: [],
    districts: [],
    contact: { phone: null, email: null, address: null, url: null },
    hours: null,
    supportCouncilMember: false,
    capacityNote: null,
    isPublic: true,
  };
}

export const agencyUpdateSchema = agencyInputSchema.extend({ version: versionSchema });

/** What the record lets the current user do, so the UI hides what the server would refuse. */
export const agencyAbilitiesSchema = z.object({ edit: z.boolean(), propose: z.boolean() });

export const agencySchema = agencyInputSchema.extend({
  id: z.uuid(),
  version: z.number().int(),
  updatedAt: z.string(),
  abilities: agencyAbilitiesSchema.optional(),
});
export type Agency = z.infer<typeof agencySchema>;

export const agencySearchQuerySchema = z.object({
  q: lineText(100).optional(),
  field: codeSchema.optional(),
  district: codeSchema.optional(),
  category: codeSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(100000).default(0),
});
export type AgencySearchQuery = z.infer<typeof agencySearchQuerySchema>;

export const agencyListSchema = z.object({ items: z.array(agencySchema), total: z.number().int() });

export const CHANGE_REQUEST_STATUSES = ['pending', 'approved', 'rejected'] as const;

export const changeRequestCreateSchema = z.object({
  proposed: agencyInputSchema,
  baseVersion: versionSchema,
  note: multiLineText(1000).nullable().default(null),
});

export const changeRequestDecisionSchema = z.object({
  decision: z.enum(['approve', 'reject']),
  comment: multiLineText(1000).nullable().default(null),
});

export const changeRequestSchema = z.object({
  id: z.uuid(),
  agencyId: z.uuid(),
  agencyName: z.string(),
  proposed: agencyInputSchema,
  baseVersion: z.number().int(),
  status: z.enum(CHANGE_REQUEST_STATUSES),
  note: z.string().nullable(),
  proposedBy: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionComment: z.string().nullable(),
  createdAt: z.string(),
  /** The fields whose proposed value differs from the current entry. */
  changedFields: z.array(z.string()),
});
export type ChangeRequest = z.infer<typeof changeRequestSchema>;
export const changeRequestListSchema = z.object({ items: z.array(changeRequestSchema) });

export const importQuerySchema = z.object({
  /** Import the valid rows even when some rows have errors. */
  validRowsOnly: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export const importReportSchema = z.object({
  totalRows: z.number().int(),
  validRows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  imported: z.boolean(),
  errors: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
});
export type ImportReport = z.infer<typeof importReportSchema>;

/** Columns of the CSV/xlsx form of the directory, in order. Lists are separated by '|'. */
export const AGENCY_TABLE_COLUMNS = [
  'code',
  'name',
  'nameKana',
  'categoryCode',
  'fields',
  'districts',
  'services',
  'phone',
  'email',
  'address',
  'url',
  'hours',
  'supportCouncilMember',
  'capacityNote',
  'isPublic',
] as const;
