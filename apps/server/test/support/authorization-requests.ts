import type { Fixtures } from './authorization-fixtures';
import { CASE_REQUESTS } from './authorization-requests-cases';
import { PROGRAMME_REQUESTS } from './authorization-requests-programmes';
import { RECORD_REQUESTS } from './authorization-requests-records';

/** How one endpoint is called in the matrix. */
export type RequestSpec = {
  /** A valid body (so that validation cannot answer before authorization). */
  body?: (f: Fixtures) => unknown;
  /** The fixture id that fills `{id}` when the path's prefix would choose another. */
  id?: string;
  /** A query string the endpoint needs. */
  query?: string;
  /** The division that owns the records (chooses progOwn); community-care unless given. */
  division?: string;
  /** A list: the fixture id that is present (ok) or absent (filtered) in the answer. */
  listed?: string;
  /** A permitted write that removes its record: after the first permitted actor, 404 is expected. */
  consumes?: boolean;
  /** The owner's read that must not change when the write is denied: [email, url template]. */
  read?: [string, string];
};

/**
 * Writes whose body here is still refused by validation for some actors (a 400 that proves nothing about
 * authorization): for them only the other cells are compared. Import takes a file, not JSON (415).
 */
export const INVALID_BODY = new Set([
  'POST /api/agencies/import',
  'POST /api/agencies/{id}/change-requests',
  'POST /api/auth/password',
  'POST /api/code-lists/{list}',
  'PUT /api/code-lists/items/{id}',
  'POST /api/emergency-access',
  'POST /api/monitorings/{id}',
  'POST /api/participation/participants/{id}/case',
  'PUT /api/plan/indicators/{id}/values/{fiscalYear}',
]);

/** The fixture that `{id}` means, by the path's prefix (the longest prefix wins). */
export const ID_BY_PREFIX: [string, string][] = [
  ['/api/admin/sessions/', 'session'],
  ['/api/agencies/', 'agency'],
  ['/api/agency-change-requests/', 'changeRequest'],
  ['/api/code-lists/items/', 'codeItem'],
  ['/api/households/', 'household'],
  ['/api/persons/', 'person'],
  ['/api/consents/', 'consent'],
  ['/api/referrals/', 'referral'],
  ['/api/notifications/', 'notification'],
  ['/api/cases/', 'case'],
  ['/api/plans/', 'plan'],
  ['/api/monitorings/', 'monitoring'],
  ['/api/tasks/', 'task'],
  ['/api/meetings/', 'meeting'],
  ['/api/stories/', 'story'],
  ['/api/plan/indicators/', 'indicator'],
  ['/api/plan/entries/', 'entry'],
  ['/api/plan/surveys/', 'survey'],
  ['/api/participation/participants/', 'participant'],
  ['/api/participation/openings/', 'opening'],
  ['/api/participation/places/', 'place'],
  ['/api/participation/matches/', 'match'],
  ['/api/participation/follow-ups/', 'followUp'],
  ['/api/participation/employers/', 'employer'],
  ['/api/participation/fairs/', 'fair'],
  ['/api/community/events/', 'event'],
  ['/api/community/advisors/', 'advisor'],
  ['/api/community/dispatches/', 'dispatch'],
  ['/api/community/organisations/', 'organisation'],
  ['/api/community/physicians/', 'physician'],
  ['/api/community/board/posts/', 'need'],
];

/**
 * Every endpoint of the document that needs more than its templated path (bodies, queries, lists), by
 * area: records and referrals, coordinated cases, the plan and the programmes.
 */
export const REQUESTS: Record<string, RequestSpec> = {
  ...RECORD_REQUESTS,
  ...CASE_REQUESTS,
  ...PROGRAMME_REQUESTS,
};
