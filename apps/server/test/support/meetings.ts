import type { MeetingCreate, MeetingDetail, MeetingMinutes } from '@tsunagu/contracts/meetings';
import { sql } from 'drizzle-orm';
import { today } from './cases';
import { rows } from './sql';
import type { Session, TestApp } from './test-app';

/** A meeting as the planning form sends it; override what the test is about. */
export function meetingInput(
  kind: MeetingCreate['kind'],
  caseIds: string[],
  attendeeAgencyIds: string[],
  overrides: Partial<MeetingCreate> = {},
): MeetingCreate {
  return {
    kind,
    heldOn: today(),
    place: '保健福祉会館 会議室',
    purpose: '役割分担と支援方針の確認',
    caseIds,
    attendees: attendeeAgencyIds.map((agencyId, i) => ({
      agencyId,
      personName: `出席者${i + 1}`,
      role: null,
    })),
    ...overrides,
  };
}

/** Plans a meeting as the coordinator and returns its id; throws unless 201. */
export async function createMeeting(t: TestApp, coordinator: Session, input: MeetingCreate) {
  const res = await t.call(coordinator, 'POST', '/api/meetings', input);
  if (res.statusCode !== 201) throw new Error(`meeting failed: ${res.statusCode} ${res.body}`);
  return (res.json() as { id: string }).id;
}

/** The meeting page as `session` sees it; throws unless 200. */
export async function readMeeting(t: TestApp, session: Session, id: string): Promise<MeetingDetail> {
  const res = await t.call(session, 'GET', `/api/meetings/${id}`);
  if (res.statusCode !== 200) throw new Error(`meeting read failed: ${res.statusCode} ${res.body}`);
  return res.json() as MeetingDetail;
}

/** Minutes with nothing but the text; override decisions, roles and action items. */
export function minutesInput(version: number, overrides: Partial<MeetingMinutes> = {}): MeetingMinutes {
  return {
    version,
    minutes: '各機関の役割を確認した。',
    decisions: [],
    roles: [],
    actionItems: [],
    ...overrides,
  };
}

/** How many meetings the tenant has (as the database owner): to show a refusal created nothing. */
export async function meetingCount(t: TestApp): Promise<number> {
  const [row] = await rows<{ n: number }>(t.db, sql`select count(*)::int as n from meetings`);
  return Number(row!.n);
}
