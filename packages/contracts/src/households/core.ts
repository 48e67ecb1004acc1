import { toIsoDate } from '@tsunagu/japan';
import { z } from 'zod';
import { type CodeLabels, codeSchema, lineText, multiLineText, requiredLine } from '../common/primitives';
import { CONSENT_SCOPE_REQUIRED, consentFields, hasConsentScope } from '../consents';
import { REFERRAL_STATES } from '../referrals/states';

const kanaPattern = /^[\u3041-\u3096\u30a1-\u30fa\u30fc\u3000 ]+$/;
const kana = (max: number) =>
  requiredLine(max).refine((s) => kanaPattern.test(s), {
    error: 'ふりがなはひらがな・カタカナで入力してください / kana only',
  });
const isoDate = z.iso.date({ error: '日付は YYYY-MM-DD で入力してください / use YYYY-MM-DD' });

/** 性別: including other and not answered. */
export const SEXES = ['female', 'male', 'other', 'unanswered'] as const;
export const SEX_LABELS: Record<(typeof SEXES)[number], { ja: string; en: string }> = {
  female: { ja: '女性', en: 'Female' },
  male: { ja: '男性', en: 'Male' },
  other: { ja: 'その他', en: 'Other' },
  unanswered: { ja: '回答なし', en: 'Not answered' },
};

/** 続柄 of a member to the household's 本人. */
export const RELATIONSHIPS = [
  'self',
  'spouse',
  'child',
  'parent',
  'sibling',
  'grandchild',
  'grandparent',
  'other_relative',
  'other',
] as const;
export const RELATIONSHIP_LABELS: Record<(typeof RELATIONSHIPS)[number], { ja: string; en: string }> = {
  self: { ja: '本人', en: 'Client' },
  spouse: { ja: '配偶者', en: 'Spouse' },
  child: { ja: '子', en: 'Child' },
  parent: { ja: '父母', en: 'Parent' },
  sibling: { ja: '兄弟姉妹', en: 'Sibling' },
  grandchild: { ja: '孫', en: 'Grandchild' },
  grandparent: { ja: '祖父母', en: 'Grandparent' },
  other_relative: { ja: 'その他の親族', en: 'Other relative' },
  other: { ja: 'その他', en: 'Other' },
};

/** 要配慮個人情報 (個人情報保護法 第2条第3項) kinds recorded here. */
export const SENSITIVE_CATEGORIES = ['diagnosis', 'disability', 'offending', 'victimhood'] as const;
export type SensitiveCategory = (typeof SENSITIVE_CATEGORIES)[number];
export const SENSITIVE_CATEGORY_LABELS: Record<SensitiveCategory, { ja: string; en: string }> = {
  diagnosis: { ja: '病歴・診断', en: 'Diagnoses' },
  disability: { ja: '障害', en: 'Disability' },
  offending: { ja: '犯罪歴', en: 'Offending history' },
  victimhood: { ja: '犯罪被害', en: 'Victimhood' },
};

/** 相談の経路 and 来談者 of an intake. */
export const INTAKE_CHANNELS = ['visit', 'phone', 'home_visit', 'mail', 'online', 'other'] as const;
export const VISITORS = [
  'self',
  'family',
  'relative',
  'welfare_commissioner',
  'agency',
  'neighbour',
  'other',
] as const;
export const URGENCIES = ['low', 'normal', 'high', 'emergency'] as const;

/** The words for the codes, on screen and on the printed つなぐシート alike. */
export const INTAKE_CHANNEL_LABELS: CodeLabels<typeof INTAKE_CHANNELS> = {
  visit: { ja: '来所', en: 'Walk-in' },
  phone: { ja: '電話', en: 'Phone' },
  home_visit: { ja: '訪問', en: 'Home visit' },
  mail: { ja: '文書', en: 'Letter' },
  online: { ja: 'オンライン', en: 'Online' },
  other: { ja: 'その他', en: 'Other' },
};
export const VISITOR_LABELS: CodeLabels<typeof VISITORS> = {
  self: { ja: '本人', en: 'The person' },
  family: { ja: '家族', en: 'Family' },
  relative: { ja: '親族', en: 'Relative' },
  welfare_commissioner: { ja: '民生委員', en: 'Welfare commissioner' },
  agency: { ja: '関係機関', en: 'Another agency' },
  neighbour: { ja: '近隣住民', en: 'Neighbour' },
  other: { ja: 'その他', en: 'Other' },
};
export const URGENCY_LABELS: CodeLabels<typeof URGENCIES> = {
  low: { ja: '低', en: 'Low' },
  normal: { ja: '通常', en: 'Normal' },
  high: { ja: '高', en: 'High' },
  emergency: { ja: '緊急', en: 'Emergency' },
};

