import { toIsoDate } from '@tsunagu/japan';
import { z } from 'zod';
import { codeSchema, multiLineText } from '../common/primitives';

/** What the person agreed their information may be used for. */
export const CONSENT_PURPOSES = ['support_sharing', 'multi_agency_meeting'] as const;
export const CONSENT_PURPOSE_LABELS: Record<(typeof CONSENT_PURPOSES)[number], { ja: string; en: string }> = {
  support_sharing: { ja: '支援のための関係機関との情報共有', en: 'Sharing with agencies for support' },
  multi_agency_meeting: { ja: '重層的支援会議での情報共有', en: 'Sharing at the support-plan meeting' },
};

/** How the consent was obtained. */
export const CONSENT_METHODS = ['written', 'verbal'] as const;
export const CONSENT_METHOD_LABELS: Record<(typeof CONSENT_METHODS)[number], { ja: string; en: string }> = {
  written: { ja: '書面', en: 'Written' },
  verbal: { ja: '口頭', en: 'Verbal' },
};

/**
 * The fields of a consent as recorded, shared by the consent page and the 相談受付 (which records it
 * for several members at once). Use with {@link hasConsentScope} and {@link CONSENT_SCOPE_REQUIRED}.
 */
export const consentFields = {
  purpose: z.enum(CONSENT_PURPOSES),
  /** Named agencies the information may go to. */
  scopeAgencyIds: z.array(z.uuid()).max(200).default([]),
  /** Or whole agency categories (e.g. every 地域包括支援センター). */
  scopeAgencyCategories: z.array(codeSchema).max(50).default([]),
  method: z.enum(CONSENT_METHODS),
  obtainedOn: z.iso
    .date({ error: '日付は YYYY-MM-DD で入力してください / use YYYY-MM-DD' })
    .refine((d) => d <= toIsoDate(new Date()), {
      error: '未来の日付は指定できません / cannot be in the future',
    }),
  note: multiLineText(1000).nullable().default(null),
};

/** A consent must name at least one agency or agency category. */
export const hasConsentScope = (c: { scopeAgencyIds: string[]; scopeAgencyCategories: string[] }) =>
  c.scopeAgencyIds.length + c.scopeAgencyCategories.length > 0;
export const CONSENT_SCOPE_REQUIRED = {
  error: '共有先の機関または機関の種別を1つ以上選んでください / choose at least one agency or category',
  path: ['scopeAgencyIds'],
};

export const consentCreateSchema = z.object(consentFields).refine(hasConsentScope, CONSENT_SCOPE_REQUIRED);
export type ConsentCreate = z.infer<typeof consentCreateSchema>;

export const consentWithdrawSchema = z.object({ note: multiLineText(1000).nullable().default(null) });

export const consentSchema = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  purpose: z.enum(CONSENT_PURPOSES),
  scopeAgencies: z.array(z.object({ id: z.uuid(), name: z.string() })),
  scopeAgencyCategories: z.array(z.string()),
  method: z.enum(CONSENT_METHODS),
  obtainedOn: z.string(),
  recordedByAgencyName: z.string(),
  note: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  withdrawalNote: z.string().nullable(),
  createdAt: z.string(),
  /** True until withdrawn. */
  active: z.boolean(),
});
export type Consent = z.infer<typeof consentSchema>;
export const consentListSchema = z.object({ items: z.array(consentSchema) });
