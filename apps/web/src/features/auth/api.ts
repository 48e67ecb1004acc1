import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import type { Role } from '@tsunagu/contracts';
import type { LoginRequest, Me } from '@tsunagu/contracts/auth';
import { ApiError, api, setCsrfToken } from '../../lib/api';

/** The signed-in user, or null when nobody is signed in. Shared by the router guard and the shell. */
export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: async (): Promise<Me | null> => {
    try {
      const me = await api<Me>('/api/auth/me');
      setCsrfToken(me.csrfToken);
      return me;
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) {
        setCsrfToken(null);
        return null;
      }
      throw err;
    }
  },
  staleTime: 60_000,
  retry: false,
});

/** The signed-in user (null when signed out; undefined while loading). */
export function useMe(): Me | null | undefined {
  return useQuery(meQuery).data;
}

/** Signs in; remembers the session's CSRF token and primes the `me` cache. */
export async function login(queryClient: QueryClient, body: LoginRequest): Promise<Me> {
  const me = await api<Me>('/api/auth/login', { json: body });
  setCsrfToken(me.csrfToken);
  queryClient.setQueryData(meQuery.queryKey, me);
  return me;
}

/** Signs out and forgets every cached answer (they may hold staff-only data). */
export async function logout(queryClient: QueryClient): Promise<void> {
  try {
    await api('/api/auth/logout', { method: 'POST' });
  } finally {
    setCsrfToken(null);
    queryClient.clear();
    queryClient.setQueryData(meQuery.queryKey, null);
  }
}

/** Changes the signed-in user's password. */
export function changePassword(body: { currentPassword: string; newPassword: string }) {
  return api<{ ok: true }>('/api/auth/password', { json: body });
}

/** True when the user holds any of the roles. */
export function hasRole(me: Me | null | undefined, ...roles: Role[]): boolean {
  return !!me && me.user.roles.some((r) => roles.includes(r));
}
