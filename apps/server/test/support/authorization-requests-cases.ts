import type { RequestSpec } from './authorization-requests';
import { planInput, today } from './cases';
import { meetingInput } from './meetings';

const STAFF = 'staff@demo.example';
const COORDINATOR = 'coordinator@demo.example';
const v = { version: 1 };

/** The matrix calls of coordinated cases: cases, plans, monitorings, tasks, meetings and the case library. */
export const CASE_REQUESTS: Record<string, RequestSpec> = {
  'POST /api/cases': {
    body: (f) => ({ householdId: f.ids.household, personId: f.ids.person, summary: '権限表の依頼' }),
  },
  'GET /api/cases': { listed: 'case' },
  'POST /api/cases/triage': { body: (f) => ({ caseId: f.ids.case, kind: 'coordinated' }) },
  'POST /api/cases/{id}/team': {
    body: (f) => ({ agencyId: f.ids.yorisoi, role: 'partner_support' }),
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
};
