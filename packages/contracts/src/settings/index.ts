import { z } from 'zod';
import { codeSchema, requiredLine, versionSchema } from '../common/primitives';

/** The tenant code lists. */
export const CODE_LISTS = [
  'welfare_district',
  'school_district',
  'division',
  'problem_category',
  'agency_category',
  'job_task',
  'work_demand',
  'industry',
  'interest',
  'accessibility',
  'community_theme',
  'profession',
  'council_activity',
  'advisor_field',
  'medical_care',
  'board_field',
] as const;
export const codeListNameSchema = z.enum(CODE_LISTS);
export type CodeListName = z.infer<typeof codeListNameSchema>;

export const CODE_LIST_LABELS: Record<CodeListName, { ja: string; en: string }> = {
  welfare_district: { ja: '福祉区', en: 'Welfare districts' },
  school_district: { ja: '小学校区・地区', en: 'School districts' },
  division: { ja: '担当課', en: 'Divisions' },
  problem_category: { ja: 'お困りごとの分類', en: 'Problem categories' },
  agency_category: { ja: '相談機関の種別', en: 'Agency categories' },
  job_task: { ja: '業務（切り分けた仕事）', en: 'Job tasks' },
  work_demand: { ja: '仕事に求められること（本人の制約）', en: 'Work demands' },
  industry: { ja: '業種', en: 'Industries' },
  interest: { ja: '関心・趣味', en: 'Interests' },
  accessibility: { ja: 'バリアフリー・配慮', en: 'Accessibility' },
  community_theme: { ja: '講座のテーマ', en: 'Course themes' },
  profession: { ja: '対象職種', en: 'Professions' },
  council_activity: { ja: '支え合い推進会議の活動', en: 'Council activities' },
  advisor_field: { ja: 'アドバイザーの分野', en: 'Advisor fields' },
  medical_care: { ja: '医療的ケアの種類', en: 'Kinds of medical care' },
  board_field: { ja: 'マッチングの分野', en: 'Matching board fields' },
};

export const codeListItemInputSchema = z.object({
  code: codeSchema,
  labelJa: requiredLine(100),
  labelEn: requiredLine(100),
  parentCode: codeSchema.nullable().default(null),
  sample: z.boolean().default(false),
  active: z.boolean().default(true),
  sortOrder: z.number().int().min(0).max(100000).default(0),
});
export type CodeListItemInput = z.infer<typeof codeListItemInputSchema>;

export const codeListItemUpdateSchema = codeListItemInputSchema
  .omit({ code: true })
  .extend({ version: versionSchema });

export const codeListItemSchema = codeListItemInputSchema.extend({
  id: z.uuid(),
  list: codeListNameSchema,
  version: z.number().int(),
});
export type CodeListItem = z.infer<typeof codeListItemSchema>;

export const codeListsSchema = z.object(
  Object.fromEntries(CODE_LISTS.map((l) => [l, z.array(codeListItemSchema)])) as Record<
    CodeListName,
    z.ZodArray<typeof codeListItemSchema>
  >,
);
export type CodeLists = z.infer<typeof codeListsSchema>;

/** Tenant-wide settings, editable by admins. */
export const tenantSettingsSchema = z.object({
  referralAcceptBusinessDays: z.number().int().min(1).max(30).default(2),
  referralAutoEscalateBusinessDays: z.number().int().min(1).max(60).default(5),
  /** The agency (相談支援包括化推進員の窓口) to which escalated referrals are opened. */
  coordinatorAgencyId: z.uuid().nullable().default(null),
  yearEndClosure: z.boolean().default(true),
  loginMaxFailures: z.number().int().min(3).max(20).default(5),
  loginLockMinutes: z.number().int().min(1).max(1440).default(15),
  sessionHours: z.number().int().min(1).max(72).default(12),
});
export type TenantSettings = z.infer<typeof tenantSettingsSchema>;

export const tenantSettingsResponseSchema = z.object({
  slug: z.string(),
  name: z.string(),
  nameEn: z.string(),
  settings: tenantSettingsSchema,
});

/** The tenant's public profile: who runs this directory. */
export const tenantProfileSchema = z.object({ slug: z.string(), name: z.string(), nameEn: z.string() });
export type TenantProfile = z.infer<typeof tenantProfileSchema>;
