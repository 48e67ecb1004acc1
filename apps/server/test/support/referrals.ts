import type { ReferralDetail } from '@tsunagu/contracts/referrals';
import { clientOf, intakeInput, readHousehold, recordIntake } from './households';
import type { Session, TestApp } from './test-app';

/**
 * A household recorded by `session`'s agency whose 本人 consented to sharing with the given agencies
 * (by id) and agency categories. Returns the household and the 本人's person id.
 */
export async function consentingHousehold(
  t: TestApp,
  session: Session,
  scope: { agencyIds?: string[]; categories?: string[] },
) {
  const { householdId } = await recordIntake(
    t,
    session,
    intakeInput({
      consent: {
        members: [0],
        purpose: 'support_sharing',
        scopeAgencyIds: scope.agencyIds ?? [],
        scopeAgencyCategories: scope.categories ?? [],
        method: 'written',
        obtainedOn: '2025-05-07',
        note: null,
      },
    }),
  );
  return { householdId, personId: clientOf(await readHousehold(t, session, householdId)) };
}

/** Sends one referral and returns its id; throws unless the send answers 201. */
export async function sendReferral(
  t: TestApp,
  session: Session,
  body: { householdId: string; personId: string; toAgencyIds: string[]; reason?: string },
) {
  const res = await t.call(session, 'POST', '/api/referrals', {
    reason: '家計と就労の相談先として紹介します。',
    basis: 'consent',
    ...body,
  });
  if (res.statusCode !== 201) throw new Error(`send failed: ${res.statusCode} ${res.body}`);
  return (res.json() as { items: { id: string }[] }).items.map((i) => i.id);
}

/** The referral as the session sees it; throws unless 200. */
export async function readReferral(t: TestApp, session: Session, id: string): Promise<ReferralDetail> {
  const res = await t.call(session, 'GET', `/api/referrals/${id}`);
  if (res.statusCode !== 200) throw new Error(`referral read failed: ${res.statusCode} ${res.body}`);
  return res.json() as ReferralDetail;
}
