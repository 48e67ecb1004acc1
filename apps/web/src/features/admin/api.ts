import { queryOptions } from '@tanstack/react-query';
import type { SessionInfo } from '@tsunagu/contracts/auth';
import { api } from '../../lib/api';

/** Live sessions of the tenant (admin). */
export const sessionsQuery = queryOptions({
  queryKey: ['admin', 'sessions'],
  queryFn: ({ signal }) => api<{ items: SessionInfo[] }>('/api/admin/sessions', { signal }),
});

/** Ends a session at once (its user is signed out). */
export function revokeSession(id: string) {
  return api<{ ok: true }>(`/api/admin/sessions/${id}`, { method: 'DELETE' });
}

/** A short browser description from a user-agent string. */
export function describeUserAgent(ua: string | null): string {
  if (!ua) return '—';
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /Chrome\//.test(ua)
      ? 'Chrome'
      : /Firefox\//.test(ua)
        ? 'Firefox'
        : /Safari\//.test(ua)
          ? 'Safari'
          : null;
  const os = /Windows/.test(ua)
    ? 'Windows'
    : /Mac OS X/.test(ua)
      ? 'macOS'
      : /Android/.test(ua)
        ? 'Android'
        : /iPhone|iPad/.test(ua)
          ? 'iOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : null;
  return browser || os ? [browser, os].filter(Boolean).join(' / ') : ua.slice(0, 40);
}
