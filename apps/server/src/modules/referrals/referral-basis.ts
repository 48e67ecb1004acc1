import type { ReferralBasis } from '@tsunagu/contracts/referrals';
import { type TenantSettings, tenantSettingsSchema } from '@tsunagu/contracts/settings';
import type { Tx } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import { findAgency } from '../agencies/agencies.repository';
import { findCoveringConsent } from '../consents/consents.repository';
import { findTenant } from '../settings/settings.repository';

/** How long an emergency-based referral opens the household to its receiver, without consent. */
export const EMERGENCY_LINK_DAYS = 14;

export type Destination = { id: string; name: string; categoryCode: string; consentId: string | null };

/**
 * Checks each receiving agency and the legal basis of disclosing the household to it (SPEC §2.3):
 * an active consent of the person for sharing with agencies whose scope names the agency or its
 * category, or a stated emergency. Refuses the whole send, naming the agencies not covered.
 */
export async function checkDestinations(
  tx: Tx,
  input: { personId: string; basis: ReferralBasis; fromAgencyId: string; excluded: string[] },
  agencyIds: string[],
): Promise<Destination[]> {
  const found: Destination[] = [];
  const issues: { path: string; message: string }[] = [];
  for (const [i, id] of agencyIds.entries()) {
    const agency = await findAgency(tx, id);
    if (!agency) {
      issues.push({ path: `toAgencyIds.${i}`, message: '紹介先の機関が見つかりません / no such agency' });
    } else if (id === input.fromAgencyId) {
      issues.push({
        path: `toAgencyIds.${i}`,
        message: '自分の機関には紹介できません / not your own agency',
      });
    } else if (input.excluded.includes(id)) {
      issues.push({
        path: `toAgencyIds.${i}`,
        message:
          'この世帯はすでにこの機関を経由しています。戻さずに推進員へエスカレーションしてください / this agency already had the household: escalate instead of sending it back',
      });
    } else {
      found.push({ id, name: agency.name, categoryCode: agency.categoryCode, consentId: null });
    }
  }
  if (issues.length) throw new AppError('validation_failed', undefined, issues);
  if (input.basis === 'emergency') return found;
  const uncovered: { id: string; name: string }[] = [];
  for (const d of found) {
    d.consentId = (await findCoveringConsent(tx, input.personId, 'support_sharing', d)) ?? null;
    if (!d.consentId) uncovered.push({ id: d.id, name: d.name });
  }
  if (uncovered.length) {
    throw new AppError('consent_required', { agencies: uncovered, personId: input.personId }, undefined, {
      ja: `次の紹介先に情報を渡す本人の同意がありません：${uncovered.map((a) => a.name).join('、')}。同意を記録するか、緊急の理由を記入してください。`,
      en: `No consent of the person covers: ${uncovered.map((a) => a.name).join(', ')}. Record consent, or state the emergency.`,
    });
  }
  return found;
}

/** The tenant's settings with defaults. */
export async function tenantSettings(tx: Tx, tenantId: string): Promise<TenantSettings> {
  const tenant = await findTenant(tx, tenantId);
  return tenantSettingsSchema.parse(tenant?.settings ?? {});
}
