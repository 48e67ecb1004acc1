import { queryOptions } from '@tanstack/react-query';
import type {
  EmergencyAccessRequest,
  emergencyAccessListSchema,
  emergencyAccessResultSchema,
} from '@tsunagu/contracts/households';
import type { z } from 'zod';
import { api } from '../../lib/api';

/** What POST /api/emergency-access answers: the opened households and when the access ends. */
export type EmergencyAccessResult = z.infer<typeof emergencyAccessResultSchema>;
/** One recorded emergency access, as the admins' list shows it. */
export type EmergencyAccessEntry = z.infer<typeof emergencyAccessListSchema>['items'][number];

/** Opens an exactly identified person's households for 24 hours; 404 when nobody matches exactly. */
export function requestEmergencyAccess(body: EmergencyAccessRequest) {
  return api<EmergencyAccessResult>('/api/emergency-access', { json: body });
}

/** The emergency accesses of the tenant, newest first (admins). */
export const emergencyAccessesQuery = queryOptions({
  queryKey: ['admin', 'emergency-accesses'],
  queryFn: ({ signal }) =>
    api<z.infer<typeof emergencyAccessListSchema>>('/api/admin/emergency-accesses', { signal }),
});