/** A person as entered: names exactly as typed (異体字 kept), ふりがな split 姓/名. */
export const personInputSchema = z.object({
  familyName: requiredLine(50),
  givenName: requiredLine(50),
  familyNameKana: kana(100),
  givenNameKana: kana(100),
  birthDate: isoDate
    .refine((d) => d >= '1900-01-01' && d <= toIsoDate(new Date()), {
      error: '生年月日が正しくありません / birth date out of range',
    })
    .nullable()
    .default(null),
  sex: z.enum(SEXES).default('unanswered'),
  address: lineText(200).nullable().default(null),
  schoolDistrictCode: codeSchema.nullable().default(null),
  phones: z
    .array(
      lineText(30).regex(/^[0-9０-９()（）+\-－ ]+$/, {
        error: '電話番号は数字とハイフンで入力してください / digits only',
      }),
    )
    .max(5)
    .default([]),
});
export type PersonInput = z.infer<typeof personInputSchema>;

/** One member of the household at intake: a new person, their 続柄 and their problems. */
export const intakeMemberSchema = z.object({
  person: personInputSchema,
  relationship: z.enum(RELATIONSHIPS),
  livesTogether: z.boolean().default(true),
  problems: z.array(codeSchema).max(15).default([]),
});

/** Most members a household may have at intake. */
const MAX_INTAKE_MEMBERS = 20;

/**
 * Consent obtained during the 相談受付: one consent, the same for each member who gave it (indexes in
 * the intake's members).
 */
export const intakeConsentSchema = z
  .object({
    members: z
      .array(z.number().int().min(0))
      .min(1, { error: '同意した世帯員を1人以上選んでください / choose at least one member' })
      .max(MAX_INTAKE_MEMBERS),
    ...consentFields,
  })
  .refine(hasConsentScope, CONSENT_SCOPE_REQUIRED);
export type IntakeConsent = z.infer<typeof intakeConsentSchema>;

/** 相談受付: what any agency records when someone comes for help. */
export const intakeCreateSchema = z
  .object({
    receivedOn: isoDate,
    channel: z.enum(INTAKE_CHANNELS),
    visitor: z.enum(VISITORS),
    summary: multiLineText(4000),
    urgency: z.enum(URGENCIES).default('normal'),
    /** 配慮希望: how the person wants to be approached (筆談, 郵送不可, 女性職員 …). */
    accommodation: multiLineText(1000).nullable().default(null),
    members: z.array(intakeMemberSchema).min(1).max(MAX_INTAKE_MEMBERS),
    /** The household's main problem: which member (index in members) and which category. */
    mainProblem: z.object({ member: z.number().int().min(0), code: codeSchema }),
    /** 同意（情報共有） obtained at the intake, if any. */
    consent: intakeConsentSchema.nullable().default(null),
  })
  .refine((i) => i.members.filter((m) => m.relationship === 'self').length === 1, {
    error: '本人を1人だけ指定してください / exactly one member must be the client (self)',
    path: ['members'],
  })
  .refine((i) => i.members[i.mainProblem.member]?.problems.includes(i.mainProblem.code) ?? false, {
    error:
      '主訴はその世帯員のお困りごとから選んでください / the main problem must be one of that member’s problems',
    path: ['mainProblem'],
  })
  .refine((i) => i.consent?.members.every((m) => m < i.members.length) ?? true, {
    error: '同意した世帯員が世帯員の中にいません / consent members must be members of the household',
    path: ['consent', 'members'],
  });
export type IntakeCreate = z.infer<typeof intakeCreateSchema>;

export const personSchema = personInputSchema.extend({ id: z.uuid(), version: z.number().int() });
export type Person = z.infer<typeof personSchema>;

export const intakeSummarySchema = z.object({
  id: z.uuid(),
  agencyId: z.uuid(),
  agencyName: z.string(),
  receivedOn: z.string(),
  channel: z.enum(INTAKE_CHANNELS),
  visitor: z.enum(VISITORS),
  urgency: z.enum(URGENCIES),
  summary: z.string(),
  accommodation: z.string().nullable(),
  problems: z.array(z.object({ personId: z.uuid(), code: z.string(), main: z.boolean() })),
});

/** A household as its linked agencies see it. */
export const householdSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  address: z.string().nullable(),
  schoolDistrictCode: z.string().nullable(),
  members: z.array(
    z.object({
      person: personSchema,
      relationship: z.enum(RELATIONSHIPS),
      livesTogether: z.boolean(),
      /** Which kinds of 要配慮個人情報 are recorded — never their content, which is a separate, logged read. */
      sensitiveCategories: z.array(z.enum(SENSITIVE_CATEGORIES)),
    }),
  ),
  intakes: z.array(intakeSummarySchema),
  /** What the record lets the current user do, so the UI hides what the server would refuse. */
  abilities: z.object({ edit: z.boolean(), refer: z.boolean(), exportSensitive: z.boolean() }),
  /** 紹介先・紹介理由: the household's referrals the actor's agency takes part in (all, for coordinators). */
  referrals: z.array(
    z.object({
      id: z.uuid(),
      fromAgencyName: z.string(),
      toAgencyName: z.string(),
      state: z.enum(REFERRAL_STATES),
      sentAt: z.string(),
      reason: z.string(),
    }),
  ),
});
export type Household = z.infer<typeof householdSchema>;

export const intakeCreatedSchema = z.object({ intakeId: z.uuid(), householdId: z.uuid() });

export const personSearchQuerySchema = z.object({
  q: requiredLine(100),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const personSearchResultSchema = z.object({
  items: z.array(personSchema.extend({ householdIds: z.array(z.uuid()) })),
});
