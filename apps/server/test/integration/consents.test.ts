import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCoveringConsent } from '../../src/modules/consents/consents.repository';
import { runAsSystem } from '../../src/platform/db/scope';
import { agencyByCode, sessionsOf } from '../support/factories';
import { dbFailure } from '../support/sql';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

let t: TestApp;
let staff: Session;
let advisor: Session;
let planner: Session;
let personId: string;
let shakyo: { id: string; categoryCode: string };
let hokatsuNaka: { id: string; categoryCode: string };

const consent = (overrides: Record<string, unknown> = {}) => ({
  purpose: 'support_sharing',
  scopeAgencyIds: [shakyo.id],
  scopeAgencyCategories: [],
  method: 'written',
  obtainedOn: '2025-05-07',
  note: null,
  ...overrides,
});
const covers = (agency: { id: string; categoryCode: string }, purpose = 'support_sharing') =>
  runAsSystem(t.db, async (tx) => (await findCoveringConsent(tx, personId, purpose, agency)) !== undefined);

beforeAll(async () => {
  t = await createTestApp();
  const login = sessionsOf(t);
  staff = await login('agency_staff');
  advisor = await login('advisor');
  planner = await login('planner');
  const created = await t.call(staff, 'POST', '/api/intakes', {
    receivedOn: '2025-05-07',
    channel: 'phone',
    visitor: 'family',
    summary: '同意のテスト',
    members: [
      {
        person: { familyName: '山田', givenName: '花子', familyNameKana: 'やまだ', givenNameKana: 'はなこ' },
        relationship: 'self',
        problems: ['isolation'],
      },
    ],
    mainProblem: { member: 0, code: 'isolation' },
  });
  const household = (await t.call(staff, 'GET', `/api/households/${created.json().householdId}`)).json();
  personId = household.members[0].person.id;
  shakyo = (await agencyByCode(t, staff, 'shakyo'))!;
  hokatsuNaka = (await agencyByCode(t, staff, 'hokatsu-naka'))!;
});
afterAll(() => t.close());

describe(`consent (${dbKind()})`, () => {
  it('records a consent for named agencies and lists it; its scope decides who it covers', async () => {
    const res = await t.call(staff, 'POST', `/api/persons/${personId}/consents`, consent());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ active: true, method: 'written', scopeAgencies: [{ id: shakyo.id }] });
    expect(res.json().recordedByAgencyName).toBe('岡山市北区中央地域包括支援センター');
    const list = await t.call(staff, 'GET', `/api/persons/${personId}/consents`);
    expect(list.json().items).toHaveLength(1);
    expect(await covers(shakyo)).toBe(true);
    expect(await covers(hokatsuNaka)).toBe(false);
    expect(await covers(shakyo, 'multi_agency_meeting')).toBe(false);
  });

  it('covers every agency of a consented category', async () => {
    const res = await t.call(
      staff,
      'POST',
      `/api/persons/${personId}/consents`,
      consent({ scopeAgencyIds: [], scopeAgencyCategories: ['community-care-centre'] }),
    );
    expect(res.statusCode).toBe(201);
    expect(await covers(hokatsuNaka)).toBe(true);
  });

  it('ends coverage at once on withdrawal; a second withdrawal is a conflict; the record remains', async () => {
    const id = (
      await t.call(
        staff,
        'POST',
        `/api/persons/${personId}/consents`,
        consent({ purpose: 'multi_agency_meeting' }),
      )
    ).json().id;
    expect(await covers(shakyo, 'multi_agency_meeting')).toBe(true);
    const withdrawn = await t.call(staff, 'POST', `/api/consents/${id}/withdraw`, {
      note: '本人の申し出により撤回',
    });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json()).toMatchObject({ active: false, withdrawalNote: '本人の申し出により撤回' });
    expect(await covers(shakyo, 'multi_agency_meeting')).toBe(false);
    expect((await t.call(staff, 'POST', `/api/consents/${id}/withdraw`, { note: null })).statusCode).toBe(
      409,
    );
    const list = (await t.call(staff, 'GET', `/api/persons/${personId}/consents`)).json().items;
    expect(list.find((c: { id: string }) => c.id === id).withdrawnAt).toBeTruthy();
  });

  it('keeps the consent record as evidence: the database refuses any change but the withdrawal', async () => {
    const id = (await t.call(staff, 'POST', `/api/persons/${personId}/consents`, consent())).json().id;
    const failure = await dbFailure(
      t.db.execute(sql`update consents set method = 'verbal' where id = ${id}`),
    );
    expect(failure?.code).toBe('42501');
  });

  it('answers 404 to agencies without a link to the person, and 403 to roles that do not record consent', async () => {
    expect((await t.call(advisor, 'GET', `/api/persons/${personId}/consents`)).statusCode).toBe(404);
    // The coordinator records consents for their own desk's households, but has no link to this one.
    const coordinator = await sessionsOf(t)('coordinator');
    const byCoordinator = await t.call(coordinator, 'POST', `/api/persons/${personId}/consents`, consent());
    expect(byCoordinator.statusCode, byCoordinator.body).toBe(404);
    expect((await t.call(coordinator, 'GET', `/api/persons/${personId}/consents`)).statusCode).toBe(404);
    expect((await t.call(planner, 'POST', `/api/persons/${personId}/consents`, consent())).statusCode).toBe(
      403,
    );
  });

  it('rejects a consent without scope, from the future, or naming unknown agencies or categories', async () => {
    const bad = [
      consent({ scopeAgencyIds: [], scopeAgencyCategories: [] }),
      consent({ obtainedOn: '2999-01-01' }),
      consent({ scopeAgencyIds: ['7b0c1f8e-2a4d-4c61-9a0e-3f2b5d6c7e81'] }),
      consent({ scopeAgencyIds: [], scopeAgencyCategories: ['no-such-kind'] }),
      consent({ method: 'telepathy' }),
    ];
    for (const body of bad) {
      const res = await t.call(staff, 'POST', `/api/persons/${personId}/consents`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
    }
  });
});
