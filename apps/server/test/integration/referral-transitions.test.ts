import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyByCode, sessionsOf } from '../support/factories';
import { consentingHousehold, readReferral, sendReferral } from '../support/referrals';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

// The closed loop's state machine, through the API: which action is allowed from which state. The
// table is written out here (SPEC M3), not derived from the code under test.
const ACTIONS = ['accept', 'start', 'complete', 'hand-on', 'escalate'] as const;
type Action = (typeof ACTIONS)[number];
const ALLOWED: Record<string, Action[]> = {
  sent: ['accept', 'hand-on', 'escalate'],
  received: ['accept', 'hand-on', 'escalate'],
  accepted: ['start', 'complete'],
  in_progress: ['complete'],
  completed: [],
  handed_on: [],
  escalated: [],
};

let t: TestApp;
let staff: Session; // 北区中央 (sender)
let manager: Session; // 北区中央
let naka: Session; // 中区 (receiver)
let ids: { naka: string; kitaChuo: string; yorisoi: string };

beforeAll(async () => {
  t = await createTestApp();
  const login = sessionsOf(t);
  staff = await login('agency_staff');
  manager = await login('agency_manager');
  naka = await t.loginAs('staff-naka@demo.example');
  ids = {
    naka: (await agencyByCode(t, staff, 'hokatsu-naka')).id,
    kitaChuo: (await agencyByCode(t, staff, 'hokatsu-kita-chuo')).id,
    yorisoi: (await agencyByCode(t, staff, 'yorisoi-support')).id,
  };
});
afterAll(() => t.close());

/** A fresh referral from 北区中央 to 中区, its 本人 consenting to both 中区 and 寄り添い. */
async function freshReferral() {
  const h = await consentingHousehold(t, staff, { agencyIds: [ids.naka, ids.yorisoi] });
  const [id] = await sendReferral(t, staff, { ...h, toAgencyIds: [ids.naka] });
  return id!;
}

function bodyFor(action: Action, version: number) {
  switch (action) {
    case 'complete':
      return { version, outcome: 'got_help', note: null };
    case 'hand-on':
      return { version, toAgencyId: ids.yorisoi, reason: '生活費の相談が中心のため', basis: 'consent' };
    case 'escalate':
      return { version, reason: 'no_destination', note: null };
    default:
      return { version };
  }
}

async function act(session: Session, id: string, action: Action) {
  const { version } = await readReferral(t, session, id);
  return t.call(session, 'POST', `/api/referrals/${id}/${action}`, bodyFor(action, version));
}

/** A referral brought into `state` through the API. */
async function referralIn(state: string): Promise<string> {
  const id = await freshReferral();
  const path: Record<string, Action[]> = {
    sent: [],
    received: [],
    accepted: ['accept'],
    in_progress: ['accept', 'start'],
    completed: ['accept', 'complete'],
    handed_on: ['hand-on'],
    escalated: ['escalate'],
  };
  if (state !== 'sent') await readReferral(t, naka, id); // the receiver opening it marks it received
  for (const step of path[state]!) {
    const res = await act(naka, id, step);
    if (res.statusCode !== 200) throw new Error(`${step}: ${res.statusCode} ${res.body}`);
  }
  const seen = state === 'sent' ? await readReferral(t, staff, id) : await readReferral(t, naka, id);
  expect(seen.state).toBe(state);
  return id;
}

describe('every transition from every state', () => {
  for (const [state, allowed] of Object.entries(ALLOWED)) {
    for (const action of ACTIONS) {
      const ok = allowed.includes(action);
      it(`${state} → ${action}: ${ok ? 'allowed' : '409'}`, async () => {
        const id = await referralIn(state);
        const res = await act(naka, id, action);
        if (ok) {
          expect(res.statusCode, res.body).toBe(200);
        } else {
          expect(res.statusCode, res.body).toBe(409);
          expect(res.json().error.code).toBe('invalid_transition');
          expect(res.json().error.message).toContain('状態のため');
        }
      });
    }
  }
});

describe('who may act', () => {
  it('only the receiving agency: the sender gets 403, an agency outside the chain 404', async () => {
    const id = await freshReferral();
    expect((await act(staff, id, 'accept')).statusCode).toBe(403);
    const yorisoi = await t.loginAs('staff-yorisoi@demo.example');
    const res = await t.call(yorisoi, 'POST', `/api/referrals/${id}/accept`, { version: 1 });
    expect(res.statusCode).toBe(404);
    expect((await t.call(yorisoi, 'GET', `/api/referrals/${id}`)).statusCode).toBe(404);
  });

  it('a stale version is a 409 and changes nothing', async () => {
    const id = await freshReferral();
    const { version } = await readReferral(t, naka, id);
    const res = await t.call(naka, 'POST', `/api/referrals/${id}/accept`, { version: version - 1 });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('version_conflict');
    expect((await readReferral(t, naka, id)).state).toBe('received');
  });

  it('the outcome and the escalation reason are required and checked', async () => {
    const accepted = await referralIn('accepted');
    const { version } = await readReferral(t, naka, accepted);
    const noOutcome = await t.call(naka, 'POST', `/api/referrals/${accepted}/complete`, { version });
    expect(noOutcome.statusCode).toBe(400);
    const id = await freshReferral();
    const { version: v2 } = await readReferral(t, naka, id);
    const other = await t.call(naka, 'POST', `/api/referrals/${id}/escalate`, {
      version: v2,
      reason: 'other',
    });
    expect(other.statusCode).toBe(400);
    expect(JSON.stringify(other.json().error.issues)).toContain('note');
    const refuse = await t.call(naka, 'POST', `/api/referrals/${id}/reject`, { version: v2 });
    expect(refuse.statusCode).toBe(404);
  });
});

describe('two staff accepting the same referral at once', () => {
  it('exactly one wins; the other gets 409 and the history has one acceptance', async () => {
    const h = await consentingHousehold(t, naka, { agencyIds: [ids.kitaChuo] });
    const [id] = await sendReferral(t, naka, { ...h, toAgencyIds: [ids.kitaChuo] });
    const { version } = await readReferral(t, staff, id!);
    const [a, b] = await Promise.all([
      t.call(staff, 'POST', `/api/referrals/${id}/accept`, { version }),
      t.call(manager, 'POST', `/api/referrals/${id}/accept`, { version }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const detail = await readReferral(t, naka, id!);
    expect(detail.state).toBe('accepted');
    expect(detail.events.filter((e) => e.action === 'accept')).toHaveLength(1);
  });
});
