import type { Locale } from './i18n';

/** A problem with one input field, as the server reports it. */
export interface ApiIssue {
  path: string;
  message: string;
}

/** The server's error body `{error:{code,message,messageEn,issues,details}}`, thrown by {@link api}. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageJa: string,
    readonly messageEn: string,
    readonly issues: ApiIssue[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(messageEn);
    this.name = 'ApiError';
  }

  /** The message in the user's language. */
  text(locale: Locale): string {
    return locale === 'ja' ? this.messageJa : this.messageEn;
  }
}

/** Thrown when the server could not be reached at all. */
export class NetworkError extends Error {
  constructor() {
    super('network error');
    this.name = 'NetworkError';
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The CSRF token of the current session, from /api/auth/me or the sign-in answer. */
let csrfToken: string | null = null;

/** Remembers the CSRF token of the signed-in session (null after sign-out). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

async function ensureCsrfToken(): Promise<string | null> {
  if (csrfToken) return csrfToken;
  const res = await fetch('/api/auth/me', {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  });
  if (!res.ok) return null;
  const me = (await res.json()) as { csrfToken?: string };
  csrfToken = me.csrfToken ?? null;
  return csrfToken;
}

/** Options of one API call. */
export interface ApiOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** A JSON body. */
  json?: unknown;
  /** A raw body (file upload) with its content type. */
  raw?: { body: Blob; contentType: string };
  /** Query parameters; undefined, null and '' are left out. */
  query?: Record<string, string | number | boolean | undefined | null>;
  signal?: AbortSignal;
}

/** Builds `path?query` leaving out empty values. */
export function withQuery(path: string, query?: ApiOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function toApiError(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as {
      error?: {
        code?: string;
        message?: string;
        messageEn?: string;
        issues?: ApiIssue[];
        details?: Record<string, unknown>;
      };
    };
    const e = body.error;
    if (e?.code) {
      return new ApiError(
        res.status,
        e.code,
        e.message ?? '',
        e.messageEn ?? e.message ?? '',
        e.issues ?? [],
        e.details ?? {},
      );
    }
  } catch {
    // Not JSON: fall through to a generic error with the HTTP status.
  }
  return new ApiError(
    res.status,
    'http_error',
    `エラーが発生しました（HTTP ${res.status}）`,
    `Request failed (HTTP ${res.status})`,
  );
}

/**
 * Calls the API on the same origin: JSON in and out, the session cookie, and X-CSRF-Token on
 * state-changing requests. Throws {@link ApiError} with the server's error body, or {@link NetworkError}.
 */
export async function api<T>(path: string, options: ApiOptions = {}): Promise<T> {
  const method = options.method ?? (options.json !== undefined || options.raw ? 'POST' : 'GET');
  const headers: Record<string, string> = { Accept: 'application/json' };
  let body: BodyInit | undefined;
  if (options.raw) {
    headers['Content-Type'] = options.raw.contentType;
    body = options.raw.body;
  } else if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  if (UNSAFE.has(method) && !path.startsWith('/api/auth/login')) {
    const token = await ensureCsrfToken();
    if (token) headers['X-CSRF-Token'] = token;
  }
  let res: Response;
  try {
    res = await fetch(withQuery(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new NetworkError();
  }
  if (!res.ok) throw await toApiError(res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/** True for an ApiError with the given code. */
export function isApiError(err: unknown, code?: string): err is ApiError {
  return err instanceof ApiError && (code === undefined || err.code === code);
}
