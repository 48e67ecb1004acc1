import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../apps/server/test/support/global-setup';
import { callApi, recordIntake, soloIntake } from './support/api';
import { type Stack, startStack } from './support/browser';
import { visit } from './support/session';

// Text that would run script if a page put it into the document as HTML. Users may well type such
// text (or paste it); the pages must show it as text, literally, and nothing of it may run.

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';
const SVG = '"><svg onload=window.__pwned=1>';
const ALL = `${IMG} ${SCRIPT} ${SVG}`;
const TODAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

/**
 * A signed-in page that remembers every alert/confirm/prompt a script opened on it. It signs in
 * through the API (the sign-in page has its own tests), sharing the cookie with the browser.
 */
async function signedIn(email: string): Promise<{ page: Page; dialogs: string[] }> {
  const page = await stack.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const res = await page.request.post(`${stack.baseUrl}/api/auth/login`, {
    data: { email, password: DEMO_PASSWORD },
  });
  expect(res.status(), `sign-in as ${email}`).toBe(200);
  await page.goto(`${stack.baseUrl}/staff`);
  return { page, dialogs };
}

/**
 * Opens a page (checking it with axe), waits for each payload to show as literal text, then checks
 * that no payload ran: no flag set, no dialog opened, no element built from the markup.
 */
async function expectInert(
  { page, dialogs }: { page: Page; dialogs: string[] },
  path: string,
  heading: RegExp,
  shown: string[],
) {
  await visit(page, `${stack.baseUrl}${path}`, heading);
  for (const text of shown) await page.getByText(text).first().waitFor();
  const built = await page.evaluate(() => ({
    pwned: (window as { __pwned?: unknown }).__pwned,
    images: document.querySelectorAll('img[src="x"], [onerror]').length,
    svgs: document.querySelectorAll('svg[onload], [onload]').length,
    scripts: [...document.scripts].filter((s) => s.textContent?.includes('__pwned')).length,
  }));
  expect(built, path).toEqual({ pwned: undefined, images: 0, svgs: 0, scripts: 0 });
  expect(dialogs, path).toEqual([]);
}

/** The id of a demo agency by its code. */
async function agencyId(page: Page, code: string): Promise<string> {
  const res = await callApi(page, 'GET', '/api/agencies?limit=500');
  const found = (res.body as { items: { id: string; code: string }[] }).items.find((a) => a.code === code);
  if (!found) throw new Error(`no agency ${code}`);
  return found.id;
}

describe('injected HTML renders inert', () => {
  const contexts: Page[] = [];
  afterAll(async () => {
    for (const page of contexts) await page.context().close();
  });

  it('a person, household, intake note, referral message and case summary show as text on the staff pages', async () => {
    const staff = await signedIn('staff@demo.example');
    contexts.push(staff.page);
    const householdId = await recordIntake(staff.page, {
      ...soloIntake({
        familyName: IMG,
        givenName: SCRIPT,
        familyNameKana: 'テスト',
        givenNameKana: 'タロウ',
        address: SVG,
      }),
      summary: `相談の記録 ${ALL}`,
      consent: {
        members: [0],
        purpose: 'support_sharing',
        scopeAgencyIds: [],
        scopeAgencyCategories: ['community-care-centre', 'city-division'],
        method: 'written',
        obtainedOn: TODAY,
        note: null,
      },
    });
    await expectInert(staff, `/staff/households/${householdId}`, /さんの世帯/, [
      IMG,
      SCRIPT,
      SVG,
      `相談の記録 ${ALL}`,
    ]);

    const household = (await callApi(staff.page, 'GET', `/api/households/${householdId}`)).body as {
      members: { person: { id: string } }[];
    };
    const sent = await callApi(staff.page, 'POST', '/api/referrals', {
      householdId,
      personId: household.members[0]!.person.id,
      toAgencyIds: [await agencyId(staff.page, 'hokatsu-naka')],
      reason: `紹介の理由 ${ALL}`,
      basis: 'consent',
    });
    expect(sent.status).toBe(201);
    const referralId = (sent.body as { items: { id: string }[] }).items[0]!.id;
    await expectInert(staff, `/staff/referrals/${referralId}`, /さんの紹介/, [`紹介の理由 ${ALL}`]);

    // Asked directly, the coordinator sees the consultation in the queue and then on the case.
    const asked = await callApi(staff.page, 'POST', '/api/cases', {
      householdId,
      personId: household.members[0]!.person.id,
      summary: `直接の相談 ${ALL}`,
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    const coordinator = await signedIn('coordinator@demo.example');
    contexts.push(coordinator.page);
    await expectInert(coordinator, '/staff/cases', /ケース（多機関協働）/, [`直接の相談 ${ALL}`]);
    const caseId = (asked.body as { id: string }).id;
    const triaged = await callApi(coordinator.page, 'POST', '/api/cases/triage', {
      caseId,
      kind: 'coordinated',
    });
    expect(triaged.status, JSON.stringify(triaged.body)).toBe(200);
    await expectInert(coordinator, `/staff/cases/${caseId}`, /^ケース\d+/, [`直接の相談 ${ALL}`]);
  });

  it('a community event title and venue show as text in the programme list', async () => {
    const kominkan = await signedIn('kominkan@demo.example');
    contexts.push(kominkan.page);
    const recorded = await callApi(kominkan.page, 'POST', '/api/community/events', {
      programmeCode: 'kominkan-courses',
      kindCode: 'course',
      title: `講座 ${SCRIPT}`,
      heldOn: TODAY,
      venue: IMG,
      themeCode: 'disaster',
      note: SVG,
    });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    await expectInert(kominkan, '/staff/community/programmes/kominkan-courses', /公民館 主催講座/, [
      `講座 ${SCRIPT}`,
      IMG,
    ]);
  });

  it('a public agency listing shows injected text literally; a javascript: URL is refused', async () => {
    const admin = await signedIn('admin@demo.example');
    contexts.push(admin.page);
    const agency = {
      code: 'hostile-html',
      name: `相談室 ${IMG}`,
      nameKana: 'そうだんしつ',
      categoryCode: 'community-care-centre',
      fields: ['isolation'],
      services: [{ name: `暮らしの相談 ${SCRIPT}`, description: SVG }],
      districts: ['naka'],
      contact: {
        phone: '086-000-9999',
        email: 'hostile@demo.example',
        address: '岡山市北区テスト町1-1',
        url: 'javascript:window.__pwned=1',
      },
      hours: '平日 9:00〜17:00',
      supportCouncilMember: false,
      capacityNote: null,
      isPublic: true,
    };
    const refused = await callApi(admin.page, 'POST', '/api/agencies', agency);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('body.contact.url');
    const created = await callApi(admin.page, 'POST', '/api/agencies', {
      ...agency,
      contact: { ...agency.contact, url: 'https://example.jp/soudan' },
    });
    expect(created.status).toBe(201);
    const { id } = created.body as { id: string };
    await expectInert(admin, `/agencies/${id}`, /相談室/, [`相談室 ${IMG}`, `暮らしの相談 ${SCRIPT}`, SVG]);
  });
});
