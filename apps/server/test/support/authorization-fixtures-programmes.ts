import type { Item } from './authorization-fixtures';
import { today } from './cases';
import {
  advisorId,
  dispatchInput,
  eventInput,
  organisationInput,
  physicianInput,
  postInput,
} from './community';
import { employerInput, openingInput, participantInput } from './participation';
import { must, type Session, type TestApp } from './test-app';

/** The sessions the programme fixtures are recorded as. */
type ProgrammeSessions = Record<'staff' | 'desk' | 'community' | 'civic' | 'medical', Session>;

/**
 * The participation and community fixtures of the authorization matrix, added to `ids`: a participant
 * registered by agency A and allocated to the desk, with its employer, opening, placed match, place and
 * fair; each division's community records, a dispatch request and one whose follow-ups are due.
 */
export async function addProgrammeFixtures(
  t: TestApp,
  { staff, desk, community, civic, medical }: ProgrammeSessions,
  ids: Record<string, string>,
  marker: string,
): Promise<void> {
  // Participation: a participant registered by agency A from its own household, allocated to the
  // desk; an employer, opening, match placed (with follow-ups), a place and a fair by the desk.
  const { person: _p, ...registration } = participantInput({ wishesNote: marker, healthNote: marker });
  const participant = await must<Item>(t, staff, 'POST', '/api/participation/participants', {
    ...registration,
    personId: ids.member,
  });
  ids.participant = participant.id;
  const employer = await must<Item>(t, desk, 'POST', '/api/participation/employers', employerInput());
  ids.employer = employer.id;
  const opening = await must<Item>(
    t,
    desk,
    'POST',
    `/api/participation/employers/${employer.id}/openings`,
    openingInput(),
  );
  ids.opening = opening.id;
  type WithMatches = { matches: (Item & { followUps: Item[] })[] };
  const matched = await must<WithMatches>(t, desk, 'POST', '/api/participation/matches', {
    participantId: ids.participant,
    openingId: ids.opening,
    proposedOn: '2025-06-10',
  });
  const match = matched.matches[0]!;
  ids.match = match.id;
  const placed = await must<WithMatches>(t, desk, 'POST', `/api/participation/matches/${match.id}/place`, {
    version: match.version,
    placedOn: '2025-06-20',
  });
  ids.followUp = placed.matches[0]!.followUps[0]!.id;
  ids.place = (
    await must<Item>(t, desk, 'POST', '/api/participation/places', { name: 'ふれあいサロン', kind: 'salon' })
  ).id;
  ids.fair = (
    await must<Item>(t, desk, 'POST', '/api/participation/fairs', {
      kind: 'interview_session',
      name: '就職面接会',
      heldOn: '2025-07-01',
      participants: 10,
    })
  ).id;

  // Community records of their owner divisions.
  ids.event = (
    await must<Item>(
      t,
      community,
      'POST',
      '/api/community/events',
      eventInput({
        programmeCode: 'supporter-course',
        themeCode: null,
        counts: { participants: 5, graduates: 4 },
        note: marker,
      }),
    )
  ).id;
  ids.dispatch = (
    await must<Item>(t, civic, 'POST', '/api/community/dispatches', dispatchInput({ contact: marker }))
  ).id;
  // A request whose session was held today: its follow-ups are due, so it is on the due list.
  const due = await must<Item>(
    t,
    civic,
    'POST',
    '/api/community/dispatches',
    dispatchInput({ contact: marker }),
  );
  const scheduled = await must<Item>(t, civic, 'POST', `/api/community/dispatches/${due.id}/schedule`, {
    advisorId: await advisorId(t, civic),
    sessionOn: today(),
    version: due.version,
  });
  await must(t, civic, 'POST', `/api/community/dispatches/${due.id}/session`, {
    sessionOn: today(),
    sessionHours: 2,
    sessionFormat: 'lecture',
    sessionParticipants: 10,
    version: scheduled.version,
  });
  ids.dueDispatch = due.id;
  ids.advisor = (
    await must<Item>(t, civic, 'POST', '/api/community/advisors', {
      name: '機密アドバイザー',
      fieldCode: 'ict',
    })
  ).id;
  ids.organisation = (
    await must<Item>(t, community, 'POST', '/api/community/organisations', organisationInput())
  ).id;
  ids.physician = (await must<Item>(t, medical, 'POST', '/api/community/physicians', physicianInput())).id;
  ids.need = (await must<Item>(t, community, 'POST', '/api/community/board/posts', postInput())).id;
  ids.offer = (
    await must<Item>(
      t,
      community,
      'POST',
      '/api/community/board/posts',
      postInput({ kind: 'offer', organisationId: ids.organisation }),
    )
  ).id;
}
