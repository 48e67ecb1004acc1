import type { Fixtures } from './authorization-fixtures';
import type { RequestSpec } from './authorization-requests';
import { today } from './cases';
import { DEMO_PASSWORD } from './global-setup';
import { intakeInput } from './households';

const STAFF = 'staff@demo.example';
const v = { version: 1 };
const agencyBody = (_f: Fixtures) => ({
  code: `matrix-${Math.random().toString(36).slice(2, 8)}`,
  name: '権限表テスト相談室',
  nameKana: 'けんげんひょう',
  categoryCode: 'community-care-centre',
  contact: {},
});
const member = () => ({ relationship: 'child', livesTogether: true });

/** The matrix calls of sign-in, the directory, settings, households, persons, consents, referrals and notifications. */
export const RECORD_REQUESTS: Record<string, RequestSpec> = {
  'POST /api/auth/login': { body: () => ({ email: 'auditor@demo.example', password: DEMO_PASSWORD }) },
  'POST /api/auth/password': {
    body: () => ({ currentPassword: 'not-the-password', newPassword: 'x'.repeat(16) }),
  },
  'POST /api/agencies': { body: agencyBody },
  'PUT /api/agencies/{id}': {
    body: (f) => ({ ...agencyBody(f), code: 'hokatsu-kita-chuo', version: 1 }),
    read: [STAFF, '/api/agencies/{agency}'],
  },
  'POST /api/agencies/{id}/change-requests': { body: (f) => ({ proposed: agencyBody(f), baseVersion: 1 }) },
  'GET /api/agency-change-requests': { listed: 'changeRequest' },
  'POST /api/agency-change-requests/{id}/decision': {
    body: () => ({ decision: 'reject', comment: '権限表' }),
  },
  'POST /api/code-lists/{list}': {
    body: () => ({ code: 'matrix-item', labelJa: '権限表', labelEn: 'Matrix' }),
  },
  'PUT /api/code-lists/items/{id}': { body: () => ({ labelJa: '権限表', labelEn: 'Matrix', ...v }) },
  'PUT /api/settings': { body: () => ({ referralAcceptBusinessDays: 2 }) },
  'POST /api/intakes': { body: () => intakeInput() },
  'PUT /api/households/{id}': {
    body: () => ({ address: '岡山市北区権限町1', schoolDistrictCode: null, ...v }),
    read: [STAFF, '/api/households/{household}'],
  },
  'GET /api/persons': { query: 'q=タカハシ%20ヨシコ', listed: 'person' },
  'PUT /api/persons/{id}': {
    body: () => ({
      familyName: '権限',
      givenName: '表',
      familyNameKana: 'ケンゲン',
      givenNameKana: 'ヒョウ',
      ...v,
    }),
    read: [STAFF, '/api/households/{household}'],
  },
  'POST /api/households/{id}/members': {
    body: () => ({
      person: { familyName: '権限', givenName: '次郎', familyNameKana: 'ケンゲン', givenNameKana: 'ジロウ' },
      relationship: 'child',
    }),
    read: [STAFF, '/api/households/{household}'],
  },
  'PUT /api/households/{id}/members/{personId}': {
    body: member,
    read: [STAFF, '/api/households/{household}'],
  },
  'DELETE /api/households/{id}/members/{personId}': {
    consumes: true,
    read: [STAFF, '/api/households/{household}'],
  },
  'POST /api/persons/{id}/sensitive': { body: () => ({ category: 'disability', content: '権限表' }) },
  'POST /api/households/{id}/print': { body: () => ({}) },
  'POST /api/persons/duplicates': {
    body: () => ({ familyNameKana: 'タカハシ', givenNameKana: 'ヨシコ', birthDate: '1948-02-29' }),
  },
  'POST /api/admin/duplicate-pairs/dismiss': { body: (f) => ({ personIds: [f.ids.person, f.ids.twin] }) },
  'POST /api/persons/{id}/merge': {
    id: 'twin',
    body: (f) => ({ intoPersonId: f.ids.person, reason: '同一人物の二重登録' }),
    read: [STAFF, '/api/households/{household}'],
  },
  'POST /api/address-districts/lookup': { body: () => ({ address: '岡山市北区鹿田町1-1-1' }) },
  'POST /api/persons/{id}/consents': {
    body: () => ({
      purpose: 'multi_agency_meeting',
      scopeAgencyCategories: ['community-care-centre'],
      method: 'verbal',
      obtainedOn: today(),
    }),
    read: [STAFF, '/api/persons/{person}/consents'],
  },
  'POST /api/consents/{id}/withdraw': { body: () => ({}), read: [STAFF, '/api/persons/{person}/consents'] },
  'POST /api/emergency-access': {
    body: () => ({
      familyNameKana: 'タカハシ',
      givenNameKana: 'ヨシコ',
      birthDate: '1948-02-29',
      reason: '通報あり',
    }),
  },
  'PUT /api/intake-draft': { body: () => ({ payload: { summary: '下書き' } }) },
  'POST /api/referrals': {
    body: (f) => ({
      householdId: f.ids.household,
      personId: f.ids.person,
      toAgencyIds: [f.ids.yorisoi],
      reason: '紹介',
      basis: 'consent',
    }),
  },
  // The fixture referral is agency A's outgoing one, accepted: the sender's box with every state.
  'GET /api/referrals': { query: 'box=outgoing&filter=all', listed: 'referral' },
  'GET /api/referrals/metrics': { query: 'fiscalYear=2025' },
  'POST /api/referrals/{id}/accept': { body: () => v, read: [STAFF, '/api/referrals/{referral}'] },
  'POST /api/referrals/{id}/start': { body: () => v, read: [STAFF, '/api/referrals/{referral}'] },
  'POST /api/referrals/{id}/complete': {
    body: () => ({ ...v, outcome: 'got_help' }),
    read: [STAFF, '/api/referrals/{referral}'],
  },
  'POST /api/referrals/{id}/hand-on': {
    body: (f) => ({ ...v, toAgencyId: f.ids.katsuyaku, reason: '就労支援のため' }),
    read: [STAFF, '/api/referrals/{referral}'],
  },
  'POST /api/referrals/{id}/escalate': {
    body: () => ({ ...v, reason: 'no_service' }),
    read: [STAFF, '/api/referrals/{referral}'],
  },
  'GET /api/notifications': { listed: 'notification' },
};
