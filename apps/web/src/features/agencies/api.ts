import type { Agency, AgencyInput, ChangeRequest } from '@tsunagu/contracts/agencies';
import { api } from '../../lib/api';

/** Registers a new agency (planner/admin). */
export function createAgency(body: AgencyInput) {
  return api<Agency>('/api/agencies', { json: body });
}

/** Saves an agency (planner/admin); 409 version_conflict when the entry changed meanwhile. */
export function updateAgency(id: string, body: AgencyInput & { version: number }) {
  return api<Agency>(`/api/agencies/${id}`, { method: 'PUT', json: body });
}

/** Proposes a change to the manager's own agency; a planner reviews it. */
export function proposeAgencyChange(
  id: string,
  body: { proposed: AgencyInput; baseVersion: number; note: string | null },
) {
  return api<ChangeRequest>(`/api/agencies/${id}/change-requests`, { json: body });
}

/** Download links of the directory. */
export const EXPORTS = [
  { key: 'exportHsds', href: '/api/agencies/export/hsds.json', file: 'agencies-hsds.json' },
  { key: 'exportCsv', href: '/api/agencies/export.csv', file: 'agencies.csv' },
  { key: 'exportXlsx', href: '/api/agencies/export.xlsx', file: 'agencies.xlsx' },
] as const;
