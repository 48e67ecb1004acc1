import { queryOptions } from '@tanstack/react-query';
import type { Consent, ConsentCreate } from '@tsunagu/contracts/consents';
import { api } from '../../lib/api';

/** A person's consents, newest first, withdrawn ones included; 404 when the agency may not see the person. */
export function consentsQuery(personId: string) {
  return queryOptions({
    queryKey: ['consents', personId],
    queryFn: ({ signal }) => api<{ items: Consent[] }>(`/api/persons/${personId}/consents`, { signal }),
  });
}

/** Records a consent; 403 unless the user is front-line staff of an agency. */
export function recordConsent(personId: string, body: ConsentCreate) {
  return api<Consent>(`/api/persons/${personId}/consents`, { json: body });
}

/** Withdraws a consent with immediate effect; 409 when it already was. */
export function withdrawConsent(id: string, note: string | null) {
  return api<Consent>(`/api/consents/${id}/withdraw`, { json: { note } });
}
