import type { DispatchRequest } from '@tsunagu/contracts/community';
import { fiscalYearOf } from '@tsunagu/japan';
import type { Tx } from '../../platform/db/database';
import { assertThat } from '../../platform/errors';
import { dispatchRules } from './community-config';
import type { DispatchRules } from './community-document';
import { type FollowUpRow, findRequest, followUpsOf, type RequestRow } from './dispatch.repository';
import { followUpUntil } from './dispatch-rules';

/** A request as read from the list or by id, with its advisor's name. */
export type Listed = { request: RequestRow; advisorName: string | null };

/** A request for screens: its follow-ups, the window they fall within and how many are left. */
export function present(r: Listed, followUps: FollowUpRow[], rules: DispatchRules): DispatchRequest {
  const x = r.request;
  return {
    id: x.id,
    version: x.version,
    groupName: x.groupName,
    groupRegistration: x.groupRegistration as DispatchRequest['groupRegistration'],
    groupRegistrationRef: x.groupRegistrationRef,
    groupActiveSince: x.groupActiveSince,
    contact: x.contact,
    schoolDistrictCode: x.schoolDistrictCode,
    fieldCode: x.fieldCode,
    request: x.request,
    receivedOn: x.receivedOn,
    fiscalYear: fiscalYearOf(x.receivedOn),
    status: x.status as DispatchRequest['status'],
    eligibility: x.eligibility as DispatchRequest['eligibility'],
    advisorId: x.advisorId,
    advisorName: r.advisorName,
    sessionOn: x.sessionOn,
    sessionHours: x.sessionHours,
    sessionFormat: x.sessionFormat as DispatchRequest['sessionFormat'],
    sessionParticipants: x.sessionParticipants,
    sessionNote: x.sessionNote,
    followUps: followUps.map((f) => ({
      id: f.id,
      number: f.number,
      heldOn: f.heldOn,
      way: f.way as 'question' | 'consultation',
      note: f.note,
    })),
    followUpUntil: x.sessionOn ? followUpUntil(x.sessionOn, rules.followUpMonths) : null,
    followUpsLeft: x.status === 'held' ? Math.max(0, rules.maxFollowUps - followUps.length) : 0,
  };
}

/** One request by id, presented, or a 404. */
export async function load(tx: Tx, tenantId: string, id: string): Promise<DispatchRequest> {
  const row = await findRequest(tx, id);
  assertThat(row, 'not_found');
  const followUps = (await followUpsOf(tx, [id])).get(id) ?? [];
  return present(row, followUps, await dispatchRules(tx, tenantId));
}
