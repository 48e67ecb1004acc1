import { toIsoDate } from '@tsunagu/japan';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyByCode, sessionsOf } from '../support/factories';
import { readHousehold, recordIntake, soloIntake } from '../support/households';
import { rows } from '../support/sql';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

let t: TestApp;
let staff: Session;
let coordinator: Session;
let admin: Session;
let planner: Session;
let caseId: string;

/** A coordinated case of a household named 川村 (本人 千代子, 71), closed unresolved. */
async function closedCase() {
  const { householdId } = await recordIntake(
    t,
    staff,
    soloIntake({
      familyName: '川村',
      givenName: '千代子',
      familyNameKana: 'カワムラ',
      givenNameKana: 'チヨコ',
      birthDate: '1950-10-10',
      address: '岡山市北区鹿田町1-2-3',
      phones: ['086-123-4567'],
    }),
  );
  const household = await readHousehold(t, staff, householdId);
  const personId = household.members[0]!.person.id;
  const req = await t.call(staff, 'POST', '/api/cases', {
    householdId,
    personId,
    summary: '川村千代子さん（71歳）から、令和4年5月10日に電話 086-123-4567 で相談。',
  });
  expect(req.statusCode, req.body).toBe(201);
  const id = req.json().id as string;
  const triaged = await t.call(coordinator, 'POST', '/api/cases/triage', { caseId: id, kind: 'coordinated' });
  expect(triaged.statusCode, triaged.body).toBe(200);
  const closed = await t.call(coordinator, 'POST', `/api/cases/${id}/close`, {
    version: triaged.json().version,
    outcome: 'unresolved',
    closedOn: toIsoDate(new Date()),
    note: 'チヨコさんは転居された。',
  });
  expect(closed.statusCode, closed.body).toBe(200);
  return id;
}

beforeAll(async () => {
  t = await createTestApp();
  const login = sessionsOf(t);
  staff = await login('agency_staff');
  coordinator = await login('coordinator');
  admin = await login('admin');
  planner = await login('planner');
  await agencyByCode(t, staff, 'coordinator-desk');
  caseId = await closedCase();
});
afterAll(() => t.close());

describe('事例集: a story from a closed case', () => {
  let storyId: string;

  it('drafts an anonymised story only from a closed coordinated case, once, by a coordinator', async () => {
    expect((await t.call(staff, 'POST', `/api/cases/${caseId}/story`)).statusCode).toBe(403);
    expect((await t.call(null, 'POST', `/api/cases/${caseId}/story`)).statusCode).toBe(401);
    const res = await t.call(coordinator, 'POST', `/api/cases/${caseId}/story`);
    expect(res.statusCode, res.body).toBe(201);
    storyId = res.json().id;
    expect((await t.call(coordinator, 'POST', `/api/cases/${caseId}/story`)).statusCode).toBe(409);
    expect((await t.call(coordinator, 'GET', `/api/cases/${caseId}`)).json().abilities.makeStory).toBe(false);
    const story = (await t.call(coordinator, 'GET', `/api/stories/${storyId}`)).json();
    expect(story.state).toBe('draft');
    expect(story.caseId).toBe(caseId);
    expect(story.warnings).toEqual([]);
    for (const word of ['川村', '千代子', 'カワムラ', 'チヨコ', '鹿田町', '086-123-4567', '71歳', '5月10日'])
      expect(`${story.title}${story.body}`).not.toContain(word);
    expect(story.body).toContain('70代');
    expect(story.body).toContain('令和4年度');
  });

  it('keeps drafts from other staff (404) and out of their list', async () => {
    expect((await t.call(staff, 'GET', `/api/stories/${storyId}`)).statusCode).toBe(404);
    expect((await t.call(staff, 'GET', '/api/stories')).json().items).toEqual([]);
  });

  it('refuses to send for review while a name of the case is in the text', async () => {
    const story = (await t.call(coordinator, 'GET', `/api/stories/${storyId}`)).json();
    const edited = await t.call(coordinator, 'PUT', `/api/stories/${storyId}`, {
      version: story.version,
      title: story.title,
      body: `${story.body}\nかわむらさんに感謝。`,
      problemFields: story.problemFields,
      agencyKinds: ['community-care-centre'],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().warnings).toContain('カワムラ');
    const submit = await t.call(coordinator, 'POST', `/api/stories/${storyId}/submit`, {
      version: edited.json().version,
    });
    expect(submit.statusCode).toBe(422);
    expect(submit.json().error.details.warnings).toContain('カワムラ');
    const fixed = await t.call(coordinator, 'PUT', `/api/stories/${storyId}`, {
      version: edited.json().version,
      title: story.title,
      body: story.body,
      problemFields: story.problemFields,
      agencyKinds: ['community-care-centre'],
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json().warnings).toEqual([]);
  });

  it('is reviewed by someone other than its author, then published to all staff without its scan words', async () => {
    let story = (await t.call(coordinator, 'GET', `/api/stories/${storyId}`)).json();
    const stale = await t.call(coordinator, 'POST', `/api/stories/${storyId}/submit`, {
      version: story.version - 1,
    });
    expect(stale.statusCode).toBe(409);
    story = (
      await t.call(coordinator, 'POST', `/api/stories/${storyId}/submit`, { version: story.version })
    ).json();
    expect(story.state).toBe('in_review');
    expect(story.abilities).toEqual({ edit: false, submit: false, publish: false, return: true });
    const self = await t.call(coordinator, 'POST', `/api/stories/${storyId}/publish`, {
      version: story.version,
    });
    expect(self.statusCode).toBe(403);
    expect(
      (await t.call(planner, 'POST', `/api/stories/${storyId}/publish`, { version: story.version }))
        .statusCode,
    ).toBe(404);
    const published = await t.call(admin, 'POST', `/api/stories/${storyId}/publish`, {
      version: story.version,
    });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({
      state: 'published',
      reviewer: expect.any(String),
      caseId: null,
    });
    const [row] = await rows<{ scan_words: string[] }>(
      t.db,
      sql`select scan_words from case_stories where id = ${storyId}`,
    );
    expect(row!.scan_words).toEqual([]);
    const seen = await t.call(staff, 'GET', `/api/stories/${storyId}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().caseId).toBeNull();
  });

  it('is found by problem field, agency kind and text, not by others', async () => {
    const byKind = (await t.call(staff, 'GET', '/api/stories?agencyKind=community-care-centre')).json();
    expect(byKind.items.map((s: { id: string }) => s.id)).toEqual([storyId]);
    expect((await t.call(staff, 'GET', '/api/stories?agencyKind=hospital')).json().items).toEqual([]);
    expect(
      (await t.call(staff, 'GET', `/api/stories?q=${encodeURIComponent('70代')}`)).json().items,
    ).toHaveLength(1);
    expect((await t.call(staff, 'GET', '/api/stories?problemField=isolation')).json().items).toHaveLength(1);
    expect((await t.call(staff, 'GET', '/api/stories?problemField=debt')).json().items).toEqual([]);
    expect((await t.call(staff, 'GET', '/api/stories?problemField=BAD CODE')).statusCode).toBe(400);
  });
});
