/**
 * Signing in to a running server over HTTP and calling its API as that session: the cookie and the
 * CSRF token the browser would send. Used by the load, throughput and fault runs.
 */

/** A signed-in client of one server URL. */
export type HttpSession = { url: string; cookie: string; csrf: string; userId: string };

/** The demo users' password as the bench and the load runs start the server (TSUNAGU_DEMO_PASSWORD). */
export const DEMO_PASSWORD = 'tsunagu-demo';

/** Signs in by e-mail and password; throws with the status and body when refused. */
export async function signIn(url: string, email: string, password = DEMO_PASSWORD): Promise<HttpSession> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`sign-in as ${email}: ${res.status} ${text}`);
  const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('tsunagu_session='));
  if (!setCookie) throw new Error(`sign-in as ${email}: no session cookie`);
  const me = JSON.parse(text) as { csrfToken: string; user: { id: string } };
  return { url, cookie: setCookie.split(';')[0]!, csrf: me.csrfToken, userId: me.user.id };
}

/** The headers a session sends: its cookie, and on writes its CSRF token. */
export function sessionHeaders(s: HttpSession, method: string): Record<string, string> {
  return {
    cookie: s.cookie,
    ...(method === 'GET' ? {} : { 'x-csrf-token': s.csrf, 'content-type': 'application/json' }),
  };
}

/** One API call as the session; the body is parsed when it is JSON. */
export async function callApi(
  s: HttpSession,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
  url = s.url,
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: sessionHeaders(s, method),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: await responseBody(res) };
}

/** A response's body: parsed when it is JSON, else the text. */
export async function responseBody(res: Response): Promise<unknown> {
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
