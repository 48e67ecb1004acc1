import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { AuditEventView, AuditVerifyResult } from '@tsunagu/contracts/audit';
import { api } from '../../lib/api';

/** Filters of the audit log as the API takes them. */
export interface AuditFilters {
  from?: string | undefined;
  to?: string | undefined;
  action?: string | undefined;
  entityType?: string | undefined;
  limit: number;
  offset: number;
}

/** A page of audit events (auditor/admin). */
export function auditEventsQuery(filters: AuditFilters) {
  return queryOptions({
    queryKey: ['audit', filters],
    queryFn: ({ signal }) =>
      api<{ items: AuditEventView[]; total: number }>('/api/audit/events', { query: { ...filters }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Re-computes the hash chain and reports the first broken event, if any. */
export function verifyAuditChain() {
  return api<AuditVerifyResult>('/api/audit/verify', { method: 'POST' });
}

/** A one-line summary of an event's payload: its first few keys and values. */
export function summarisePayload(payload: Record<string, unknown>, max = 3): string {
  const entries = Object.entries(payload).filter(([, v]) => v !== null && v !== undefined);
  if (entries.length === 0) return '—';
  const text = entries.slice(0, max).map(([k, v]) => {
    const value = typeof v === 'object' ? JSON.stringify(v) : String(v);
    return `${k}: ${value.length > 40 ? `${value.slice(0, 40)}…` : value}`;
  });
  return entries.length > max ? `${text.join(', ')} …` : text.join(', ');
}
