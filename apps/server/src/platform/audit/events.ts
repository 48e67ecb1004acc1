import type { AUDIT_ACTION_LABELS } from '@tsunagu/contracts/audit';

/**
 * Every kind of audit event, with the shape of its payload. Payloads name records by id and list
 * changed field names; they never copy personal data.
 */
export type AuditEvent =
  | { action: 'auth.login'; entityType: 'user'; entityId: string; payload: { sessionId: string } }
  | { action: 'auth.login_failed'; entityType: 'user'; entityId: string | null; payload: { reason: string } }
  | { action: 'auth.locked'; entityType: 'user'; entityId: string; payload: { until: string } }
  | { action: 'auth.logout'; entityType: 'session'; entityId: string; payload: Record<string, never> }
  | { action: 'auth.password_changed'; entityType: 'user'; entityId: string; payload: Record<string, never> }
  | { action: 'session.revoked'; entityType: 'session'; entityId: string; payload: { userId: string } }
  | { action: 'agency.created'; entityType: 'agency'; entityId: string; payload: { via: 'form' | 'import' } }
  | {
      action: 'agency.updated';
      entityType: 'agency';
      entityId: string;
      payload: { fields: string[]; via: 'form' | 'import' | 'change_request' };
    }
  | {
      action: 'agency.exported';
      entityType: 'agency';
      entityId: null;
      payload: { format: string; count: number };
    }
  | {
      action: 'agency.imported';
      entityType: 'agency';
      entityId: null;
      payload: { created: number; updated: number; skippedRows: number };
    }
  | {
      action: 'agency_change.proposed';
      entityType: 'agency_change_request';
      entityId: string;
      payload: { agencyId: string };
    }
  | {
      action: 'agency_change.decided';
      entityType: 'agency_change_request';
      entityId: string;
      payload: { agencyId: string; decision: 'approve' | 'reject' };
    }
  | {
      action: 'code_list.created';
      entityType: 'code_list_item';
      entityId: string;
      payload: { list: string; code: string };
    }
  | {
      action: 'code_list.updated';
      entityType: 'code_list_item';
      entityId: string;
      payload: { list: string; code: string };
    }
  | { action: 'settings.updated'; entityType: 'tenant'; entityId: string; payload: { fields: string[] } }
  | {
      action: 'intake.created';
      entityType: 'intake';
      entityId: string;
      payload: { householdId: string; members: number };
    }
  | {
      action: 'consent.recorded';
      entityType: 'consent';
      entityId: string;
      payload: { personId: string; purpose: string };
    }
  | { action: 'consent.viewed'; entityType: 'person'; entityId: string; payload: { basis: string[] } }
  | { action: 'consent.withdrawn'; entityType: 'consent'; entityId: string; payload: { personId: string } }
  | {
      action: 'emergency.accessed';
      entityType: 'emergency_access';
      entityId: string;
      payload: { households: number };
    }
  | {
      action: 'household.viewed' | 'household.history_viewed';
      entityType: 'household';
      entityId: string;
      /** The kinds of live link the agency saw it through: the legal basis of the read. */
      payload: { basis: string[] };
    }
  | {
      action: 'household.exported';
      entityType: 'household';
      entityId: string;
      payload: { format: 'xlsx' | 'print'; sensitive: boolean; basis: string[] };
    }
  | {
      action: 'household.updated' | 'person.updated';
      entityType: 'household' | 'person';
      entityId: string;
      payload: { fields: string[] };
    }
  | {
      action: 'household.member_added' | 'household.member_updated' | 'household.member_removed';
      entityType: 'household';
      entityId: string;
      payload: { personId: string; fields?: string[] };
    }
  | {
      action: 'sensitive.viewed' | 'sensitive.recorded';
      entityType: 'person';
      entityId: string;
      payload: { basis: string[]; categories: string[] };
    }
  | {
      action: 'person.duplicates_checked';
      entityType: 'person';
      entityId: null;
      payload: { visible: number; hidden: number };
    }
  | {
      action: 'person.duplicate_pairs_viewed';
      entityType: 'person';
      entityId: null;
      payload: { pairs: number };
    }
  | { action: 'person.merged'; entityType: 'person'; entityId: string; payload: { into: string } }
  | {
      action: 'intake_draft.saved' | 'intake_draft.opened' | 'intake_draft.discarded';
      entityType: 'intake_draft';
      entityId: string;
      payload: Record<string, never>;
    }
  | {
      action: 'person.searched';
      entityType: 'person';
      entityId: null;
      payload: { results: number; by: string };
    }
  | {
      action: 'person.duplicate_dismissed';
      entityType: 'person';
      entityId: null;
      /** The two records decided to be different people (ids only). */
      payload: { persons: string[] };
    }
  | {
      action: 'referral.sent';
      entityType: 'referral';
      entityId: string;
      /** The disclosure's legal basis and, for a hand-on, the referral it continues. */
      payload: { basis: string; to: string; parentId: string | null };
    }
  | {
      action: 'referral.viewed';
      entityType: 'referral';
      entityId: string;
      /** The kinds of live link to the household the reader's agency holds (none: status only). */
      payload: { basis: string[] };
    }
  | {
      action: 'referral.listed';
      entityType: 'referral';
      entityId: null;
      /** Which list, and how many rows it showed (names of persons among them). */
      payload: { box: string; filter: string; results: number };
    }
  | {
      action: 'referral.changed';
      entityType: 'referral';
      entityId: string;
      payload: { action: string; from: string; to: string };
    }
  | {
      action: 'referral.auto_escalated';
      entityType: 'referral';
      entityId: string;
      payload: { reason: string };
    }
  | {
      action: 'case.requested' | 'case.triaged' | 'case.changed' | 'case.closed' | 'case.reviewed';
      entityType: 'case';
      entityId: string;
      /** What changed (a code word such as team_added, contact, record) and ids of the records touched. */
      payload: { change: string; ids?: string[] };
    }
  | {
      action: 'case.viewed' | 'case.exported';
      entityType: 'case';
      entityId: string;
      /**
       * Through the case page, or through a meeting (its id) for an attendee; the export's format; for
       * an older page of the 支援経過記録, where it starts and how many entries it held.
       */
      payload: {
        via: 'case' | 'meeting';
        meetingId?: string;
        format?: string;
        records?: { offset: number; count: number };
      };
    }
  | {
      action: 'case.listed';
      entityType: 'case';
      entityId: null;
      payload: { list: string; searched: boolean; results: number };
    }
  | {
      action: 'plan.saved' | 'plan.approved' | 'monitoring.recorded';
      entityType: 'support_plan';
      entityId: string;
      payload: { caseId: string; version?: number; decision?: string };
    }
  | {
      action:
        | 'meeting.created'
        | 'meeting.viewed'
        | 'meeting.acknowledged'
        | 'meeting.recorded'
        | 'meeting.closed';
      entityType: 'meeting';
      entityId: string;
      payload: { kind: string; cases?: number; attendeeId?: string };
    }
  | { action: 'task.done'; entityType: 'action_item'; entityId: string; payload: { caseId: string | null } }
  | {
      action: 'story.created' | 'story.changed' | 'story.viewed';
      entityType: 'case_story';
      entityId: string;
      payload: { state: string };
    }
  | {
      action:
        | 'progress_entry.created'
        | 'progress_entry.edited'
        | 'progress_entry.submitted'
        | 'progress_entry.approved'
        | 'progress_entry.returned'
        | 'progress_entry.commented';
      entityType: 'progress_entry';
      entityId: string;
      payload: { state: string };
    }
  | {
      action: 'indicator.updated';
      entityType: 'indicator';
      entityId: string;
      payload: { metricKey: string | null; target: number | null };
    }
  | {
      action: 'indicator.value_recorded' | 'indicator.value_cleared';
      entityType: 'indicator';
      entityId: string;
      payload: { fiscalYear: number; value: number | null };
    }
  | {
      action: 'survey.created' | 'survey.closed';
      entityType: 'agency_survey';
      entityId: string;
      payload: { fiscalYear: number; recipients?: number };
    }
  | {
      action: 'survey.answered';
      entityType: 'agency_survey';
      entityId: string;
      payload: { agencyId: string };
    }
  | {
      action:
        | 'participant.registered'
        | 'participant.viewed'
        | 'participant.updated'
        | 'participant.assigned'
        | 'participant.closed';
      entityType: 'participant';
      entityId: string;
      payload: { personId?: string; caseId?: string | null; agencyId?: string | null; fields?: string[] };
    }
  | {
      action: 'participant.listed' | 'follow_up.listed' | 'suggestion.listed';
      entityType: 'participant';
      entityId: string | null;
      payload: { list: string; results: number };
    }
  | {
      action: 'match.proposed' | 'match.trial' | 'match.placed' | 'match.ended' | 'match.declined';
      entityType: 'match';
      entityId: string;
      payload: { participantId: string; state: string };
    }
  | {
      action: 'follow_up.recorded';
      entityType: 'retention_follow_up';
      entityId: string;
      payload: { matchId: string; month: number; stillWorking: boolean };
    }
  | {
      action:
        | 'employer.created'
        | 'employer.updated'
        | 'opening.created'
        | 'opening.updated'
        | 'place.created'
        | 'place.updated'
        | 'fair.created'
        | 'fair.updated';
      entityType: 'employer' | 'job_opening' | 'place' | 'job_fair';
      entityId: string;
      payload: { fields?: string[] };
    }
  | {
      action: 'council.recorded' | 'council.updated';
      entityType: 'support_council';
      entityId: string;
      payload: { schoolDistrictCode: string; fiscalYear: number; fields?: string[] };
    }
  | {
      action: 'council.carried_forward';
      entityType: 'support_council';
      entityId: null;
      payload: { fiscalYear: number; copied: number };
    }
  | {
      action:
        | 'programme_event.recorded'
        | 'programme_event.updated'
        | 'organisation.created'
        | 'organisation.updated'
        | 'advisor.created'
        | 'advisor.updated'
        | 'physician.registered'
        | 'physician.updated'
        | 'board_post.created'
        | 'board_post.updated'
        | 'board_post.closed'
        | 'board.matched';
      entityType:
        | 'programme_event'
        | 'community_organisation'
        | 'advisor'
        | 'medical_care_physician'
        | 'board_post'
        | 'board_match';
      entityId: string;
      payload: { programmeCode?: string; fields?: string[] };
    }
  | {
      action: 'programme_event.exported';
      entityType: 'programme_event';
      entityId: null;
      payload: { programmeCode: string; count: number };
    }
  | {
      action:
        | 'dispatch.received'
        | 'dispatch.viewed'
        | 'dispatch.scheduled'
        | 'dispatch.held'
        | 'dispatch.followed_up'
        | 'dispatch.closed'
        | 'dispatch.withdrawn';
      entityType: 'dispatch_request';
      entityId: string;
      payload: { status?: string; number?: number; eligible?: boolean };
    }
  | {
      action: 'dispatch.listed';
      entityType: 'dispatch_request';
      entityId: null;
      payload: { list: string; results: number };
    }
  | {
      action: 'progress_report.exported';
      entityType: 'plan';
      entityId: string;
      payload: { fiscalYear: number; format: 'xlsx' | 'print' };
    }
  | {
      action: 'audit.viewed';
      entityType: 'audit_log';
      entityId: null;
      payload: { filters: Record<string, unknown> };
    }
  | {
      action: 'audit.verified';
      entityType: 'audit_log';
      entityId: null;
      payload: { ok: boolean; checked: number };
    };

export type AuditAction = AuditEvent['action'];

/** Compile-time check: every action has a name on the auditor's screen (AUDIT_ACTION_LABELS). */
export const everyActionLabelled: AuditAction extends keyof typeof AUDIT_ACTION_LABELS ? true : never = true;
