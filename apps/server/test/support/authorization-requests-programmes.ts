import type { RequestSpec } from './authorization-requests';
import { today } from './cases';
import { dispatchInput, eventInput, organisationInput, physicianInput, postInput } from './community';
import { employerInput, openingInput } from './participation';

const STAFF = 'staff@demo.example';
const v = { version: 1 };
const CIVIC = 'civic-collaboration';
const MEDICAL = 'medical-policy';

/** The matrix calls of the plan, the participation programmes and community building. */
export const PROGRAMME_REQUESTS: Record<string, RequestSpec> = {
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
  'GET /api/participation/follow-ups': { query: 'days=365', listed: 'followUp' },
  'GET /api/participation/openings/{id}/suggestions': { query: 'limit=100', listed: 'participant' },
  'GET /api/participation/places/{id}/suggestions': { query: 'limit=100', listed: 'participant' },
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
