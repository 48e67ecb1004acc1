import type { Fixtures } from './authorization-fixtures';
import { planInput, today } from './cases';
import { dispatchInput, eventInput, organisationInput, physicianInput, postInput } from './community';
import { DEMO_PASSWORD } from './global-setup';
import { intakeInput } from './households';
import { meetingInput } from './meetings';
import { employerInput, openingInput } from './participation';

/** How one endpoint is called in the matrix. */
export type RequestSpec = {
  /** A valid body (so that validation cannot answer before authorization). */
  body?: (f: Fixtures) => unknown;
  /** The fixture id that fills `{id}` when the path's prefix would choose another. */
  id?: string;
  /** A query string the endpoint needs. */
  query?: string;
  /** The division that owns the records (chooses progOwn); community-care unless given. */
  division?: string;
  /** A list: the fixture id that is present (ok) or absent (filtered) in the answer. */
  listed?: string;
  /** A permitted write that removes its record: after the first permitted actor, 404 is expected. */
  consumes?: boolean;
  /** The owner's read that must not change when the write is denied: [email, url template]. */
  read?: [string, string];
};

/**
 * Writes whose body here is still refused by validation for some actors (a 400 that proves nothing about
 * authorization): for them only the other cells are compared. Import takes a file, not JSON (415).
 */
export const INVALID_BODY = new Set([
  'POST /api/agencies/import',
  'POST /api/agencies/{id}/change-requests',
  'POST /api/auth/password',
  'POST /api/code-lists/{list}',
  'PUT /api/code-lists/items/{id}',
  'POST /api/emergency-access',
  'POST /api/monitorings/{id}',
  'POST /api/participation/participants/{id}/case',
  'POST /api/persons/{id}/consents',
  'PUT /api/plan/indicators/{id}/values/{fiscalYear}',
]);

/** The fixture that `{id}` means, by the path's prefix (the longest prefix wins). */
export const ID_BY_PREFIX: [string, string][] = [
  ['/api/admin/sessions/', 'session'],
  ['/api/agencies/', 'agency'],
  ['/api/agency-change-requests/', 'changeRequest'],
  ['/api/code-lists/items/', 'codeItem'],
  ['/api/households/', 'household'],
  ['/api/persons/', 'person'],
  ['/api/consents/', 'consent'],
  ['/api/referrals/', 'referral'],
  ['/api/notifications/', 'notification'],
  ['/api/cases/', 'case'],
  ['/api/plans/', 'plan'],
  ['/api/monitorings/', 'monitoring'],
  ['/api/tasks/', 'task'],
  ['/api/meetings/', 'meeting'],
  ['/api/stories/', 'story'],
  ['/api/plan/indicators/', 'indicator'],
  ['/api/plan/entries/', 'entry'],
  ['/api/plan/surveys/', 'survey'],
  ['/api/participation/participants/', 'participant'],
  ['/api/participation/openings/', 'opening'],
  ['/api/participation/places/', 'place'],
  ['/api/participation/matches/', 'match'],
  ['/api/participation/follow-ups/', 'followUp'],
  ['/api/participation/employers/', 'employer'],
  ['/api/participation/fairs/', 'fair'],
  ['/api/community/events/', 'event'],
  ['/api/community/advisors/', 'advisor'],
  ['/api/community/dispatches/', 'dispatch'],
  ['/api/community/organisations/', 'organisation'],
  ['/api/community/physicians/', 'physician'],
  ['/api/community/board/posts/', 'need'],
];

const STAFF = 'staff@demo.example';
const COORDINATOR = 'coordinator@demo.example';
const v = { version: 1 };
const CIVIC = 'civic-collaboration';
const MEDICAL = 'medical-policy';
const agencyBody = (_f: Fixtures) => ({
  code: `matrix-${Math.random().toString(36).slice(2, 8)}`,
  name: '権限表テスト相談室',
  nameKana: 'けんげんひょう',
  categoryCode: 'community-care-centre',
  contact: {},
});
const member = () => ({ relationship: 'child', livesTogether: true });

