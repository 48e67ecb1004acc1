import type { Page } from 'playwright-core';

/** Calls the API from the signed-in page, with the session's CSRF token as the app sends it. */
export async function callApi(page: Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const res = await fetch(path, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
        body: body === undefined ? null : JSON.stringify(body),
      });
      return { status: res.status, body: res.status === 204 ? null : await res.json() };
    },
    { method, path, body },
  );
}

/** A one-person intake as the API takes it, recorded today for the problem 収入・仕事. */
export const soloIntake = (person: object, extra: object = {}) => ({
  receivedOn: new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date()),
  channel: 'visit',
  visitor: 'self',
  summary: '家計の相談。',
  members: [{ person, relationship: 'self', problems: ['income-work'], ...extra }],
  mainProblem: { member: 0, code: 'income-work' },
});

/** Records an intake through the API from the signed-in page and returns its household id (201 or throws). */
export async function recordIntake(page: Page, intake: unknown): Promise<string> {
  const result = await callApi(page, 'POST', '/api/intakes', intake);
  if (result.status !== 201)
    throw new Error(`intake failed: ${result.status} ${JSON.stringify(result.body)}`);
  return (result.body as { householdId: string }).householdId;
}
