import { queryOptions } from '@tanstack/react-query';
import type {
  MeetingCreate,
  MeetingDetail,
  MeetingMinutes,
  MeetingSummary,
} from '@tsunagu/contracts/meetings';
import { api } from '../../lib/api';

/** The meetings the user sees: all for coordinators, the ones their agency attends for others. */
export const meetingListQuery = queryOptions({
  queryKey: ['meetings', 'list'],
  queryFn: ({ signal }) => api<{ items: MeetingSummary[] }>('/api/meetings', { signal }),
});

/** One meeting with attendees, agenda cases, minutes, decisions, tasks and what the user may do. */
export function meetingQuery(id: string) {
  return queryOptions({
    queryKey: ['meetings', 'detail', id],
    queryFn: ({ signal }) => api<MeetingDetail>(`/api/meetings/${id}`, { signal }),
  });
}

/** 会議を登録; 422 consent_required names the case/agency pairs without consent (details.missing). */
export function createMeeting(body: MeetingCreate) {
  return api<{ id: string }>('/api/meetings', { json: body });
}

/** 支援会議: records that an attendee acknowledged the duty of secrecy. */
export function acknowledgeSecrecy(id: string, attendeeId: string) {
  return api<MeetingDetail>(`/api/meetings/${id}/acknowledge`, { json: { attendeeId } });
}

/** The record of the held meeting: minutes, decisions, role assignments and action items. */
export function recordMinutes(id: string, body: MeetingMinutes) {
  return api<MeetingDetail>(`/api/meetings/${id}/minutes`, { json: body });
}

/** Makes the record final; attendees' access to the agenda cases through the meeting ends. */
export function closeMeeting(id: string, version: number) {
  return api<MeetingDetail>(`/api/meetings/${id}/close`, { json: { version } });
}
