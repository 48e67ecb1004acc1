import type { IntakeConsent } from '@tsunagu/contracts/households';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyByCode, auditEvents, sessionsOf } from '../support/factories';
import { intakeInput, personInput, readHousehold } from '../support/households';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

let t: TestApp;
let staff: Session; // 北区中央地域包括支援センター
let auditor: Session;
let shakyo: { id: string };

/** A two-member intake whose people are found by the ふりがな `kana`, with the consent given. */
function intakeWithConsent(kana: string, consent: Partial<IntakeConsent> | null) {
  const base = intakeInput();
  return intakeInput({
    members: [
      { ...base.members[0]!, person: personInput({ familyName: '同意', familyNameKana: kana }) },
      {
        ...base.members[1]!,
        person: personInput({ familyName: '同意', familyNameKana: kana, givenName: '次郎' }),
      },
    ],
    consent: consent && {
      members: [0, 1],
      purpose: 'multi_agency_meeting',
      scopeAgencyIds: [shakyo.id],
      scopeAgencyCategories: ['community-care-centre'],
      method: 'verbal',
      obtainedOn: '2025-05-07',
      note: '受付時に口頭で説明し同意を得た。',
      ...consent,
    },
  });
}

const found = async (kana: string) =>
  (await t.call(staff, 'GET', `/api/persons?q=${encodeURIComponent(kana)}&limit=100`)).json().items.length;

beforeAll(async () => {
  t = await createTestApp();
  const login = sessionsOf(t);
  staff = await login('agency_staff');
  auditor = await login('auditor');
  shakyo = await agencyByCode(t, staff, 'shakyo');
});
afterAll(() => t.close());

describe(`consent recorded with the intake (${dbKind()})`, () => {
  it('records one consent per member who gave it, listed on each person and audited', async () => {
    const created = await t.call(staff, 'POST', '/api/intakes', intakeWithConsent('どういあり', {}));
    expect(created.statusCode, created.body).toBe(201);
    const household = await readHousehold(t, staff, created.json().householdId);
    const consentIds: string[] = [];
    for (const member of household.members) {
      const res = await t.call(staff, 'GET', `/api/persons/${member.person.id}/consents`);
      expect(res.statusCode).toBe(200);
      const items = res.json().items;
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({
        personId: member.person.id,
        purpose: 'multi_agency_meeting',
        scopeAgencies: [{ id: shakyo.id }],
        scopeAgencyCategories: ['community-care-centre'],
        method: 'verbal',
        obtainedOn: '2025-05-07',
        note: '受付時に口頭で説明し同意を得た。',
        recordedByAgencyName: '岡山市北区中央地域包括支援センター',
        active: true,
      });
      consentIds.push(items[0].id);
    }
    const audited = await auditEvents(t, auditor, 'action=consent.recorded');
    for (const [i, id] of consentIds.entries()) {
      const event = audited.items.find((e) => e.entityId === id);
      expect(event?.payload).toEqual({
        personId: household.members[i]!.person.id,
        purpose: 'multi_agency_meeting',
      });
    }
  });

  it('records only the members chosen, and none without a consent', async () => {
    const one = await t.call(
      staff,
      'POST',
      '/api/intakes',
      intakeWithConsent('どういひとり', { members: [1] }),
    );
    expect(one.statusCode, one.body).toBe(201);
    const none = await t.call(staff, 'POST', '/api/intakes', intakeWithConsent('どういなし', null));
    expect(none.statusCode, none.body).toBe(201);
    const counts = async (householdId: string) => {
      const household = await readHousehold(t, staff, householdId);
      return Promise.all(
        household.members.map(
          async (m) =>
            (await t.call(staff, 'GET', `/api/persons/${m.person.id}/consents`)).json().items.length,
        ),
      );
    };
    expect(await counts(one.json().householdId)).toEqual([0, 1]);
    expect(await counts(none.json().householdId)).toEqual([0, 0]);
  });

  it('rejects an invalid consent with 400 at body.consent…, writing no household, intake or consent', async () => {
    const cases: [string, Partial<IntakeConsent>, string][] = [
      [
        'unknown agency',
        { scopeAgencyIds: ['7b0c1f8e-2a4d-4c61-9a0e-3f2b5d6c7e81'] },
        'body.consent.scopeAgencyIds',
      ],
      ['unknown category', { scopeAgencyCategories: ['no-such-kind'] }, 'body.consent.scopeAgencyCategories'],
      ['empty scope', { scopeAgencyIds: [], scopeAgencyCategories: [] }, 'body.consent.scopeAgencyIds'],
      ['future date', { obtainedOn: '2999-01-01' }, 'body.consent.obtainedOn'],
      ['member out of range', { members: [0, 2] }, 'body.consent.members'],
      ['no member', { members: [] }, 'body.consent.members'],
    ];
    const recordedBefore = (await auditEvents(t, auditor, 'action=consent.recorded')).total;
    const intakesBefore = (await auditEvents(t, auditor, 'action=intake.created')).total;
    for (const [name, consent, path] of cases) {
      const res = await t.call(staff, 'POST', '/api/intakes', intakeWithConsent('どういだめ', consent));
      expect(res.statusCode, name).toBe(400);
      const paths = res.json().error.issues.map((i: { path: string }) => i.path);
      expect(paths, name).toContain(path);
    }
    expect(await found('どういだめ')).toBe(0);
    expect((await auditEvents(t, auditor, 'action=consent.recorded')).total).toBe(recordedBefore);
    expect((await auditEvents(t, auditor, 'action=intake.created')).total).toBe(intakesBefore);
  });
});