/** Every endpoint of the document that needs more than its templated path (bodies, queries, lists). */
export const REQUESTS: Record<string, RequestSpec> = {
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
    body: () => ({ purpose: 'multi_agency_meeting', method: 'verbal', obtainedOn: today() }),
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
  'POST /api/cases': {
    body: (f) => ({ householdId: f.ids.household, personId: f.ids.person, summary: '権限表の依頼' }),
  },
  'GET /api/cases': { listed: 'case' },
  'POST /api/cases/triage': { body: (f) => ({ caseId: f.ids.case, kind: 'coordinated' }) },
  'POST /api/cases/{id}/team': {
    body: (f) => ({ agencyId: f.ids.katsuyaku, role: 'partner_support' }),
    read: [COORDINATOR, '/api/cases/{case}'],
  },
  'POST /api/cases/{id}/team/end': {
    body: (f) => ({ memberId: f.ids.teamMember }),
    read: [COORDINATOR, '/api/cases/{case}'],
  },
  'POST /api/cases/{id}/contacts': {
    body: (f) => ({ contactedOn: today(), agencyId: f.ids.agency, method: 'phone', content: '連絡' }),
    read: [COORDINATOR, '/api/cases/{case}'],
  },
  'POST /api/cases/{id}/outreach': {
    body: () => ({ visitedOn: today(), beforeConsent: false, summary: '訪問' }),
    read: [COORDINATOR, '/api/cases/{case}'],
  },
  'POST /api/cases/{id}/records': {
    body: () => ({ occurredOn: today(), body: '記録' }),
    read: [COORDINATOR, '/api/cases/{case}'],
  },
  'POST /api/cases/{id}/close': {
    body: () => ({ version: 99, outcome: 'resolved', closedOn: today(), note: '終結' }),
    read: [COORDINATOR, '/api/cases/{case}'],
  },
  'POST /api/cases/{id}/review': {
    body: () => ({ reviewedOn: today(), findings: '検証' }),
    read: [COORDINATOR, '/api/cases/{case}'],
  },
  'POST /api/cases/{id}/plans': {
    body: (f) => planInput(f.ids.agency!),
    read: [COORDINATOR, '/api/cases/{case}'],
  },
  'POST /api/plans/{id}/approve': { body: () => ({}), read: [COORDINATOR, '/api/cases/{case}'] },
  'POST /api/cases/{id}/plan/print': { body: () => ({}) },
  'POST /api/monitorings/{id}': {
    body: () => ({
      doneOn: today(),
      evaluations: [{ goalIndex: 0, result: 'partly' }],
      decision: 'continue',
    }),
    read: [COORDINATOR, '/api/cases/{case}'],
  },
  // Every monitoring due until far ahead: the fixture's (the approved plan's first) is on it for those who see the case.
  'GET /api/monitorings': { query: 'until=2099-12-31', listed: 'monitoring' },
  'GET /api/tasks': { listed: 'task' },
  'POST /api/tasks/{id}/done': { body: () => ({}), read: [STAFF, '/api/tasks?show=all'] },
  'POST /api/meetings': { body: (f) => meetingInput('case_conference', [f.ids.case!], [f.ids.agency!]) },
  'GET /api/meetings': { listed: 'meeting' },
  'POST /api/meetings/{id}/acknowledge': {
    body: (f) => ({ attendeeId: f.ids.attendee }),
    read: [COORDINATOR, '/api/meetings/{meeting}'],
  },
  'POST /api/meetings/{id}/minutes': {
    body: () => ({ ...v, minutes: '議事録', decisions: [], roles: [], actionItems: [] }),
    read: [COORDINATOR, '/api/meetings/{meeting}'],
  },
  'POST /api/meetings/{id}/close': { body: () => v, read: [COORDINATOR, '/api/meetings/{meeting}'] },
  'POST /api/cases/{id}/story': { id: 'closedCase', body: () => ({}) },
  'GET /api/stories': { listed: 'story' },
  'PUT /api/stories/{id}': {
    body: () => ({ ...v, title: '事例', body: '本文', problemFields: [], agencyKinds: [] }),
    read: [COORDINATOR, '/api/stories/{story}'],
  },
  'POST /api/stories/{id}/submit': { body: () => v, read: [COORDINATOR, '/api/stories/{story}'] },
  'POST /api/stories/{id}/publish': { body: () => v, read: [COORDINATOR, '/api/stories/{story}'] },
  'POST /api/stories/{id}/return': { body: () => v, read: [COORDINATOR, '/api/stories/{story}'] },
  'PUT /api/plan/indicators/{id}': {
    body: () => ({
      ...v,
      target: null,
      targetFiscalYear: null,
      metricKey: null,
      openingBalance: 0,
      achievements: '',
    }),
  },
  'PUT /api/plan/indicators/{id}/values/{fiscalYear}': { body: () => ({ value: 1 }) },
  'POST /api/plan/report/print': { body: () => ({}) },
  'GET /api/plan/entries': { listed: 'entry' },
  'POST /api/plan/entries': {
    body: (f) => ({ itemId: f.ids.planItem, fiscalYear: 2023, divisionCode: 'community-care' }),
  },
  'PUT /api/plan/entries/{id}': {
    body: () => ({ ...v, achievements: '実績', nextSteps: '方針' }),
    read: [STAFF, '/api/plan/entries/{entry}'],
  },
  'POST /api/plan/entries/{id}/submit': { body: () => v, read: [STAFF, '/api/plan/entries/{entry}'] },
  'POST /api/plan/entries/{id}/approve': { body: () => v, read: [STAFF, '/api/plan/entries/{entry}'] },
  'POST /api/plan/entries/{id}/return': {
    body: () => ({ ...v, comment: '差戻し' }),
    read: [STAFF, '/api/plan/entries/{entry}'],
  },
  'POST /api/plan/entries/{id}/comment': {
    body: () => ({ comment: 'コメント' }),
    read: [STAFF, '/api/plan/entries/{entry}'],
  },
  'POST /api/plan/surveys': { body: () => ({ fiscalYear: 2026, closesOn: '2099-03-31' }) },
  'POST /api/plan/surveys/{id}/close': { body: () => ({}) },
  'POST /api/plan/surveys/{id}/answer': { body: () => ({ answer: 'yes' }) },
  'GET /api/participation/participants': { listed: 'participant' },
  'POST /api/participation/participants': {
    body: (f) => {
      const { person: _p, ...rest } = participantBody();
      return { ...rest, personId: f.ids.member };
    },
  },
  'PUT /api/participation/participants/{id}': {
    body: () => ({ healthLevel: 'good', barrierLevel: 'medium', ...v }),
    read: [STAFF, '/api/participation/participants/{participant}'],
  },
  'POST /api/participation/participants/{id}/assign': {
    body: (f) => ({ ...v, allocatedAgencyId: f.ids.katsuyaku, assignedUserId: null }),
    read: [STAFF, '/api/participation/participants/{participant}'],
  },
  'POST /api/participation/participants/{id}/close': {
    body: () => ({ version: 99, closedOn: today(), reason: '終了' }),
    read: [STAFF, '/api/participation/participants/{participant}'],
  },
  'POST /api/participation/participants/{id}/case': {
    body: (f) => ({ version: 99, caseId: f.ids.case }),
    read: [STAFF, '/api/participation/participants/{participant}'],
  },
  'POST /api/participation/matches': {
    body: (f) => ({ participantId: f.ids.participant, placeId: f.ids.place, proposedOn: today() }),
  },
  'POST /api/participation/matches/{id}/trial': {
    body: () => ({ version: 99, trialFrom: today(), trialTo: today() }),
  },
  'POST /api/participation/matches/{id}/place': { body: () => ({ version: 99, placedOn: today() }) },
  'POST /api/participation/matches/{id}/end': {
    body: () => ({ version: 99, endedOn: today(), reason: '終了' }),
  },
  'POST /api/participation/matches/{id}/decline': {
    body: () => ({ version: 99, endedOn: today(), reason: '辞退' }),
  },
  'POST /api/participation/follow-ups/{id}': {
    body: () => ({
      version: 99,
      doneOn: today(),
      personContacted: true,
      employerContacted: true,
      stillWorking: true,
    }),
  },
  'POST /api/participation/employers': { body: () => employerInput() },
  'PUT /api/participation/employers/{id}': { body: () => ({ ...employerInput(), version: 99 }) },
  'POST /api/participation/employers/{id}/openings': { body: () => openingInput() },
  'PUT /api/participation/openings/{id}': { body: () => ({ ...openingInput(), version: 99 }) },
  'POST /api/participation/places': { body: () => ({ name: '居場所', kind: 'ibasho' }) },
  'PUT /api/participation/places/{id}': { body: () => ({ name: '居場所', kind: 'ibasho', version: 99 }) },
  'POST /api/participation/fairs': { body: () => fairBody },
  'PUT /api/participation/fairs/{id}': { body: () => ({ ...fairBody, version: 99 }) },
  'GET /api/community/programmes/{code}/events': { listed: 'event' },
  'POST /api/community/events': { body: () => supporterEvent() },
  'PUT /api/community/events/{id}': {
    body: () => {
      const { programmeCode: _p, ...rest } = supporterEvent();
      return { ...rest, version: 99 };
    },
  },
  'PUT /api/community/councils/{schoolDistrictCode}/{fiscalYear}': {
    body: () => ({ established: true, active: true }),
  },
  'POST /api/community/councils/carry-forward': { body: () => ({ fiscalYear: 2025 }) },
  'POST /api/community/advisors': { division: CIVIC, body: () => ({ name: '助言者', fieldCode: 'ict' }) },
  'PUT /api/community/advisors/{id}': {
    division: CIVIC,
    body: () => ({ name: '助言者', fieldCode: 'ict', version: 99 }),
  },
  'GET /api/community/dispatches': { division: CIVIC, listed: 'dispatch' },
  'POST /api/community/dispatches': { division: CIVIC, body: () => dispatchInput() },
  'POST /api/community/dispatches/eligibility': {
    division: CIVIC,
    body: () => ({ groupRegistration: 'esd_project', groupActiveSince: '2020-04-01', receivedOn: today() }),
  },
  'GET /api/community/dispatches/due': { division: CIVIC, listed: 'dueDispatch' },
  'GET /api/community/dispatches/{id}': { division: CIVIC },
  'POST /api/community/dispatches/{id}/schedule': {
    division: CIVIC,
    body: (f) => ({ advisorId: f.ids.advisor, sessionOn: today(), version: 99 }),
  },
  'POST /api/community/dispatches/{id}/session': {
    division: CIVIC,
    body: () => ({
      sessionOn: today(),
      sessionHours: 2,
      sessionFormat: 'lecture',
      sessionParticipants: 5,
      version: 99,
    }),
  },
  'POST /api/community/dispatches/{id}/follow-ups': {
    division: CIVIC,
    body: () => ({ heldOn: today(), way: 'question' }),
  },
  'POST /api/community/dispatches/{id}/close': { division: CIVIC, body: () => ({ version: 99 }) },
  'POST /api/community/dispatches/{id}/withdraw': { division: CIVIC, body: () => ({ version: 99 }) },
  'POST /api/community/organisations': { body: () => organisationInput() },
  'PUT /api/community/organisations/{id}': { body: () => ({ ...organisationInput(), version: 99 }) },
  'POST /api/community/physicians': { division: MEDICAL, body: () => physicianInput() },
  'PUT /api/community/physicians/{id}': {
    division: MEDICAL,
    body: () => ({ ...physicianInput(), version: 99 }),
  },
  'POST /api/community/board/posts': { body: () => postInput() },
  'PUT /api/community/board/posts/{id}': { body: () => ({ ...postInput(), version: 99 }) },
  'POST /api/community/board/posts/{id}/close': { body: () => ({ version: 99 }) },
  'POST /api/community/board/matches': {
    body: (f) => ({ needPostId: f.ids.need, offerPostId: f.ids.offer, agreedOn: today() }),
  },
};

const fairBody = { kind: 'employment_fair', name: '合同就職面接会', heldOn: '2025-07-01', participants: 10 };
const supporterEvent = () =>
  eventInput({
    programmeCode: 'supporter-course',
    themeCode: null,
    counts: { participants: 3, graduates: 2 },
  });
function participantBody() {
  return {
    aim: 'work',
    programmeCode: 'lifelong',
    person: null,
    healthLevel: 'fair',
    barrierLevel: 'medium',
    registeredOn: today(),
    allocatedAgencyId: null,
    caseId: null,
  };
}
